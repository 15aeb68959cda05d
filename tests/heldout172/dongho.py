"""FitVui: the companion app of a cheap smartwatch bought in Da Nang.

The watch's BLE MAC goes out when it is bound and on every data sync (readable
as `mac`), and as an MD5 of the MAC without colons under `m` on firmware
checks (opaque). Heart rate, SpO2, steps and sleep stages are health data, not
one of the three categories: they are decoys here, as are watch-face downloads,
the weather pushed to the watch and notification settings.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, ua

API = "https://api.fitvui.example"
UA = ua("FitVui", "2.7.5")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "fitvui", method, url)
    b.header("user-agent", UA)
    b.header("token", new_hex(c.rng, 32))
    return b


def bind_watch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device/bind")
    b.json(
        {
            "mac": b.id("watch_mac", where="json mac"),
            "deviceName": "W26 Pro",
            "firmware": "V1.0.7",
            "phoneId": b.id("aid_watch", where="json phoneId (ANDROID_ID)"),
        }
    )
    b.ok_json({"code": 200, "msg": "success"})
    return b.build()


def health_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/health/upload")
    b.decoy("heart rate, SpO2 and steps (health data, not biometric under the issue's definition)")
    b.json(
        {
            "mac": b.id("watch_mac", where="json mac"),
            "date": "2024-11-05",
            "heartRate": [[ms(c) - i * 600000, c.rng.randint(58, 110)] for i in range(24)],
            "spo2": [c.rng.randint(94, 99) for _ in range(6)],
            "steps": c.rng.randint(1500, 12000),
        }
    )
    b.ok_json({"code": 200})
    return b.build()


def sleep_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/sleep/upload")
    b.decoy("sleep stages with timestamps (health data)")
    b.json(
        {
            "start": iso(c),
            "stages": [
                {
                    "type": c.rng.choice(["deep", "light", "rem", "awake"]),
                    "min": c.rng.randint(5, 90),
                }
                for _ in range(8)
            ],
        }
    )
    b.ok_json({"code": 200})
    return b.build()


def firmware_check(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ota/check")
    b.params += [
        (
            "m",
            b.id(
                "watch_mac", "md5_of_nosep", "query m (md5 of MAC without colons)", detectable=False
            ),
        ),
        ("fw", "V1.0.7"),
        ("p", "W26P"),
    ]
    b.ok_json({"code": 200, "hasNew": False})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/dial/list?screen=240x284&page=1")
    b.decoy("watch-face catalogue with image URLs and file hashes")
    b.ok_json(
        {
            "list": [
                {
                    "id": c.rng.randint(100, 999),
                    "img": f"https://cdn.fitvui.example/dial/{new_hex(c.rng, 16)}.png",
                    "md5": new_hex(c.rng, 32),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def weather_push(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/weather/forecast?lat=16.0544&lon=108.2022")
    b.ok_json({"city": "Đà Nẵng", "temp": [rf(c.rng, 22, 32, 1) for _ in range(7)]})
    return b.build()
