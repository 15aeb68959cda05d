"""The living-room smart TV: its maker's ACR service, reached straight from the TV.

Automatic content recognition matches audio/video fingerprints and reports what was
on screen: content, channel, start and duration. The TV identifies itself by a
serial, its Wi-Fi MAC and a per-TV `psid` the ACR client makes up. The ambient-mode
"art" feed, the firmware check and the fingerprint-set download are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid

ACR = "https://acr-eu.example-tvmaker.example"
UA = "SmartTV/T-KTM2DEUC-1.4 (Tizen 7.0) ACR-Client/3.2"
PROGRAMMES = ["Kurieri", "Imedis Kronika", "Ras Ambobs Jeremy", "Euro 2024 Highlights"]
CHANNELS = ["Imedi", "Rustavi 2", "1TV GPB", "Mtavari", "Armenia TV", "Kentron"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tv-acr", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def acr_matches(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/acr/v2/matches")
    b.view("json matches[] (contentId, channelName, matchStart, durationSec)")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "tvSerial": b.id("tv_serial", where="json tvSerial"),
            "matches": [
                {
                    "contentId": f"EP{c.rng.randint(10**7, 10**8)}",
                    "channelName": c.rng.choice(CHANNELS),
                    "programTitle": c.rng.choice(PROGRAMMES),
                    "matchStart": ms(c) - c.rng.randint(10**5, 10**7),
                    "durationSec": c.rng.randint(30, 3600),
                    "input": c.rng.choice(["HDMI1", "TUNER", "HDMI2"]),
                }
                for _ in range(c.rng.randint(1, 5))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_protobuf(c: Context) -> Flow:
    """The batched upload: protobuf rows of (content hash, channel no, start, seconds)."""
    b = _b(c, "POST", f"{ACR}/acr/v3/b")
    b.view("protobuf field 3 rows (content, channel, start, seconds)", detectable=False)
    rows = [
        pb_msg(
            3,
            [
                pb_varint(1, c.rng.randint(10**9, 10**10)),
                pb_varint(2, c.rng.randint(1, 120)),
                pb_varint(3, ms(c) // 1000),
                pb_varint(4, c.rng.randint(30, 3600)),
            ],
        )
        for _ in range(c.rng.randint(2, 6))
    ]
    psid = b.id("tv_psid", "protobuf", "protobuf field 1", detectable=False)
    body = pb_bytes(1, psid) + pb_varint(2, 32) + b"".join(rows)
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def tv_checkin(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/device/v1/checkin")
    b.json(
        {
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "psid": b.id("tv_psid", where="json psid"),
            "country": "GE",
            "firmware": "T-KTM2DEUC-1.4",
            "acrOptIn": True,
        }
    )
    b.ok_json({"fingerprintSet": "ge-2024-11", "reportIntervalSec": 300})
    return b.build()


def fingerprint_set(c: Context) -> Flow:
    b = _b(c, "GET", f"{ACR}/acr/v2/fpset/ge-2024-11?part={c.rng.randint(1, 40)}")
    b.decoy("reference fingerprint set for a region (content, not what was watched)")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(600)))
    return b.build()


def ambient_art(c: Context) -> Flow:
    b = _b(c, "GET", f"{ACR}/ambient/v1/art?theme=pirosmani")
    b.decoy("ambient-mode art catalogue (Pirosmani paintings), with display durations")
    b.ok_json(
        {
            "artworks": [
                {"title": t, "displaySec": c.rng.choice([60, 120, 300]), "id": rid(c.rng)}
                for t in ("Fisherman in a Red Shirt", "Actress Margarita", "Feast of Five Princes")
            ],
            "updated": iso(c),
        }
    )
    return b.build()
