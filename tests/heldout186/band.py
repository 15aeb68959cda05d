"""Pulz: the mother's fitness band and its companion app on the Samsung phone.

Sync sends the band's BLE MAC and serial with step and heart-rate series;
heart rate, SpO2 and sleep stages are health data but none of the issue's
three categories (biometric here means face and voice data), so they are
look-alikes. A watch face is not a face.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, ms, rf, rid, ua_samsung

API = "https://api.pulzband.example"
UA = ua_samsung("Pulz", "3.8.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pulz", method, url)
    b.header("user-agent", UA)
    return b


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/sync")
    b.decoy("heart-rate and SpO2 series (health data, not face or voice)")
    b.json(
        {
            "band": {
                "bleMac": b.id("band_mac", where="json band.bleMac"),
                "sn": b.id("band_serial", where="json band.sn"),
            },
            "hr": [c.rng.randint(58, 130) for _ in range(30)],
            "spo2": [c.rng.randint(94, 99) for _ in range(10)],
            "start": ms(c),
        },
        "gzip",
    )
    b.ok_json({"accepted": True})
    return b.build()


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/devices/bind")
    b.json(
        {
            "macAddress": b.id("band_mac", where="json macAddress"),
            "serialNumber": b.id("band_serial", where="json serialNumber"),
            "model": "Pulz Band 7",
        }
    )
    b.ok_json({"bound": True, "bindId": rid(c.rng)})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/watchface/apply")
    b.decoy("watch face (not a face)")
    b.json({"faceId": f"wf{c.rng.randint(100, 999)}", "name": "Sigiriya Dusk"})
    b.ok_json({"ok": True})
    return b.build()


def sleep(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/sleep/last")
    b.ok_json(
        {
            "deepMin": c.rng.randint(40, 120),
            "lightMin": c.rng.randint(150, 280),
            "score": rf(c.rng, 50, 95, 0),
        }
    )
    return b.build()
