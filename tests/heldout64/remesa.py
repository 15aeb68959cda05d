"""A cross-border remittance app ("EnviaFácil"): a selfie check before sending,
voice-PIN enrolment, Adjust attribution, exchange rates and beneficiaries.

Veriff SDK media upload: POST /v1/sessions/{id}/media {image{context: "face",
content: base64, timestamp}} (devdocs.veriff.com/apidocs/v1sessionsidmedia-3;
contexts "face", "face-pre"). Adjust Android SDK session package: form body
with app_token, gps_adid, android_uuid, created_at, environment, tracking_enabled
(adjust/android_sdk, PackageBuilder). The app's own liveness step posts face
landmarks and a face template; its voice PIN enrols a voiceprint. Decoys:
rate series, a beneficiary form with self-declared sex and birth date.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.enviafacil-example.com"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "enviafacil", method, API + path)
    b.header("user-agent", ua("EnviaFacil", "6.3.0"))
    return b


def veriff_face(c: Context) -> Flow:
    b = FB(c, "veriff", "POST", f"https://stationapi.veriff.com/v1/sessions/{rid(c.rng)}/media")
    b.header("x-auth-client", rid(c.rng))
    b.header("x-hmac-signature", new_hex(c.rng, 64))
    img = "data:image/jpeg;base64," + b64(fake_jpeg(c.rng.getrandbits(32), 1200))
    b.json(
        {
            "image": {
                "context": c.rng.choice(["face", "face-pre"]),
                "content": img,
                "timestamp": iso(c),
            }
        }
    )
    b.bio("face_image", "json image.content with context face (Veriff)")
    b.ok_json({"status": "success", "image": {"id": rid(c.rng)}})
    return b.build()


def liveness_landmarks(c: Context) -> Flow:
    b = _b(c, "POST", "/kyc/v2/prueba-vida")
    pts = [{"x": rf(c.rng, 0, 720, 1), "y": rf(c.rng, 0, 1280, 1)} for _ in range(68)]
    b.json(
        {
            "sesion": rid(c.rng),
            "puntosFaciales": pts,
            "reto": "parpadear",
            "parpadeos": c.rng.randint(1, 3),
            "ts": ms(c),
        }
    )
    b.bio("face_landmarks", "json puntosFaciales (68 points)")
    b.ok_json({"vivo": True, "score": rf(c.rng, 0.8, 1)})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", "/kyc/v2/rostro/plantilla")
    b.json(
        {
            "usuario": b.acct("remesa_user"),
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "modelo": "arcface-r50",
            "version": 3,
        }
    )
    b.bio("face_template", "json faceTemplate (b64 floats)")
    b.ok_json({"guardado": True})
    return b.build()


def selfie_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/kyc/v2/s")
    b.json({"p": b64(bytes(c.rng.getrandbits(8) for _ in range(600))), "k": new_hex(c.rng, 32)})
    b.bio("face_image", "json p (AES-encrypted selfie, no key name)", detectable=False)
    b.ok_json({"r": 0})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", "/seguridad/voz/enrolar")
    bnd = "ef" + new_hex(c.rng, 16)
    meta = b'{"tipo":"voiceprint","frase":"mi voz es mi clave","muestra":1}'
    b.set_body(
        multipart(
            bnd,
            [
                ("meta", None, "application/json", meta),
                ("audio", "huella_voz.wav", "audio/wav", fake_wav(c.rng.getrandbits(32))),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.bio("voiceprint", "multipart voiceprint enrolment sample")
    b.ok_json({"enrolado": True})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", new_hex(c.rng, 12)),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("adjust_uuid", where="form android_uuid")),
            ("created_at", iso(c).replace("Z", "Z-0800")),
            ("environment", "production"),
            ("tracking_enabled", "1"),
            ("os_name", "android"),
            ("device_type", "phone"),
            ("session_count", str(c.rng.randint(2, 90))),
        ]
    )
    b.ok_json({"adid": new_hex(c.rng, 32), "message": "Session tracked"})
    return b.build()


def device_header(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/perfil")
    b.header("x-device-androidid", b.id("aid_remesa", where="header x-device-androidid"))
    b.ok_json({"usuario": b.acct("remesa_user"), "limiteMensual": 2999.0})
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/tipo-cambio")
    b.param("par", "USDMXN")
    b.ok_json(
        {
            "serie": [{"t": iso(c), "v": rf(c.rng, 16.8, 18.9, 4)} for _ in range(30)],
            "actual": rf(c.rng, 16.8, 18.9, 4),
        }
    )
    b.decoy("USD/MXN rate series")
    return b.build()


def beneficiary(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/beneficiarios")
    b.json(
        {
            "nombre": "Rosa Arreola",
            "sexo": c.rng.choice(["F", "M"]),
            "fechaNacimiento": "1961-04-12",
            "clabe": "0121" + new_digits(c.rng, 14),
            "parentesco": "madre",
            "estado": "Durango",
        }
    )
    b.ok_json({"id": rid(c.rng)})
    b.decoy("beneficiary form with self-declared sex and birth date: not biometric")
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/envios")
    b.json(
        {
            "monto": rf(c.rng, 50, 600, 2),
            "moneda": "USD",
            "beneficiario": rid(c.rng),
            "idempotencyKey": rid(c.rng),
            "folio": "EF" + new_digits(c.rng, 10),
        }
    )
    b.ok_json({"estado": "EN_PROCESO"})
    b.decoy("transfer with idempotency key and folio")
    return b.build()
