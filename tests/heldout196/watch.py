"""A cheap smartwatch's companion app (Chinese OEM SDK, English/pinyin-ish keys).

Binding and sync send the watch's BLE MAC and serial; steps, heart rate and sleep
are ordinary (not one of the three categories). One sync sends the MAC hashed
under `k` (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, ua

API = "https://api.fitwatch-oem.example"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "fitwatch", method, url)
    b.header("user-agent", ua("FitWatch", "1.9.2"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device/bind")
    b.json(
        {
            "deviceMac": b.id("watch_mac", where="json deviceMac"),
            "sn": b.id("watch_serial", where="json sn"),
            "fwVer": "V1.3.7",
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/data/sync")
    b.decoy("heart-rate and step series (health data, not biometric in the issue's sense)")
    b.json(
        {
            "mac": b.id("watch_mac", how="nosep", where="json mac (no separators)"),
            "steps": [c.rng.randint(0, 900) for _ in range(24)],
            "hr": [c.rng.randint(60, 110) for _ in range(24)],
            "date": iso(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def sync_hashed(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/d/s2")
    b.json(
        {
            "k": b.id("watch_mac", how="sha1", where="json k (sha1 of BLE MAC)", detectable=False),
            "s": c.rng.randint(0, 20000),
            "t": ms(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()
