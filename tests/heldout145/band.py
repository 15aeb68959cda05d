"""Mazoezi Band companion: the fitness band paired with the phone.

The band's BLE MAC and serial go up on pairing and sync (the household's own
device). Heart-rate and step series are health numbers, not biometrics in
this project's sense (no face, no voice): decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ua

API = "https://api.mazoezi.example"
UA = ua("Mazoezi", "2.8.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mazoezi", method, url)
    b.header("user-agent", UA)
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/saa/unganisha")
    b.json(
        {
            "ble_mac": b.id("band_mac", where="json ble_mac"),
            "nambari_ya_serial": b.id("band_serial", where="json nambari_ya_serial"),
            "firmware": "1.4.22",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sync")
    b.decoy("heart-rate and step series (health numbers, not face or voice)")
    b.header("x-band", b.id("band_mac", "nosep", "header x-band"))
    b.json(
        {
            "hr": [c.rng.randint(60, 150) for _ in range(30)],
            "hatua": c.rng.randint(1000, 15000),
            "siku": iso(c)[:10],
        }
    )
    b.no_content()
    return b.build()
