"""Billetera Wayki: a Peruvian bank's e-wallet with selfie / 3D-liveness login
and voice biometrics (the father's Galaxy A34 in Lima).

Face login and onboarding use FaceTec's hosted server REST API
(https://api.facetec.com/api/v3.1/biometrics): GET `/session-token`, then POST
`/liveness-3d` or `/enrollment-3d` with `faceScan` (the SDK's encrypted 3D
FaceScan, base64), `auditTrailImage` and `lowQualityAuditTrailImage` (JPEG
selfies, base64) and `sessionId`; headers `X-Device-Key` (the app's licence
key, not a device id) and `X-User-Agent`. After liveness the app posts a
selfie to its own backend (`selfie` base64) for the 1:1 match against RENIEC's
photo. Phone support calls can be confirmed by voice: the app records a spoken
phrase (`audioVoz`, WAV) and posts it with the phrase; enrolment sends the
voiceprint vector (`huellaVocal`). A newer build posts the voice sample as a
nameless octet-stream, and the selfie as protobuf. Device binding sends the
ANDROID_ID, a device key and the advertising id. Exchange rates, transfers to
a phone number, QR payments, the DNI form with self-declared sex and the
profile photo are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart, pb_bytes, pb_varint

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.billeterawayki.example"
FT = "https://api.facetec.com/api/v3.1/biometrics"
UA = ua("BilleteraWayki", "8.4.0", "papa")
FT_UA = "facetec|sdk|android|pe.wayki.billetera|8.4.0|SM-A346M|9.7.45|es-PE|es|"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "billeterawayki", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _ft(c: Context, method: str, path: str) -> FB:
    b = FB(c, "facetec", method, f"{FT}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("x-device-key", "dQ4mBz7Hk2Lp9XvTq1Ws5Rc8Yn3Fj6Ga")
    b.header("x-user-agent", FT_UA + rid(c.rng))
    b.decoy("X-Device-Key is the app's FaceTec licence key (not a device id)")
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def vincular(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dispositivo/vincular")
    b.json(
        {
            "androidId": b.id("aid_banco", where="json androidId"),
            "llaveDispositivo": b.id("banco_device_key", where="json llaveDispositivo"),
            "idPublicidad": b.id("gaid_papa", where="json idPublicidad"),
            "modelo": "SM-A346M",
            "rooteado": False,
            "emulador": False,
        }
    )
    b.ok_json({"vinculado": True, "otpEnviado": True})
    return b.build()


def ft_session_token(c: Context) -> Flow:
    b = _ft(c, "GET", "session-token")
    b.ok_json({"sessionToken": b64(new_hex(c.rng, 48)), "success": True, "wasProcessed": True})
    return b.build()


def _ft_scan(c: Context, path: str, enrol: bool) -> Flow:
    b = _ft(c, "POST", path)
    b.bio("face_scan", "json faceScan + auditTrailImage (FaceTec 3D FaceScan, selfie)")
    body = {
        "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
        "auditTrailImage": _jpeg(c),
        "lowQualityAuditTrailImage": _jpeg(c, 300),
        "sessionId": rid(c.rng),
    }
    if enrol:
        body["externalDatabaseRefID"] = "wayki_" + b.acct("banco_user")
    b.json(body)
    b.ok_json(
        {
            "success": True,
            "wasProcessed": True,
            "scanResultBlob": b64(new_hex(c.rng, 60)),
            "faceScanSecurityChecks": {
                "auditTrailVerificationCheckSucceeded": True,
                "faceScanLivenessCheckSucceeded": True,
                "replayCheckSucceeded": True,
                "sessionTokenCheckSucceeded": True,
            },
        }
    )
    return b.build()


def ft_liveness(c: Context) -> Flow:
    return _ft_scan(c, "liveness-3d", False)


def ft_enrollment(c: Context) -> Flow:
    return _ft_scan(c, "enrollment-3d", True)


def selfie_ingreso(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/ingreso/selfie")
    b.bio("face_image", "json selfie (base64 JPEG, 1:1 match)")
    b.json(
        {
            "usuario": b.acct("banco_user"),
            "selfie": _jpeg(c),
            "ftSessionId": rid(c.rng),
            "puntajeVida": rf(c.rng, 0.9, 0.99, 3),
            "fecha": iso(c),
        }
    )
    b.ok_json({"coincide": True, "similitud": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def selfie_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/i")
    b.bio("face_image", "protobuf field 2 (JPEG bytes)", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_bytes(2, fake_jpeg(c.rng.randint(0, 10**9), 500))
    body += pb_varint(3, ms(c))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def voz_verificar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/biometria/voz/verificar")
    b.bio("voice_sample", "multipart audioVoz (spoken passphrase, WAV)")
    boundary = rid(c.rng)
    parts = [
        ("usuario", None, None, b.acct("banco_user").encode()),
        ("frase", None, None, b"Mi voz es mi clave en Wayki"),
        ("audioVoz", "voz.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"verificado": True, "puntaje": rf(c.rng, 0.7, 0.98, 3)})
    return b.build()


def voz_enrolar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/biometria/voz/enrolar")
    b.bio("voiceprint", "json huellaVocal (256-float speaker embedding)")
    b.json(
        {
            "usuario": b.acct("banco_user"),
            "huellaVocal": floats_b64(floats(c.rng, 256)),
            "modelo": "xvector-v3",
            "muestras": 3,
        }
    )
    b.ok_json({"enrolado": True})
    return b.build()


def voz_opaca(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v/9")
    b.bio("voice_sample", "octet-stream body (raw audio, no names)", detectable=False)
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 800)[44:], "application/octet-stream")
    b.ok_json({"r": 1})
    return b.build()


def saldo_opaco(c: Context) -> Flow:
    """Balance call; a header named 'x-h' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v2/cuentas/saldo")
    b.header("x-h", b.id("aid_banco", "sha256", "header x-h", detectable=False))
    b.ok_json({"cuentas": [{"moneda": "PEN", "saldo": rf(c.rng, 50, 9000, 2)}]})
    return b.build()


def tipo_cambio(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tipo-de-cambio")
    b.ok_json(
        {"fecha": iso(c)[:10], "compra": rf(c.rng, 3.6, 3.8, 3), "venta": rf(c.rng, 3.7, 3.9, 3)}
    )
    return b.build()


def transferir_celular(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/transferencias/celular")
    b.decoy("recipient phone number and operation number")
    b.json(
        {
            "celularDestino": "9" + str(c.rng.randint(10**7, 10**8 - 1)),
            "monto": rf(c.rng, 5, 500, 2),
            "moneda": "PEN",
            "mensaje": "Para el pasaje de Cusco",
            "idempotencia": rid(c.rng),
        }
    )
    b.ok_json({"numeroOperacion": str(c.rng.randint(10**7, 10**8)), "estado": "OK"})
    return b.build()


def pago_qr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/pagos/qr")
    b.decoy("merchant QR terminal id (the shop's device, not the user's)")
    b.json(
        {
            "qr": "000201010212" + new_hex(c.rng, 24).upper(),
            "terminalComercio": "POS-" + str(c.rng.randint(10**5, 10**6)),
            "monto": rf(c.rng, 3, 120, 2),
        }
    )
    b.ok_json({"estado": "PAGADO"})
    return b.build()


def formulario_dni(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/datos")
    b.decoy("self-declared sex and birth date, DNI number")
    b.json(
        {
            "nombres": "Julio César",
            "apellidos": "Quispe Mamani",
            "sexo": "M",
            "fechaNacimiento": "1970-07-28",
            "dni": str(c.rng.randint(10**7, 10**8 - 1)),
            "distrito": "San Juan de Lurigancho",
        }
    )
    b.ok_json({"guardado": True})
    return b.build()


def foto_perfil(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/perfil/foto")
    b.decoy("profile photo upload (not sent to a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.billeterawayki.example/p/{new_hex(c.rng, 20)}.jpg"})
    return b.build()
