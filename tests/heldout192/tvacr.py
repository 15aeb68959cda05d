"""The lounge TV: a Freeview-style smart TV (DVB-T tuner plus apps) whose
maker's automatic content recognition (ACR) service reports what is on screen.

The TV posts ACR matches (`contentId`, `channel`, `matchedAt`, `durationSec`)
and a live-channel tuning log (`tuneEvents` with LCN and dwell time), as the
FTC described smart-TV ACR data (FTC v. VIZIO, 2017). The TV registers with its
Wi-Fi MAC and serial number, and the ACR client has its own id. An older ACR
client posts binary fingerprint batches (opaque). The EPG, firmware checks and
screensaver images are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import WB, iso, ms

ACR = "https://acr.kiwivision-tv.example"
API = "https://api.kiwivision-tv.example"
UA = "Mozilla/5.0 (Linux; KiwiVisionTV/2024 KV55Q; HbbTV/1.6.1) Chrome/108"
CHANNELS = [(1, "TVNZ 1"), (2, "TVNZ 2"), (3, "Three"), (5, "Whakaata Māori"), (20, "Te Reo")]
PROGRAMMES = [
    "1News at Six",
    "Te Ao with Moana",
    "Shortland Street",
    "Country Calendar",
    "Kapa Haka Regionals",
]


def _b(c: Context, method: str, url: str) -> WB:
    b = WB(c, "kiwivision", method, url)
    b.header("user-agent", UA)
    return b


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/matches")
    b.view("json matches[] contentId + channel + durationSec")
    b.json(
        {
            "acrClientId": b.id("tv_acr_id", where="json acrClientId"),
            "matches": [
                {
                    "contentId": f"kv{c.rng.randint(10**6, 10**7)}",
                    "channel": c.rng.choice(CHANNELS)[1],
                    "programme": c.rng.choice(PROGRAMMES),
                    "matchedAt": iso(c),
                    "durationSec": c.rng.randint(60, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def tuning_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/telemetry/tuning")
    b.view("json tuneEvents[] lcn + dwellSec (live-channel tuning log)")
    b.json(
        {
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "tuneEvents": [
                {"lcn": lcn, "service": name, "tunedAt": iso(c), "dwellSec": c.rng.randint(5, 5400)}
                for lcn, name in c.rng.sample(CHANNELS, 3)
            ],
        }
    )
    b.no_content()
    return b.build()


def acr_fingerprints_opaque(c: Context) -> Flow:
    """Older ACR client: protobuf of field numbers, fingerprint bytes and offsets."""
    b = _b(c, "POST", f"{ACR}/fp")
    b.view("protobuf fingerprint batch: field numbers only", detectable=False)
    rows = [
        pb_msg(
            2, [pb_bytes(1, bytes(c.rng.getrandbits(8) for _ in range(16))), pb_varint(2, ms(c))]
        )
        for _ in range(c.rng.randint(2, 5))
    ]
    b.set_body(pb_varint(1, 4) + b"".join(rows), "application/octet-stream")
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/register")
    b.json(
        {
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "acrClientId": b.id("tv_acr_id", where="json acrClientId"),
            "model": "KV55Q",
            "region": "NZ",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/firmware/latest?model=KV55Q")
    b.header("x-mac", b.id("tv_mac", "nosep", "header x-mac (MAC without colons)"))
    b.decoy("firmware build hash")
    b.ok_json({"version": "2024.11.3", "sha256": new_hex(c.rng, 64), "mandatory": False})
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/epg?region=auckland")
    b.decoy("programme guide times and durations (content fetch)")
    b.ok_json(
        {
            "events": [
                {"lcn": lcn, "title": c.rng.choice(PROGRAMMES), "start": iso(c), "mins": 30}
                for lcn, _n in CHANNELS
            ]
        }
    )
    return b.build()


def screensaver(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.kiwivision-tv.example/ambient/{c.rng.randint(1, 400)}.jpg")
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()
