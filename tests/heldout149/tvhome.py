"""The lounge smart TV's maker service and the Galaxy Buds companion.

The TV's automatic content recognition posts what is on screen (channel, matched
programme, seconds) with its Wi-Fi MAC and serial; the set-top "live tuning"
log lists channels tuned (MBC1, Rotana Khalijiah, Asianet). The Buds app sends
the earbuds' Bluetooth MAC and serial with a firmware check, and a "listening
time" report of which podcast episode was playing. The EPG and an app-store
rail are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, android_ua, iso, ms, rf

ACR = "https://acr.lumina-tv.example"
UA = "LuminaTV/5.3 (webOS-like; 55QN90)"
CHANNELS = [
    "MBC1",
    "Rotana Khalijiah",
    "Asianet",
    "Geo Entertainment",
    "Al Arabiya",
    "Star Sports 1",
]
BUDS = "https://buds.galaxy-companion.example"


def _tv(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lumina-acr", method, url)
    b.header("user-agent", UA)
    return b


def acr(c: Context) -> Flow:
    b = _tv(c, "POST", f"{ACR}/v1/recognition/report")
    b.view("json matches[] {channel, programme, secondsOnScreen} smart-TV ACR")
    b.json(
        {
            "tvMac": b.id("tv_mac", where="json tvMac"),
            "matches": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "programme": f"prg_{c.rng.randint(100, 999)}",
                    "secondsOnScreen": c.rng.randint(30, 3600),
                    "at": iso(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def tuning_pb(c: Context) -> Flow:
    """Live-channel tuning log as protobuf: field names gone, only numbers and strings."""
    b = _tv(c, "POST", f"{ACR}/v1/t")
    b.view("protobuf rows (channel name, start, seconds), no field names", detectable=False)
    rows = b"".join(
        pb_msg(
            2,
            [
                pb_bytes(1, c.rng.choice(CHANNELS)),
                pb_varint(2, ms(c) // 1000),
                pb_varint(3, c.rng.randint(30, 3600)),
            ],
        )
        for _ in range(c.rng.randint(1, 3))
    )
    serial = b.id("tv_serial", "protobuf", "protobuf field 1 (TV serial)", detectable=False)
    b.set_body(pb_bytes(1, serial) + rows, "application/x-protobuf")
    b.no_content()
    return b.build()


def tv_register(c: Context) -> Flow:
    b = _tv(c, "POST", "https://api.lumina-tv.example/v1/device/register")
    b.json(
        {
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "country": "AE",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def epg(c: Context) -> Flow:
    b = _tv(c, "GET", "https://api.lumina-tv.example/v1/epg?region=AE")
    b.decoy("programme guide with start times (content fetch)")
    b.ok_json(
        {
            "channels": [
                {"name": ch, "now": f"prg_{c.rng.randint(100, 999)}", "start": iso(c)}
                for ch in CHANNELS
            ]
        }
    )
    return b.build()


def _buds(c: Context, method: str, url: str) -> FB:
    b = FB(c, "galaxy-buds", method, url)
    b.header("user-agent", android_ua("GalaxyBudsManager", "6.1.24"))
    return b


def buds_fw(c: Context) -> Flow:
    b = _buds(c, "GET", f"{BUDS}/fota/v1/check")
    b.header("x-bt-addr", b.id("buds_mac", where="header x-bt-addr (Bluetooth MAC)"))
    b.header("x-sn", b.id("buds_serial", where="header x-sn"))
    b.ok_json({"latest": "R510XXUBCXH1", "mandatory": False})
    return b.build()


def buds_listening(c: Context) -> Flow:
    b = _buds(c, "POST", f"{BUDS}/insights/v1/listening")
    b.view("json sessions[] {app, track, listenedSec} what was played on the earbuds")
    b.json(
        {
            "budsSerial": b.id("buds_serial", where="json budsSerial"),
            "sessions": [
                {
                    "app": "Tilawa",
                    "track": f"Surah {c.rng.randint(1, 114)}",
                    "listenedSec": c.rng.randint(60, 1800),
                    "endedAt": iso(c),
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def buds_battery(c: Context) -> Flow:
    b = _buds(c, "POST", f"{BUDS}/diag/v1/battery")
    b.decoy("battery levels and temperatures (numbers)")
    b.json(
        {
            "left": c.rng.randint(10, 100),
            "right": c.rng.randint(10, 100),
            "caseTempC": rf(c.rng, 24, 38, 1),
        }
    )
    b.no_content()
    return b.build()
