"""Banco Tajy: a retail bank app on the father's Galaxy A55 in Asunción.

Onboarding and face login use FaceTec 3D liveness: the app gets a session
token, then posts `faceScan` (the encrypted 3D face map), `auditTrailImage`
and `lowQualityAuditTrailImage` (base64 JPEG frames of the face) with
`sessionId` to `/liveness-3d` or `/enrollment-3d`, and the cédula scan goes
to `/match-3d-2d-idscan` (`idScan`, `idScanFrontImage` with the holder's
photo, matched against the 3D face map; headers X-Device-Key, the license
key, and X-User-Agent; FaceTec Server REST API v3.1). A newer build of the
app's own face login sends a float template under jopara keys (`tova` =
face, `tekove` = life / liveness); the newest sends it as protobuf packed
floats. Adjust attribution (`app.adjust.com/session`, `/event`; form bodies
with `gps_adid`, `android_uuid`, `app_token`) runs in the app too. Exchange
rates, SPI transfers, the self-declared sex on the KYC form, the branch map,
the back of the cédula (no face) and the profile avatar are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    floats_b64,
    js,
    pb_bytes,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, dalvik, floats, iso, ms, rf, rid, ua

API = "https://app.bancotajy.example"
BIO = "https://biometria.bancotajy.example/facetec/api/v3.1/biometrics"
FACETEC = "https://api.facetec.com/api/v3.1/biometrics"
UA = ua("BancoTajy", "7.2.0", "papa")
LICENSE = "dJq8Lr2xVb0nTz5cWm3YpHs7KfA1gE9u"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bancotajy", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _ft(c: Context, base: str, path: str) -> tuple[FB, str]:
    b = FB(c, "facetec", "POST", f"{base}/{path}")
    sid = rid(c.rng)
    b.header("x-device-key", LICENSE)
    b.header(
        "x-user-agent",
        f"facetec|sdk|android|py.com.bancotajy.app|{LICENSE}|SM-A556E|9.7.30|es_PY|es|{sid}",
    )
    b.header("user-agent", dalvik("papa"))
    return b, sid


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def _facescan(c: Context) -> str:
    return b64(b"FT3D" + bytes(c.rng.getrandbits(8) for _ in range(900)))


def session_token(c: Context) -> Flow:
    b = FB(c, "facetec", "GET", f"{FACETEC}/session-token")
    b.header("x-device-key", LICENSE)
    b.header("user-agent", dalvik("papa"))
    b.decoy("FaceTec session token (no face data)")
    b.ok_json({"sessionToken": new_hex(c.rng, 64), "success": True, "wasProcessed": True})
    return b.build()


def liveness_3d(c: Context) -> Flow:
    b, sid = _ft(c, FACETEC, "liveness-3d")
    b.bio("face_scan", "json faceScan + auditTrailImage (FaceTec liveness-3d)")
    b.json(
        {
            "faceScan": _facescan(c),
            "auditTrailImage": _jpeg(c),
            "lowQualityAuditTrailImage": _jpeg(c, 300),
            "sessionId": sid,
        }
    )
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(new_hex(c.rng, 60))})
    return b.build()


def enrollment_3d(c: Context) -> Flow:
    b, sid = _ft(c, BIO, "enrollment-3d")
    b.bio("face_scan", "json faceScan + auditTrailImage (FaceTec enrollment-3d)")
    b.json(
        {
            "faceScan": _facescan(c),
            "auditTrailImage": _jpeg(c),
            "lowQualityAuditTrailImage": _jpeg(c, 300),
            "externalDatabaseRefID": "tajy_" + b.acct("banco_user"),
            "sessionId": sid,
        }
    )
    b.ok_json({"success": True, "wasProcessed": True})
    return b.build()


def match_idscan(c: Context) -> Flow:
    b, sid = _ft(c, BIO, "match-3d-2d-idscan")
    b.bio("face_image", "json idScanFrontImage (cédula photo) matched to faceScan")
    b.json(
        {
            "idScan": b64(b"FTID" + bytes(c.rng.getrandbits(8) for _ in range(600))),
            "idScanFrontImage": _jpeg(c, 800),
            "externalDatabaseRefID": "tajy_" + b.acct("banco_user"),
            "minMatchLevel": 3,
            "sessionId": sid,
        }
    )
    b.ok_json(
        {
            "success": True,
            "matchLevel": c.rng.choice([5, 6, 7]),
            "fullIDStatusEnumInt": 0,
            "documentData": js({"nombre": "Ramón", "apellido": "Benítez", "sexo": "M"}),
        }
    )
    return b.build()


def idscan_back(c: Context) -> Flow:
    b, sid = _ft(c, BIO, "idscan-only")
    b.decoy("back side of the cédula (no face), OCR only")
    b.json(
        {
            "idScan": b64(b"FTID" + bytes(c.rng.getrandbits(8) for _ in range(400))),
            "idScanBackImage": _jpeg(c, 600),
            "sessionId": sid,
        }
    )
    b.ok_json({"success": True, "wasProcessed": True})
    return b.build()


def tova_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/jeike/tova")
    b.bio("face_template", "json tovaPlantilla (256 float32, base64) + tekoveScore")
    b.json(
        {
            "usuario": b.acct("banco_user"),
            "tovaPlantilla": floats_b64(floats(c.rng, 256)),
            "plantillaVersion": "tova-256-v2",
            "tekoveScore": rf(c.rng, 0.86, 0.99, 3),
            "aravo": iso(c),
        }
    )
    b.ok_json({"ok": True, "joja": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def tova_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/j")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = (
        pb_bytes(1, new_hex(c.rng, 16))
        + pb_varint(2, ms(c))
        + pb_packed_floats(3, floats(c.rng, 256))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def tova_raw(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/k?v=2")
    b.bio("face_template", "raw float32 body (octet-stream)", detectable=False)
    b.set_body(bytes.fromhex(new_hex(c.rng, 8)) + _float_bytes(c), "application/octet-stream")
    b.ok_json({"r": 1})
    return b.build()


def _float_bytes(c: Context) -> bytes:
    import struct

    vals = floats(c.rng, 128)
    return struct.pack(f"<{len(vals)}f", *vals)


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", dalvik("papa"))
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "q7x2mb3kz0lc"),
            ("gps_adid", b.id("gaid_papa", where="form gps_adid")),
            ("android_uuid", b.id("banco_adjust_uuid", where="form android_uuid")),
            ("tracking_enabled", "1"),
            ("gps_adid_src", "service"),
            ("created_at", iso(c).replace("Z", "Z-0300")),
            ("environment", "production"),
            ("device_name", "SM-A556E"),
            ("device_type", "phone"),
            ("os_name", "android"),
            ("os_version", "14"),
            ("country", "PY"),
            ("language", "es"),
            ("session_count", str(c.rng.randint(1, 300))),
        ]
    )
    adid = b.id("banco_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", dalvik("papa"))
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "q7x2mb3kz0lc"),
            ("event_token", c.rng.choice(["a1b2c3", "tj9k2m", "pq4r8s"])),
            ("gps_adid", b.id("gaid_papa", where="form gps_adid")),
            ("android_uuid", b.id("banco_adjust_uuid", where="form android_uuid")),
            ("callback_params", js({"paso": c.rng.choice(["kyc_ok", "login", "transferencia"])})),
            ("created_at", iso(c).replace("Z", "Z-0300")),
            ("environment", "production"),
        ]
    )
    b.ok_json({"adid": b.id("banco_adid", where="response json adid", direction="response")})
    return b.build()


def vincular(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/pumbyry/vincular")
    b.json(
        {
            "pumbyry": {
                "androidId": b.id("aid_banco", where="json pumbyry.androidId"),
                "claveDispositivo": b.id("banco_device_key", where="json claveDispositivo"),
                "gaid": b.id("gaid_papa", where="json pumbyry.gaid"),
            },
            "modelo": "SM-A556E",
            "root": False,
        }
    )
    b.ok_json({"vinculado": True, "otpEnviado": True})
    return b.build()


def saldo_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/cuentas")
    b.header("x-d", b.id("aid_banco", "sha1", "header x-d", detectable=False))
    b.ok_json(
        {
            "cuentas": [
                {
                    "numero": "".join(str(c.rng.randint(0, 9)) for _ in range(12)),
                    "moneda": "PYG",
                    "saldo": c.rng.randint(100000, 90000000),
                }
            ]
        }
    )
    return b.build()


def cotizacion(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/cotizaciones")
    b.ok_json(
        {
            "fecha": iso(c)[:10],
            "USD": {"compra": c.rng.randint(7700, 7900), "venta": c.rng.randint(7800, 7950)},
            "BRL": {"compra": 1320, "venta": 1390},
            "ARS": {"compra": 6, "venta": 9},
        }
    )
    return b.build()


def transferencia(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/spi/transferir")
    b.decoy("account numbers and transaction reference")
    b.json(
        {
            "origen": "".join(str(c.rng.randint(0, 9)) for _ in range(12)),
            "destino": {"banco": "ITAU", "cuenta": str(c.rng.randint(10**9, 10**10))},
            "monto": c.rng.randint(50000, 3000000),
            "moneda": "PYG",
            "concepto": "Cuota facultad Encarnación",
            "idempotencia": rid(c.rng),
        }
    )
    b.ok_json({"referencia": f"SPI{c.rng.randint(10**11, 10**12)}", "estado": "ACREDITADO"})
    return b.build()


def kyc_datos(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/datos")
    b.decoy("self-declared sex and birth date")
    b.json(
        {
            "nombre": "Ramón",
            "apellido": "Benítez",
            "sexo": "M",
            "fechaNacimiento": "1971-08-15",
            "ciudad": "Asunción",
            "cedula": str(c.rng.randint(10**6, 10**7)),
        }
    )
    b.ok_json({"guardado": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/perfil/ta'anga")
    b.decoy("profile avatar upload (not sent to face analysis)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.bancotajy.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def sucursales(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/sucursales?lat=-25.2867&lon=-57.6470")
    b.decoy("branch coordinates")
    b.ok_json(
        {
            "sucursales": [
                {"nombre": n, "lat": rf(c.rng, -25.35, -25.25), "lon": rf(c.rng, -57.68, -57.55)}
                for n in ("Casa Matriz", "Villa Morra", "Mariano Roque Alonso")
            ]
        }
    )
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/validar")
    b.json({"codigo": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"valido": True})
    return b.build()
