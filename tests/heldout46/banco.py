"""Banco Meridiano, a Spanish bank app with FacePhi selfie checks and Veridas voice.

Face: the FacePhi Selphi component captures a selfie and "generates templates
with the facial characteristics and the image of the user's face"
(github.com/facephi/sdk-mobile-documentation, Selphi_Component.md); the app
forwards the result to its own backend (`templateRaw`, `bestImage`). Voice:
Veridas das-Peak generates a voice "credential" from audio and compares it with
new audio (pypi vericlient: GenerateCredentialInput(audio, hash),
CompareCredential2AudioInput); the bank sends multipart audio to its own proxy
and the credential to das-Peak. Opaque: a FacePhi-encrypted token (`tokenFaceImage`-
like blob under a generic key). Decoys: self-declared gender on the sign-up form,
a card transaction list, an FX price series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rid, ua

API = "https://movil.bancomeridiano.es"
UA = ua("BancoMeridiano", "9.3.0")


def selfie_onboarding(c: Context) -> Flow:
    b = FB(c, "banco", "POST", f"{API}/onboarding/v2/biometria/selfie")
    b.header("user-agent", UA)
    b.json(
        {
            "cliente": b.acct("banco_user"),
            "resultadoSelphi": {
                "templateRaw": floats_b64(floats(c.rng, 128)),
                "bestImage": b64(fake_jpeg(c.rng.getrandbits(32), 600)),
                "livenessDiagnostic": "Liveness",
                "eyeGlassesScore": round(c.rng.random(), 3),
            },
            "idDispositivo": b.id("aid_banco", where="json:idDispositivo"),
        }
    )
    b.bio("face_template", "json:resultadoSelphi.templateRaw")
    b.ok_json({"estado": "VERIFICADO", "similitud": round(0.8 + c.rng.random() * 0.2, 3)})
    return b.build()


def face_login(c: Context) -> Flow:
    """Login with the face: a multipart selfie for the bank's matcher."""
    bnd = "----MeridianoBoundary" + rid(c.rng).replace("-", "")[:12]
    b = FB(c, "banco", "POST", f"{API}/auth/v1/login/facial")
    b.header("user-agent", UA)
    body = multipart(
        bnd,
        [
            ("cliente", None, None, b.acct("banco_user").encode()),
            ("selfie", "rostro.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart:selfie (rostro.jpg)")
    b.ok_json({"acceso": True, "sesion": rid(c.rng)})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    bnd = "okhttp-" + rid(c.rng)
    b = FB(c, "banco", "POST", f"{API}/voz/v1/huella-vocal/alta")
    b.header("user-agent", UA)
    body = multipart(
        bnd,
        [
            ("audio", "frase.wav", "audio/wav", fake_wav(c.rng.getrandbits(32))),
            ("hash", None, None, b"daspeak-model-16k-2024"),
            ("frase", None, None, "Mi voz es mi contraseña".encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("voiceprint", "multipart:audio (huella-vocal enrolment)")
    b.ok_json({"credencial": b64(bytes(c.rng.getrandbits(8) for _ in range(96)))})
    return b.build()


def voice_compare(c: Context) -> Flow:
    """The das-Peak credential (a voiceprint) sent to Veridas with new audio."""
    b = FB(
        c, "veridas", "POST", "https://api.eu.veridas.com/daspeak/v1/similarity/credential2audio"
    )
    b.header("user-agent", UA)
    bnd = "okhttp-" + rid(c.rng)
    body = multipart(
        bnd,
        [
            (
                "credential",
                None,
                None,
                b64(bytes(c.rng.getrandbits(8) for _ in range(96))).encode(),
            ),
            ("audio", "audio.wav", "audio/wav", fake_wav(c.rng.getrandbits(32), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("voiceprint", "multipart:credential+audio (daspeak)")
    b.ok_json({"score": round(c.rng.random() * 10, 3), "net_speech_duration": 4.2})
    return b.build()


def face_opaque(c: Context) -> Flow:
    """A FacePhi-encrypted face token under a generic key: nothing says face."""
    b = FB(c, "banco", "POST", f"{API}/seg/v1/t")
    b.header("user-agent", UA)
    b.json({"t": b64(bytes(c.rng.getrandbits(8) for _ in range(320))), "v": 2})
    b.bio("face_template", "json:t (encrypted)", detectable=False)
    b.no_content()
    return b.build()


def device_bind(c: Context) -> Flow:
    b = FB(c, "banco", "POST", f"{API}/seg/v1/dispositivo/vincular")
    b.header("user-agent", UA)
    b.json(
        {
            "imei": b.id("imei", where="json:imei"),
            "huellaDispositivo": b.id("banco_fp", where="json:huellaDispositivo"),
            "androidId": b.id("aid_banco", where="json:androidId"),
            "ts": ms(c),
        }
    )
    b.ok_json({"vinculado": True})
    return b.build()


def signup_form(c: Context) -> Flow:
    b = FB(c, "banco", "POST", f"{API}/onboarding/v2/datos-personales")
    b.header("user-agent", UA)
    b.decoy("self-declared gender and birth date on the sign-up form")
    b.form(
        [
            ("nombre", "Lucía"),
            ("sexo", c.rng.choice(["M", "F", "X"])),
            ("fechaNacimiento", "1988-04-12"),
            ("provincia", "Madrid"),
        ]
    )
    b.ok_json({"paso": 3})
    return b.build()


def movements(c: Context) -> Flow:
    b = FB(c, "banco", "GET", f"{API}/cuentas/v1/movimientos", [("pag", "1")])
    b.header("user-agent", UA)
    b.decoy("card transactions with operation numbers")
    b.ok_json(
        {
            "movimientos": [
                {
                    "importe": round(c.rng.uniform(-120, 40), 2),
                    "fecha": iso(c),
                    "numOperacion": rid(c.rng),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def fx_series(c: Context) -> Flow:
    b = FB(c, "banco", "GET", f"{API}/mercados/v1/divisas", [("par", "EURARS")])
    b.header("user-agent", UA)
    b.decoy("FX price series")
    b.ok_json({"serie": [round(1000 + c.rng.gauss(0, 15), 2) for _ in range(30)]})
    return b.build()
