"""Banco del Ande: a Peruvian bank app with RENIEC-style biometric identity checks.

Opening an account or raising a transfer limit asks for a selfie with liveness
(`selfie` data URI, `pruebaVida`) that the bank matches against the national
registry's photo for the DNI; FacePhi's SelphID backend gets the SDK's
`tokenFaceImage`; the bank keeps a face template (`plantillaFacial`, base64
float32). Voice: enrolment and verification of a speaker profile
(`huellaVoz`, a fixed passphrase) go through Veridas' voice API. A later build
sends liveness frames encrypted under `a`. The DNI's OCR boxes, the voice
assistant's speech-to-text (no speaker model), exchange-rate series, branches
with coordinates and transfers are not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.bancodelande.example"
UA = ua("BancoDelAnde", "7.21.0")
FRASE = "En el Banco del Ande mi voz es mi clave"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bancodelande", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("x-bda-canal", "APP_ANDROID")
    return b


def _jpeg(c: Context) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), 800))


def validacion_facial(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/biometria/validacion-facial")
    b.bio("face_image", "json selfie (liveness selfie matched against the registry photo)")
    b.json(
        {
            "tipoDocumento": "DNI",
            "numeroDocumento": b.acct("dni"),
            "selfie": "data:image/jpeg;base64," + _jpeg(c),
            "pruebaVida": {"parpadeo": True, "giroCabeza": c.rng.choice(["izquierda", "derecha"])},
            "operacion": c.rng.choice(["apertura_cuenta", "aumento_limite"]),
        }
    )
    b.ok_json(
        {
            "coincide": c.rng.random() < 0.9,
            "puntaje": rf(c.rng, 0.71, 0.99, 3),
            "fuente": "RENIEC",
            "idTransaccion": rid(c.rng),
        }
    )
    return b.build()


def facephi_token(c: Context) -> Flow:
    b = FB(c, "facephi", "POST", "https://selphid.facephi.com/api/v1/authenticate-facial")
    b.header("user-agent", "okhttp/4.11.0")
    b.header("x-api-key", new_hex(c.rng, 32))
    b.bio("face_image", "json tokenFaceImage (FacePhi selfie token)")
    blob = bytes(c.rng.getrandbits(8) for _ in range(900))
    b.json(
        {
            "tokenFaceImage": b64(blob),
            "tokenOcr": b64(bytes(c.rng.getrandbits(8) for _ in range(200))),
            "method": "5",
            "extraData": b64(new_hex(c.rng, 64)),
        }
    )
    b.ok_json({"authStatus": "Authenticated", "similarity": rf(c.rng, 0.8, 0.99, 4)})
    return b.build()


def plantilla(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/biometria/plantilla")
    b.bio("face_template", "json plantillaFacial (base64 float32 face template)")
    b.json(
        {
            "idCliente": b.acct("banco_cliente"),
            "plantillaFacial": floats_b64(floats(c.rng, 512)),
            "versionModelo": "rostro-v5",
            "calidad": rf(c.rng, 0.6, 0.98, 2),
        }
    )
    b.ok_json({"guardada": True})
    return b.build()


def voz_registro(c: Context) -> Flow:
    boundary = "----BDA" + new_hex(c.rng, 16)
    b = FB(c, "veridas", "POST", "https://api.veridas.com/voice/v2/enrollment")
    b.header("user-agent", UA)
    b.header("apikey", new_hex(c.rng, 32))
    b.bio("voiceprint", "multipart huellaVoz audio (speaker enrolment, passphrase)")
    b.set_body(
        multipart(
            boundary,
            [
                ("tipo", None, None, b"enrolamiento_locutor"),
                ("frase", None, None, FRASE.encode()),
                ("idCliente", None, None, b.acct("banco_cliente").encode()),
                ("huellaVoz", "huella_voz.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"voiceprintId": rid(c.rng), "netSpeech": rf(c.rng, 2.5, 6, 2)})
    return b.build()


def voz_verificar(c: Context) -> Flow:
    b = FB(c, "veridas", "POST", "https://api.veridas.com/voice/v2/verification")
    b.header("user-agent", UA)
    b.header("apikey", new_hex(c.rng, 32))
    b.bio("voiceprint", "json audioLocutor (speaker verification audio)")
    b.json(
        {
            "idCliente": b.acct("banco_cliente"),
            "frase": FRASE,
            "audioLocutor": b64(fake_wav(c.rng.randint(0, 10**9), 900)),
            "formato": "wav16k",
        }
    )
    b.ok_json({"score": rf(c.rng, 0.5, 0.99, 3), "decision": "ACCEPT"})
    return b.build()


def vida_cifrada(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/s/7")
    b.bio("face_image", "json a (encrypted liveness frames)", detectable=False)
    b.json({"a": b64(bytes(c.rng.getrandbits(8) for _ in range(1200))), "k": 3, "n": ms(c)})
    b.ok_json({"r": 0})
    return b.build()


def vincular(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dispositivo/vincular")
    b.json(
        {
            "androidId": b.id("aid_banco", where="json androidId"),
            "huellaDispositivo": b.id("banco_huella", where="json huellaDispositivo"),
            "modelo": "Redmi Note 12",
            "root": False,
            "idCliente": b.acct("banco_cliente"),
        }
    )
    b.ok_json({"vinculado": True, "token": b64(new_hex(c.rng, 32))})
    return b.build()


def tipo_cambio(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tipo-cambio/historico?dias=30")
    b.header("x-bda-ctx", b.id("aid_banco", "sha256", "header x-bda-ctx", detectable=False))
    b.decoy("USD/PEN rate series (float series)")
    base = rf(c.rng, 3.6, 3.9, 3)
    b.ok_json(
        {
            "serie": [
                {
                    "dia": d,
                    "compra": round(base + c.rng.gauss(0, 0.01), 3),
                    "venta": round(base + 0.02 + c.rng.gauss(0, 0.01), 3),
                }
                for d in range(30)
            ]
        }
    )
    return b.build()


def lectura_dni(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ocr/dni")
    b.decoy("OCR text boxes of the DNI card (OCR, not a face)")
    b.json({"imagenDni": _jpeg(c), "lado": "anverso"})
    b.ok_json(
        {
            "campos": [
                {"campo": f, "caja": [c.rng.randint(0, 600) for _ in range(4)], "conf": 0.97}
                for f in ("apellidos", "nombres", "fechaNacimiento", "numero")
            ]
        }
    )
    return b.build()


def asistente(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/asistente/voz/transcribir")
    b.decoy("speech-to-text of a voice command (transcription, no speaker model)")
    b.json({"audio": b64(fake_wav(c.rng.randint(0, 10**9), 600)), "idioma": "es-PE"})
    b.ok_json({"texto": c.rng.choice(["cuánto tengo en mi cuenta", "yapear a mi hermano"])})
    return b.build()


def transferencia(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/transferencias")
    b.decoy("interbank account numbers (CCI) and operation id")
    b.json(
        {
            "cuentaOrigen": "191-" + str(c.rng.randint(10**7, 10**8)),
            "cci": "002" + str(c.rng.randint(10**16, 10**17)),
            "monto": rf(c.rng, 20, 900, 2),
            "moneda": "PEN",
            "fecha": iso(c),
        }
    )
    b.ok_json({"nroOperacion": str(c.rng.randint(10**6, 10**7)), "estado": "OK"})
    return b.build()


def agencias(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/agencias?ciudad=Arequipa")
    b.ok_json(
        {
            "agencias": [
                {
                    "nombre": n,
                    "lat": rf(c.rng, -16.42, -16.38, 5),
                    "lon": rf(c.rng, -71.55, -71.5, 5),
                }
                for n in ("Plaza de Armas", "Cayma", "Yanahuara")
            ]
        }
    )
    return b.build()
