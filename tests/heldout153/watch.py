"""Saat: the smartwatch companion app (a Chinese-made watch sold in Iran).

Pairing uploads the watch's Bluetooth MAC and serial; the daily sync repeats
them. Heart rate, steps and sleep are health data outside the three categories
(ordinary here). The watch face store is ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ua

API = "https://api.saat-hooshmand.example"
UA = ua("SaatHooshmand", "1.8.5")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "saat", method, url)
    b.header("user-agent", UA)
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device/bind")
    b.form(
        [
            ("bleMac", b.id("watch_mac", where="form bleMac")),
            ("sn", b.id("watch_serial", where="form sn")),
            ("deviceType", "W26"),
            ("fwVer", "1.2.7"),
        ]
    )
    b.ok_json({"code": 0, "msg": "success"})
    return b.build()


def daily_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/health/sync")
    b.decoy("heart rate, steps, sleep stages (health data, none of the three categories)")
    b.json(
        {
            "mac": b.id("watch_mac", "nosep", "json mac (no colons)"),
            "date": iso(c)[:10],
            "steps": c.rng.randint(800, 14000),
            "heartRate": [c.rng.randint(58, 120) for _ in range(24)],
            "sleep": [
                {"stage": s, "min": c.rng.randint(10, 120)} for s in ("deep", "light", "rem")
            ],
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def face_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/dial/list?deviceType=W26&page=1")
    b.decoy("watch-face catalogue (a watch 'face' is a dial design, not a person's face)")
    b.ok_json(
        {
            "dials": [
                {
                    "id": c.rng.randint(100, 999),
                    "name": n,
                    "preview": f"https://cdn.saat-hooshmand.example/d/{n}.png",
                }
                for n in ("nowruz", "classic", "sport")
            ]
        }
    )
    return b.build()
