"""Sonora Buds companion (fictional earbuds maker): the tourist's OWN paired earbuds.

TRULY device ids: the buds' BLE address and serial number (hers, paired), the
app's ANDROID_ID. Decoys: EQ presets (frequency/gain series), the product
shop, firmware release notes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, rid, ua

API = "https://api.sonora-audio.com/v2"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "sonora", method, API + path)
    b.header("user-agent", ua("SonoraBuds", "3.3.1"))
    b.header("x-request-id", rid(c.rng))
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", "/devices/register")
    b.header("x-android-id", b.id("aid_buds", where="header x-android-id"))
    b.json(
        {
            "bleAddress": b.id("buds_mac", where="json bleAddress"),
            "serialNumber": b.id("buds_serial", where="json serialNumber"),
            "model": "Sonora Aria Pro",
            "fw": "2.8.1",
            "pairedAt": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", "/firmware/latest")
    b.param("model", "ARIA-PRO")
    b.param("serial", b.id("buds_serial", where="query serial"))
    b.param("current", "2.8.1")
    b.ok_json({"version": "2.9.0", "notes": "Mejoras de cancelación de ruido", "size": 1832211})
    return b.build()


def battery(c: Context) -> Flow:
    b = _b(c, "POST", "/telemetry/battery")
    b.json(
        {
            "btAddr": b.id("buds_mac", "nosep_upper", where="json btAddr (no colons)"),
            "left": c.rng.randint(10, 100),
            "right": c.rng.randint(10, 100),
            "case": c.rng.randint(0, 100),
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def eq_preset(c: Context) -> Flow:
    b = _b(c, "PUT", "/me/eq")
    bands = [31, 62, 125, 250, 500, 1000, 2000, 4000, 8000, 16000]
    b.json({"preset": "Viaje", "bandsHz": bands, "gainDb": [rf(c.rng, -6, 6, 1) for _ in bands]})
    b.decoy("EQ preset: frequency and gain series")
    b.no_content()
    return b.build()


def shop(c: Context) -> Flow:
    b = _b(c, "GET", "/shop/accessories")
    b.decoy("accessory shop catalogue")
    b.ok_json(
        {
            "items": [
                {"sku": "SA-" + new_hex(c.rng, 6).upper(), "precio": rf(c.rng, 9, 49, 2)}
                for _ in range(4)
            ]
        }
    )
    return b.build()
