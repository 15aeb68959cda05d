"""Viewprint: an automatic content recognition (ACR) service on the Fire TV, in
the style of Samba TV and the smart-TV ACR reports described by Mohajeri Moghaddam
et al., "Watching You Watch: The Tracking Ecosystem of Over-the-Top TV
Streaming Devices" (CCS 2019) and Varmarken et al., "The TV is Smart and Full
of Trackers" (PETS 2020): the device fingerprints what is on screen every few
seconds, uploads the fingerprints (binary, here protobuf), and the service or
the device posts matched content (network, programme, offset) with the
device's ad id and hashed MAC. Fictional vendor, own key names.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, fire_ua, iso, ms, rf

HOST = "https://ingest.viewprint.tv"
PROGRAMS = [
    ("EP012345670042", "Evening News", "WXYZ-ABC"),
    ("SH029384750000", "Cooking Duel", "FOODHD"),
    ("MV001122330000", "The Long Road Home", "AMC"),
    ("EP009988770311", "Bayside Detectives", "NBC"),
]


def match_report(c: Context) -> Flow:
    b = FB(c, "viewprint", "POST", f"{HOST}/acr/v3/matches")
    b.view("body:matches[].contentId+offsetMs+network")
    matches = [
        {
            "contentId": p[0],
            "title": p[1],
            "network": p[2],
            "offsetMs": c.rng.randint(0, 3_600_000),
            "matchedAt": iso(c),
            "source": c.rng.choice(["app_overlay", "hdmi_passthrough"]),
            "score": rf(c.rng, 0.7, 0.99, 3),
        }
        for p in c.rng.sample(PROGRAMS, c.rng.randint(1, 3))
    ]
    device = {
        "psid": b.id("samba_psid", where="body:device.psid", detectable=False),
        "ifa": b.id("fire_adid", where="body:device.ifa"),
        "ifaType": "afai",
    }
    if c.rng.random() < 0.5:
        device["macSha1"] = b.id("fire_mac", "sha1", where="body:device.macSha1")
    b.header("user-agent", fire_ua("ViewprintSDK/4.2"))
    b.json({"device": device, "matches": matches, "optIn": True}, encoding="gzip")
    b.ok_json({"accepted": len(matches)})
    return b.build()


def fingerprint_batch(c: Context) -> Flow:
    """Raw video/audio fingerprints in protobuf: only field numbers, nothing named."""
    b = FB(c, "viewprint", "POST", f"{HOST}/fp/v2/ingest")
    b.view("body:protobuf fingerprint batch (no key names)", detectable=False)
    psid = b.id("samba_psid", "protobuf", where="body:pb field 1", detectable=False)
    frames = [
        pb_msg(3, [pb_varint(1, ms(c) + i * 500), pb_bytes(2, c.rng.randbytes(32))])
        for i in range(6)
    ]
    body = pb_bytes(1, psid) + pb_varint(2, 2) + b"".join(frames)
    b.header("user-agent", fire_ua("ViewprintSDK/4.2"))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def config(c: Context) -> Flow:
    b = FB(c, "viewprint", "GET", f"{HOST}/acr/v3/config")
    b.param("platform", "firetv")
    b.param("sdk", "4.2.0")
    b.decoy("sampling intervals and schedule, no viewing")
    b.ok_json(
        {
            "sampleIntervalMs": 500,
            "uploadEveryS": 60,
            "quietHours": [[1, 6]],
            "configHash": new_hex(c.rng, 40),
        }
    )
    return b.build()
