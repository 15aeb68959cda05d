"""Qadam Band: a cheap fitness band's companion app.

The band is found by its BLE MAC and registered with its serial; step counts,
heart rate and sleep stages sync every hour. Heart rate and sleep are health
data, not a biometric identifier under this project's definition (no face or
voice): decoys. The firmware check sends an MD5 of the band's MAC under `h`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, b, iso, ms, ua

API = "https://iot.qadam-band.example"
UA = ua("QadamBand", "3.7.5")


def _dev(fb: FB) -> None:
    fb.header("x-app-device", fb.id("aid_band", where="header x-app-device"))


def bind(c: Context) -> Flow:
    fb = b(c, "qadam", "POST", f"{API}/v1/bilezik/bind", UA)
    _dev(fb)
    fb.json(
        {
            "ble_mac": fb.id("band_mac", where="json ble_mac"),
            "serial_no": fb.id("band_serial", where="json serial_no"),
            "firmware": "V1.0.12",
        }
    )
    fb.ok_json({"ok": True})
    return fb.build()


def sync(c: Context) -> Flow:
    fb = b(c, "qadam", "POST", f"{API}/v1/data/sync", UA)
    _dev(fb)
    fb.decoy("steps, heart rate and sleep (health data, no face or voice)")
    fb.json(
        {
            "mac": fb.id("band_mac", "nosep", "json mac (no separators)"),
            "adym": [c.rng.randint(0, 900) for _ in range(24)],
            "jurek_soğysy": [c.rng.randint(55, 120) for _ in range(24)],
            "uiqy": [{"kezeń": "deep", "min": c.rng.randint(20, 90)}],
            "at": iso(c),
        },
        "gzip",
    )
    fb.no_content()
    return fb.build()


def firmware_opaque(c: Context) -> Flow:
    fb = b(c, "qadam", "GET", f"{API}/ota/check", UA)
    fb.param("h", fb.id("band_mac", "md5", "query h (md5 of the band MAC)", detectable=False))
    fb.param("fw", "V1.0.12")
    fb.ok_json({"latest": "V1.0.13", "sha": new_hex(c.rng, 40)})
    fb.decoy("sha: firmware image digest")
    return fb.build()


def weather_face(c: Context) -> Flow:
    fb = b(c, "qadam", "GET", f"{API}/v1/watchface/list?ts={ms(c)}", UA)
    fb.decoy("watch face catalogue ('face' of a watch, not a person)")
    fb.ok_json({"faces": [{"id": i, "name": f"Dala {i}"} for i in range(5)]})
    return fb.build()
