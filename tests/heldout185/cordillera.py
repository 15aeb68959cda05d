"""Banco Cordillera: a Chilean bank app with selfie KYC and a voice password.

Onboarding sends the selfie (and a short liveness clip) to MetaMap, a KYC
vendor common in Latin America, in the `v2/identities/{id}/send-input` form
(multipart `inputs` JSON naming `selfie-photo` / `selfie-video`, the files
beside it). The bank's own "clave de voz" enrols and verifies the customer's
voice (audio plus the speaker embedding its on-device model computes, named
`huellaVoz`); the newer build ships the embedding AES-wrapped under `p`. The
carnet photo goes to OCR (document data; the face match uses the selfie),
dictated transfer memos go to speech-to-text (no speaker model), and the
self-declared "sexo" on the form is not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, fake_wav, floats_b64, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.bancocordillera.example"
UA = ua("BancoCordillera", "7.9.0")
METAMAP = "https://api.prod.metamap.com"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bancocordillera", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("x-canal", "APP_ANDROID")
    return b


def _metamap(c: Context, kind: str, fname: str, ctype: str, data: bytes) -> Flow:
    b = FB(c, "metamap", "POST", f"{METAMAP}/v2/identities/{new_hex(c.rng, 24)}/send-input")
    b.header("user-agent", "MetaMapSDK-Android/3.29.1 " + UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    b.bio("face_image", f"multipart inputs[{kind}-input] + file {fname}")
    boundary = "----MetaMap" + new_hex(c.rng, 16)
    inputs = [{"inputType": f"{kind}-input", "data": {"type": kind, "filename": fname}}]
    meta = {"sdkDevice": b.id("banco_kyc_device", where="multipart metadata sdkDevice")}
    body = multipart(
        boundary,
        [
            ("inputs", None, "application/json", jsb(inputs)),
            ("metadata", None, "application/json", jsb(meta)),
            (kind.split("-")[0], fname, ctype, data),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json([{"result": True}])
    return b.build()


def selfie(c: Context) -> Flow:
    return _metamap(
        c, "selfie-photo", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))
    )


def selfie_video(c: Context) -> Flow:
    return _metamap(
        c, "selfie-video", "liveness.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9))
    )


def voz_enrolar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/biometria/voz/enrolar")
    b.bio("voiceprint", "json muestrasAudio[] + huellaVoz (speaker enrolment)")
    b.json(
        {
            "frase": "En Banco Cordillera mi voz es mi clave",
            "muestrasAudio": [b64(fake_wav(c.rng.randint(0, 10**9), 800)) for _ in range(3)],
            "huellaVoz": floats(c.rng, 192),
            "modelo": "ecapa-tdnn-v2",
            "fecha": iso(c),
        }
    )
    b.ok_json({"estado": "ENROLADO", "idPerfilVoz": rid(c.rng)})
    return b.build()


def voz_verificar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/biometria/voz/verificar")
    b.bio("voiceprint", "json huellaVoz (speaker verification)")
    b.json(
        {
            "idPerfilVoz": rid(c.rng),
            "huellaVoz": floats(c.rng, 192),
            "duracionAudioMs": c.rng.randint(2500, 6000),
            "operacion": "TRANSFERENCIA",
        }
    )
    b.ok_json({"coincide": True, "puntaje": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def voz_opaca(c: Context) -> Flow:
    """Newer build: the embedding as float32, base64, under `p`, beside an op code."""
    b = _b(c, "POST", f"{API}/api/v2/b/v")
    b.bio("voiceprint", "json p (base64 float32 speaker embedding)", detectable=False)
    b.json({"p": floats_b64(floats(c.rng, 192)), "o": 3, "n": new_hex(c.rng, 24)})
    b.ok_json({"r": 1})
    return b.build()


def enrolar_dispositivo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/dispositivos/enrolar")
    b.json(
        {
            "idDispositivo": b.id("aid_cordillera", where="json idDispositivo"),
            "huellaDispositivo": b.id("banco_kyc_device", where="json huellaDispositivo"),
            "modelo": "moto g84 5G",
            "so": "Android 14",
            "rut": b.acct("rut"),
        }
    )
    b.ok_json({"enrolado": True, "segundoFactor": "VOZ"})
    return b.build()


def riesgo_opaco(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/r")
    b.form(
        [
            (
                "a",
                b.id("aid_cordillera", "sha256", "form a (sha256 of ANDROID_ID)", detectable=False),
            ),
            ("b", str(ms(c))),
            ("c", "1"),
        ]
    )
    b.ok_json({"s": 12})
    return b.build()


def carnet_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/onboarding/carnet/ocr")
    b.decoy("ID-card photo sent for OCR (document data; the face match uses the selfie flow)")
    b.json({"lado": "frontal", "imagen": b64(fake_jpeg(c.rng.randint(0, 10**9), 500))})
    b.ok_json(
        {
            "campos": {"run": b.acct("rut"), "nombres": "CATALINA ANDREA", "sexo": "F"},
            "cajas": [[rf(c.rng, 0, 1, 3) for _ in range(4)] for _ in range(5)],
        }
    )
    return b.build()


def formulario(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/onboarding/datos")
    b.decoy("self-declared sexo / fecha de nacimiento on a sign-up form")
    b.json(
        {
            "rut": b.acct("rut"),
            "sexo": "F",
            "fechaNacimiento": "1989-04-17",
            "comuna": "Providencia",
            "email": b.id("email", where="json email"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def dictado(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/transferencias/dictado")
    b.decoy("speech-to-text of a transfer memo (transcription, no speaker model)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 600), "audio/wav")
    b.ok_json({"texto": "pago arriendo diciembre", "confianza": rf(c.rng, 0.8, 0.99, 2)})
    return b.build()


def cartola(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/cuentas/corriente/movimientos?mes=11")
    b.decoy("account movements with amounts and operation ids")
    b.ok_json(
        {
            "movimientos": [
                {
                    "id": rid(c.rng),
                    "glosa": g,
                    "monto": -c.rng.randint(2000, 90000),
                    "fecha": iso(c),
                }
                for g in ("Unimarc", "Copec", "Transferencia a Tomás", "Netflix")
            ]
        }
    )
    return b.build()


def dolar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/indicadores/dolar?dias=30")
    b.decoy("exchange-rate series (floats, not a face)")
    b.ok_json({"serie": [rf(c.rng, 880, 990, 2) for _ in range(30)], "moneda": "USD/CLP"})
    return b.build()
