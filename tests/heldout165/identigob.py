"""IdentiGob: a Cl@ve-like public ID app with face and voice checks (Veridas SDK).

Registration takes a selfie against the DNI photo (Veridas face match) and
enrols a voiceprint: the citizen reads a phrase, the audio goes to speaker
enrolment and later to verification, with the speaker embedding (`vozEmbedding`).
One build ships the verification audio to a bare path with a one-letter field.
The voice assistant's dictation (speech-to-text, no speaker model) and the
registration form's self-declared sex are not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import HB, iso, rf, rid, ua

API = "https://api.identigob.example"
VERIDAS = "https://eu.api.veridas.com"
UA = ua("IdentiGob", "3.2.5")


def _b(c: Context, method: str, url: str) -> HB:
    b = HB(c, "identigob", method, url)
    b.header("user-agent", UA)
    return b


def _veridas(c: Context, path: str) -> HB:
    b = HB(c, "veridas", "POST", f"{VERIDAS}{path}")
    b.header("user-agent", UA)
    b.header("apikey", rid(c.rng).replace("-", ""))
    return b


def registro_dispositivo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/registro/dispositivo")
    b.json(
        {
            "nif": b.acct("gob_nif"),
            "idDispositivo": b.id("aid_identigob", where="json idDispositivo (ANDROID_ID)"),
            "plataforma": "ANDROID",
            "version": "3.2.5",
        }
    )
    b.ok_json({"estado": "PENDIENTE_VALIDACION"})
    return b.build()


def cotejo_facial(c: Context) -> Flow:
    boundary = rid(c.rng)
    b = _veridas(c, "/validas/v1/validation/selfie")
    b.bio("face_image_match", "multipart selfie (JPEG) to face-matching API")
    b.set_body(
        multipart(
            boundary,
            [
                ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
                ("validationId", None, None, rid(c.rng).encode()),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"faceMatch": {"score": rf(c.rng, 0.7, 0.99)}, "liveness": "PASSED"})
    return b.build()


def alta_voz(c: Context) -> Flow:
    b = _veridas(c, "/das-peak/v2/voiceprint")
    b.bio("speaker_enrollment", "json audio (base64 WAV) to voiceprint enrolment")
    b.json(
        {
            "audio": b64(fake_wav(c.rng.randint(0, 10**9), 1600)),
            "frase": "Mi voz es mi contraseña",
            "idioma": "es-ES",
        }
    )
    b.ok_json(
        {
            "voiceprint": b64(bytes(c.rng.getrandbits(8) for _ in range(256))),
            "calidad": rf(c.rng, 0.6, 1.0),
        }
    )
    return b.build()


def verificar_voz(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/autenticacion/voz/verificar")
    b.bio("speaker_embedding", "json vozEmbedding (speaker embedding floats)")
    b.json(
        {
            "nif": b.acct("gob_nif"),
            "vozEmbedding": floats_b64([round(c.rng.gauss(0, 0.1), 6) for _ in range(192)]),
            "modelo": "ecapa-192",
            "fecha": iso(c),
        }
    )
    b.ok_json({"verificado": True, "puntuacion": rf(c.rng, 0.7, 0.99)})
    return b.build()


def verificar_voz_opaco(c: Context) -> Flow:
    boundary = rid(c.rng)
    b = _b(c, "POST", f"{API}/v1/x/7")
    b.bio("speaker_verification_audio", "multipart a (WAV, no name says voice)", detectable=False)
    b.set_body(
        multipart(
            boundary,
            [
                ("a", "blob", "application/octet-stream", fake_wav(c.rng.randint(0, 10**9), 1400)),
                ("s", None, None, b"2"),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"r": 1})
    return b.build()


def dictado(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/asistente/dictado?idioma=es-ES")
    b.decoy("speech-to-text of a question to the assistant (transcription, no speaker model)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 1000), "audio/wav")
    b.ok_json({"texto": c.rng.choice(["cita previa DNI", "renovar certificado digital"])})
    return b.build()


def formulario(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/registro/datos-personales")
    b.decoy("sign-up form with self-declared sex and birth date (not face analysis)")
    b.json(
        {
            "nombre": "Lucía",
            "apellidos": "Ferrer Soler",
            "sexo": "M",
            "fechaNacimiento": "1986-04-12",
            "correo": b.id("email", where="json correo"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def cita_previa(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cita-previa/oficinas?provincia=28")
    b.ok_json(
        {
            "oficinas": [
                {"nombre": n, "huecos": c.rng.randint(0, 9)}
                for n in ("Madrid-Moratalaz", "Madrid-Centro")
            ]
        }
    )
    return b.build()
