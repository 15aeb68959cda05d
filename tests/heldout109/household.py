"""The household's other devices: a TCL Google TV in the sala and a Huawei-style watch.

The TV's content recognition service (`acr.tvsala.example`, the maker's ACR
partner, fictional) reports what was on screen: channel, programme, start and
seconds per match, with the set's serial and Wi-Fi MAC. A lighter ACR heartbeat
sends fingerprint-match rows as numeric arrays under `m`. The watch's health
companion syncs steps and heart rate (ordinary here) under the watch's BLE MAC
and serial; its OTA check hashes the serial under `s`. The TV's firmware check and
channel list are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, ua

ACR = "https://acr.tvsala.example"
TVAPI = "https://api.tvsala.example"
WATCH = "https://health.relo-watch.example"
TV_UA = "Mozilla/5.0 (Linux; Android 12; 55C745 Build/STT2.230103.001) GoogleTV"
WATCH_UA = ua("ReloHealth", "14.1.0.300")
CHANNELS = ["TTV-7", "Kapamilya Ch.", "One Sports", "A2Z", "Netflix", "YouTube"]
PROGRAMMES = [
    "Eat Bulaga-style noontime show",
    "24 Oras-style news",
    "PBA Finals G5",
    "K-drama rerun",
]


def acr_report(c: Context) -> Flow:
    b = FB(c, "tv-acr", "POST", f"{ACR}/v3/acr/matches")
    b.header("user-agent", TV_UA)
    b.view("json matches[] channel + program + startedAt + seconds (TV ACR)")
    b.json(
        {
            "tvSerial": b.id("tv_serial", where="json tvSerial"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "matches": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "program": c.rng.choice(PROGRAMMES),
                    "startedAt": iso(c),
                    "seconds": c.rng.randint(30, 3600),
                    "input": c.rng.choice(["HDMI1", "TUNER", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_heartbeat_opaque(c: Context) -> Flow:
    b = FB(c, "tv-acr", "POST", f"{ACR}/hb")
    b.header("user-agent", TV_UA)
    b.view("json m[] numeric rows [content code, offset, seconds]", detectable=False)
    b.json(
        {
            "d": b.id("tv_serial", "md5", "json d (md5 of serial)", detectable=False),
            "m": [
                [c.rng.randint(10**6, 10**7), c.rng.randint(0, 3600), c.rng.randint(5, 60)]
                for _ in range(3)
            ],
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def tv_firmware(c: Context) -> Flow:
    b = FB(c, "tv", "GET", f"{TVAPI}/ota/v1/check")
    b.header("user-agent", TV_UA)
    b.params += [
        ("serial", b.id("tv_serial", where="query serial")),
        ("model", "55C745"),
        ("fw", "V8-R851T02-LF1V390"),
    ]
    b.ok_json({"update": False, "latest": "V8-R851T02-LF1V390"})
    return b.build()


def tv_channels(c: Context) -> Flow:
    b = FB(c, "tv", "GET", f"{TVAPI}/epg/v1/channels?region=PH-NCR")
    b.header("user-agent", TV_UA)
    b.decoy("channel list / EPG")
    b.ok_json({"channels": [{"no": i + 2, "name": n} for i, n in enumerate(CHANNELS)]})
    return b.build()


def watch_pair(c: Context) -> Flow:
    b = FB(c, "relohealth", "POST", f"{WATCH}/v2/device/bind")
    b.header("user-agent", WATCH_UA)
    b.json(
        {
            "deviceMac": b.id("watch_mac", where="json deviceMac"),
            "deviceSn": b.id("watch_serial", where="json deviceSn"),
            "productModel": "RELO-W5",
            "phoneModel": "RMX3851",
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def watch_sync(c: Context) -> Flow:
    b = FB(c, "relohealth", "POST", f"{WATCH}/v2/data/sync")
    b.header("user-agent", WATCH_UA)
    b.header("x-device-sn", b.id("watch_serial", where="header x-device-sn"))
    b.decoy("steps and heart-rate series (health, none of the three categories)")
    b.json(
        {
            "steps": [c.rng.randint(0, 900) for _ in range(24)],
            "heartRate": [c.rng.randint(58, 120) for _ in range(24)],
            "spo2": rf(c.rng, 94, 99, 1),
            "day": iso(c)[:10],
        }
    )
    b.ok_json({"synced": True})
    return b.build()


def watch_ota(c: Context) -> Flow:
    b = FB(c, "relohealth", "GET", f"{WATCH}/ota/q")
    b.header("user-agent", WATCH_UA)
    b.params += [
        ("s", b.id("watch_serial", "sha1", "query s (sha1 of serial)", detectable=False)),
        ("v", "4.0.0.112"),
    ]
    b.decoy("firmware version string")
    b.ok_json({"u": 0, "sig": new_hex(c.rng, 40)})
    return b.build()
