"""Tandurust: the fitness band's companion app (steps, heart rate, sleep).

Binding and firmware checks send the band's BLE MAC and serial under readable
keys; a keep-alive sends an MD5 of the MAC under `h` and the serial under a
single-letter key. Heart-rate and step series are health data but none of the
three categories.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, ua

API = "https://api.tandurust.example"
UA = ua("Tandurust", "3.1.0")


def _b(c: Context, method: str, url: str, ident: bool = True) -> FB:
    b = FB(c, "band", method, url)
    b.header("user-agent", UA)
    if ident:
        b.header("x-app-device", b.id("aid_band", where="header x-app-device"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/bind")
    b.json(
        {
            "bleMac": b.id("band_mac", where="json bleMac"),
            "serialNumber": b.id("band_serial", where="json serialNumber"),
            "model": "Smart Band 8",
            "fw": "2.3.0.12",
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/firmware/latest")
    b.param("sn", b.id("band_serial", where="query sn"))
    b.param("fw", "2.3.0.12")
    b.ok_json(
        {
            "latest": "2.3.1.4",
            "url": "https://cdn.tandurust.example/fw/8/2.3.1.4.bin",
            "sha256": "0" * 64,
        }
    )
    return b.build()


def keepalive(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/k", ident=False)
    b.json(
        {
            "h": b.id("band_mac", how="md5", where="json h = md5(BLE MAC)", detectable=False),
            "s": b.id(
                "band_serial", where="json s (band serial, single-letter key)", detectable=False
            ),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def heart_rate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/data/heart", ident=False)
    b.decoy("heart-rate and step series: health data, none of the three categories")
    b.json(
        {
            "hr": [c.rng.randint(58, 130) for _ in range(30)],
            "steps": [c.rng.randint(0, 120) for _ in range(30)],
            "from": iso(c),
        }
    )
    b.no_content()
    return b.build()


def sleep(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/data/sleep?day=latest", ident=False)
    b.ok_json(
        {
            "deep": c.rng.randint(60, 120),
            "light": c.rng.randint(180, 260),
            "rem": c.rng.randint(50, 110),
            "score": c.rng.randint(60, 95),
        }
    )
    return b.build()
