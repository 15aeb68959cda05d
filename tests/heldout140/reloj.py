"""Pulso: the smartwatch companion on the Motorola (watch's BLE MAC and serial).

Heart rate, steps and sleep are health data, not a face or voice biometric:
labelled as look-alikes. The watch's firmware check carries its serial; the
pairing call its BLE MAC and serial. A periodic keep-alive sends the MAC hashed
under `h`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.pulso-wear.example"
UA = ua("Pulso", "3.9.4")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pulso", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def vincular(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/relojes/vincular")
    b.json(
        {
            "reloj": {
                "mac_ble": b.id("watch_mac", where="json reloj.mac_ble"),
                "serie": b.id("watch_serial", where="json reloj.serie"),
                "modelo": "Pulso Fit 3",
            },
            "telefono": {"android_id": b.id("aid_reloj", where="json telefono.android_id")},
        }
    )
    b.ok_json({"vinculado": True})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/firmware/ultima?modelo=PF3")
    b.header("x-reloj-serie", b.id("watch_serial", where="header x-reloj-serie"))
    b.decoy("firmware build hash")
    b.ok_json({"version": "3.1.7", "sha256": rid(c.rng).replace("-", "") * 2, "tam": 5_412_331})
    return b.build()


def keepalive(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/k")
    b.form([("h", b.id("watch_mac", "sha1", "form h (sha1 of BLE MAC)", detectable=False))])
    b.no_content()
    return b.build()


def salud_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/salud/sincronizar")
    b.decoy("heart rate, steps and sleep series (health data, not face/voice biometrics)")
    b.json(
        {
            "fecha": iso(c),
            "pasos": c.rng.randint(800, 14000),
            "frecuencia_cardiaca": [c.rng.randint(58, 120) for _ in range(24)],
            "sueno_min": c.rng.randint(300, 520),
            "spo2": rf(c.rng, 94, 99, 1),
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
