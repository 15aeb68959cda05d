"""Pulso Watch 4: her smartwatch (fictional maker) and its companion app.

The companion app binds the watch with its BLE MAC and serial, syncs steps,
sleep and heart rate (not one of the issue's categories), checks firmware and
lists watch faces. A raw BLE dump is forwarded as base64 of the watch's binary
frames, the serial inside (opaque).
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, ua

API = "https://api.pulsowear.example/v1"
UA = ua("PulsoFit", "4.9.0")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "pulsowear", method, f"{API}/{path}")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 32))
    return b


def vincular(c: Context) -> Flow:
    b = _b(c, "POST", "dispositivos/vincular")
    b.json(
        {
            "mac": b.id("watch_mac", where="json mac"),
            "numeroSerie": b.id("watch_serial", where="json numeroSerie"),
            "androidId": b.id("aid_reloj", where="json androidId"),
            "modelo": "Pulso Watch 4",
            "usuario": b.acct("reloj_user"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", "datos/sincronizar")
    b.json(
        {
            "relojSerie": b.id("watch_serial", where="json relojSerie"),
            "pasos": c.rng.randint(2000, 18000),
            "fcPromedio": c.rng.randint(60, 95),
            "suenoMin": c.rng.randint(300, 520),
            "desde": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def volcado_ble(c: Context) -> Flow:
    b = _b(c, "POST", "diagnostico/ble")
    serial = b.id_raw("watch_serial", "ble_frame_b64", "json f (base64 of binary BLE frames)")
    frame = (
        struct.pack("<HIB", 0xA55A, ms(c) // 1000, 7)
        + serial.encode()
        + bytes(c.rng.getrandbits(8) for _ in range(40))
    )
    b.json({"f": b64(frame), "n": 1})
    b.no_content()
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", "firmware/ultimo?modelo=PW4")
    b.decoy("firmware hash")
    b.ok_json({"version": "2.7.11", "sha256": new_hex(c.rng, 64)})
    return b.build()


def esferas(c: Context) -> Flow:
    b = _b(c, "GET", "esferas?pagina=1")
    b.ok_json({"esferas": [{"id": n, "nombre": f"Esfera {n}"} for n in range(1, 5)]})
    return b.build()
