"""The family Android TV's maker service: automatic content recognition
(audio/video fingerprints matched to a channel and programme, the way
Samba TV / Alphonso-style ACR works), a device status ping and the EPG.
Hosts are fictional (the TV maker's cloud).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_fixed64, pb_msg, pb_varint

from .phone import FB, TV_UA, iso, ms

API = "https://acr.smarttv-cloud-ph.com"
CHANNELS = [
    ("GMA", "24 Oras"),
    ("Kapamilya", "FPJ's Batang Quiapo"),
    ("RCTI", "Ikatan Cinta"),
    ("TV5", "Eat Bulaga"),
    ("SCTV", "Magic 5"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "tvacr", method, API + path)
    b.header("user-agent", TV_UA)
    return b


def acr_match(c: Context) -> Flow:
    ch, prog = c.rng.choice(CHANNELS)
    b = _b(c, "POST", "/v3/acr/match")
    b.view("body matched channel/program + fingerprints")
    b.json(
        {
            "tv_id": b.id("tv_acr_id", where="body tv_id"),
            "fingerprints": [new_hex(c.rng, 16) for _ in range(6)],
            "capture_ts": ms(c),
            "matched": {"channel": ch, "program": prog, "offset_s": c.rng.randint(0, 3000)},
            "input": "HDMI1",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def viewing_session(c: Context) -> Flow:
    ch, prog = c.rng.choice(CHANNELS)
    b = _b(c, "POST", "/v3/viewing/sessions")
    b.view("body viewing sessions channel/start/end")
    b.json(
        {
            "device": {
                "mac": b.id("tv_mac", "nosep_upper", where="body device.mac (no separators)"),
                "serial": b.id("tv_serial", where="body device.serial"),
            },
            "sessions": [
                {
                    "channel": ch,
                    "title": prog,
                    "start": iso(c),
                    "duration_s": c.rng.randint(60, 3600),
                }
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def acr_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/ingest")
    b.view("protobuf fingerprint batch, no names", detectable=False)
    body = pb_msg(
        1,
        [
            pb_bytes(1, bytes(c.rng.getrandbits(8) for _ in range(64))),
            pb_fixed64(2, ms(c)),
            pb_varint(3, c.rng.randint(0, 4)),
        ],
    )
    b.set_body(
        body + pb_bytes(2, b.id("aid_tv", "protobuf", where="protobuf field 2", detectable=False)),
        "application/x-protobuf",
    )
    b.no_content()
    return b.build()


def status_ping(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/device/status")
    for k, v in [
        ("sn", b.id("tv_serial", where="query sn")),
        ("wifi_mac", b.id("tv_mac", where="query wifi_mac")),
        ("fw", "TPM231E_R.101.001.226.003"),
        ("uptime", str(c.rng.randint(100, 90000))),
    ]:
        b.param(k, v)
    b.ok_json({"update": False})
    return b.build()


def opaque_ping(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/k")
    b.json(
        {
            "x": b.id("tv_serial", "custom_b64", where="body x (shuffled b64)", detectable=False),
            "n": 2,
        }
    )
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(c, "tvacr", "GET", "https://epg.smarttv-cloud-ph.com/v1/guide?region=PH&day=0")
    b.header("user-agent", TV_UA)
    b.decoy("EPG programme guide")
    b.ok_json({"channels": [{"name": ch, "now": p, "next": "Balita"} for ch, p in CHANNELS]})
    return b.build()
