"""Banco del Plata: her bank (fictional) with selfie login on a FaceTec-style server.

The bank runs its own FaceTec server behind `api.bancodelplata.example/facetec`:
the SDK posts `/liveness-3d` and `/match-3d-3d` with `faceScan` (the encrypted 3D
FaceMap), `auditTrailImage` and `lowQualityAuditTrailImage` (base64 JPEG faces),
`sessionId`, and headers `X-Device-Key` (the app's SDK licence key, not a device
id) and `X-User-Agent`. A newer build wraps the whole request in an encrypted
`payload` (opaque). Device binding sends the app's ANDROID_ID, the bank's own
device key and the advertising id (the fraud engine collects it). The dollar
quote, transfers to a CBU / alias and the profile avatar are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, MODEL, rf, rid, ua

API = "https://api.bancodelplata.example"
UA = ua("BancoDelPlata", "8.4.0")
DEVICE_KEY = "dPlAtA" + "7f3k2Qw9eR1tY5uI0oP8aS"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "bancodelplata", method, f"{API}/{path}")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def _ft(c: Context, path: str) -> FB:
    b = _b(c, "POST", f"facetec/{path}")
    b.header("x-device-key", DEVICE_KEY)
    b.header(
        "x-user-agent", f"facetec|sdk|android|ar.bancodelplata|{rid(c.rng)}|{MODEL}|9.7.30|es_AR"
    )
    return b


def _img(c: Context, size: int) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def liveness(c: Context) -> Flow:
    b = _ft(c, "liveness-3d")
    b.bio("face_scan", "json faceScan + auditTrailImage (FaceTec liveness)")
    b.json(
        {
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
            "auditTrailImage": _img(c, 600),
            "lowQualityAuditTrailImage": _img(c, 300),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": new_hex(c.rng, 64)})
    return b.build()


def match(c: Context) -> Flow:
    b = _ft(c, "match-3d-3d")
    b.bio("face_scan", "json faceScan + auditTrailImage (FaceTec 3D match)")
    b.json(
        {
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
            "auditTrailImage": _img(c, 600),
            "lowQualityAuditTrailImage": _img(c, 300),
            "externalDatabaseRefID": "cli_" + b.acct("banco_cuit"),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "matchLevel": c.rng.choice([6, 8, 10])})
    return b.build()


def login_cifrado(c: Context) -> Flow:
    b = _b(c, "POST", "v3/ingreso/biometrico")
    b.bio("face_scan", "json payload (encrypted selfie-login envelope)", detectable=False)
    b.json({"payload": b64(bytes(c.rng.getrandbits(8) for _ in range(1400))), "v": 3, "k": "k7"})
    b.ok_json({"ok": True, "token": new_hex(c.rng, 48)})
    return b.build()


def vincular(c: Context) -> Flow:
    b = _b(c, "POST", "v3/dispositivos/vincular")
    b.json(
        {
            "androidId": b.id("aid_banco", where="json androidId"),
            "claveDispositivo": b.id("banco_device_key", where="json claveDispositivo"),
            "adId": b.id("gaid", where="json adId"),
            "modelo": MODEL,
            "root": False,
        }
    )
    b.ok_json({"vinculado": True})
    return b.build()


def cotizacion(c: Context) -> Flow:
    b = _b(c, "GET", "v3/cotizaciones?monedas=USD,EUR")
    b.ok_json(
        {
            "USD": {"compra": rf(c.rng, 950, 1050, 2), "venta": rf(c.rng, 1000, 1100, 2)},
            "MEP": rf(c.rng, 1000, 1200, 2),
        }
    )
    return b.build()


def transferencia(c: Context) -> Flow:
    b = _b(c, "POST", "v3/transferencias")
    b.decoy("CBU and operation number")
    b.json(
        {
            "destino": {"cbu": "0170" + new_digits(c.rng, 18), "alias": "mate.cancha.sol"},
            "importe": rf(c.rng, 1000, 90000, 2),
            "concepto": "VAR",
            "idempotencia": rid(c.rng),
        }
    )
    b.ok_json({"nroOperacion": new_digits(c.rng, 12), "estado": "acreditada"})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", "v3/perfil/avatar")
    b.decoy("profile photo (no face analysis)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 500), "image/jpeg")
    b.ok_json({"ok": True})
    return b.build()
