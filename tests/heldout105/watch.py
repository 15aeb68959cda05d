"""Oraband: the companion app of an Oraimo-style smartwatch.

Binding and firmware checks send the watch's BLE MAC and serial; health syncs
(steps, heart rate, SpO2, sleep stages) carry the watch's MAC. None of it is
biometric data in this project's sense (no face, no voice), and the watch-face
store and weather push are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, ua

API = "https://api.oraband.example"
UA = ua("Oraband", "2.7.5")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "oraband", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/bind")
    b.json(
        {
            "bleMac": b.id("watch_mac", where="json bleMac"),
            "sn": b.id("watch_serial", where="json sn"),
            "model": "OSW-32N",
            "fwVersion": "1.0.42",
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/firmware/latest")
    b.params.append(("sn", b.id("watch_serial", where="query sn")))
    b.decoy("firmware md5")
    b.ok_json({"version": "1.0.44", "md5": new_hex(c.rng, 32)})
    return b.build()


def health_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/health/sync")
    b.decoy("heart-rate, SpO2 and step series (health data, not biometric here)")
    b.json(
        {
            "mac": b.id("watch_mac", where="json mac"),
            "day": "2026-11-30",
            "steps": c.rng.randint(1000, 14000),
            "hr": [c.rng.randint(58, 120) for _ in range(24)],
            "spo2": [c.rng.randint(94, 99) for _ in range(6)],
            "syncedAt": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def sleep(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/health/sleep?day=2026-11-29")
    b.decoy("sleep stages")
    b.ok_json(
        {
            "stages": [
                {"s": c.rng.choice(["deep", "light", "rem"]), "min": c.rng.randint(10, 90)}
                for _ in range(6)
            ]
        }
    )
    return b.build()


def faces_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/watchfaces?page=1")
    b.decoy("watch-face store (dial images: 'face' means a dial here)")
    b.ok_json(
        {
            "faces": [
                {
                    "id": f"wf_{c.rng.randint(100, 999)}",
                    "preview": "https://cdn.oraband.example/wf.png",
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def weather_push(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/watch/weather")
    b.json({"city": "Lagos", "tempC": [rf(c.rng, 24, 33, 1) for _ in range(6)], "t": ms(c)})
    b.no_content()
    return b.build()
