"""Neobank app (Mexico / Colombia) with face liveness onboarding and face login.

- Incode Omni API: POST /omni/start (countryCode, configurationId) returns a
  token sent back as X-Incode-Hardware-Id with api-version: 1.0 and x-api-key
  on every later call; POST /omni/add/face/third-party?imageType=selfie with
  {"base64Image": ...} uploads the selfie (Incode docs; header use seen in
  public integrations, e.g. jgcardoso-jgc/expediente_digital api.js, and an
  open-source Incode client's OnboardingStartResponse notes).
- FacePhi Selphi: the SDK result carries bestImage, templateRaw and the
  encrypted tokenFaceImage, which the app posts to its own backend (FacePhi
  Selphi Android SDK docs, "SelphiResult").
- The app's own liveness-result call sends face landmarks and head pose.
- Decoys: sign-up form with self-declared sex and birth date, transfers,
  balance series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .phone import FB, floats, ms, points, rf, rid, ua

API = "https://api.banco-nube.example.mx"
INCODE = "https://saas-api.incodesmile.com"
UA = ua("BancoNube", "3.9.0")


def _incode(b: FB) -> None:
    b.header("api-version", "1.0")
    b.header("x-api-key", "a3f9" + "0" * 36)
    b.header("X-Incode-Hardware-Id", b.acct("incode_token"))
    b.header("user-agent", UA)


def incode_start(c: Context) -> Flow:
    b = FB(c, "incode", "POST", f"{INCODE}/omni/start")
    b.header("api-version", "1.0")
    b.header("x-api-key", "a3f9" + "0" * 36)
    b.json({"countryCode": "MEX", "configurationId": new_hex(c.rng, 24), "language": "es-MX"})
    b.ok_json({"token": b.acct("incode_token"), "interviewId": new_hex(c.rng, 24)})
    return b.build()


def incode_selfie(c: Context) -> Flow:
    b = FB(c, "incode", "POST", f"{INCODE}/omni/add/face/third-party", [("imageType", "selfie")])
    _incode(b)
    b.json({"base64Image": b64(fake_jpeg(c.rng.randint(0, 1 << 30), 1400))})
    b.bio("face_image", "body.base64Image (selfie to face API)")
    b.ok_json({"confidence": 0, "isBright": True, "hasLenses": False, "hasFaceMask": False})
    return b.build()


def selphi_result(c: Context) -> Flow:
    b = FB(c, "banconube", "POST", f"{API}/onboarding/v2/biometria/selphi")
    b.header("user-agent", UA)
    b.header("x-device-fp", b.id("banco_fp", where="header.x-device-fp"))
    b.json(
        {
            "tokenFaceImage": b64(bytes.fromhex(new_hex(c.rng, 160))),
            "templateRaw": floats_b64(floats(c.rng, 128)),
            "bestImage": b64(fake_jpeg(c.rng.randint(0, 1 << 30), 900)),
            "eyeGlassesScore": rf(c.rng, 0, 0.2),
            "templateScore": rf(c.rng, 0.7, 0.99),
            "livenessMode": "PASSIVE",
        }
    )
    b.bio("face_template", "body.templateRaw+bestImage+tokenFaceImage")
    b.ok_json({"estatus": "EN_REVISION", "folio": rid(c.rng)})
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = FB(c, "banconube", "POST", f"{API}/onboarding/v2/prueba-vida/resultado")
    b.header("user-agent", UA)
    b.json(
        {
            "sesion": rid(c.rng),
            "resultadoVida": {"score": rf(c.rng, 0.8, 1), "aprobado": True},
            "rostro": {
                "landmarks": points(c.rng, 68),
                "yaw": rf(c.rng, -15, 15, 2),
                "pitch": rf(c.rng, -10, 10, 2),
                "roll": rf(c.rng, -5, 5, 2),
                "sonrisaProb": rf(c.rng, 0, 1, 3),
            },
        }
    )
    b.bio("face_landmarks", "body.rostro.landmarks")
    b.ok_json({"ok": True})
    return b.build()


def face_login_opaque(c: Context) -> Flow:
    """Face login: the SDK's encrypted blob under 'p' (a reader sees only ciphertext)."""
    b = FB(c, "banconube", "POST", f"{API}/auth/v1/acceso")
    b.header("user-agent", UA)
    b.json({"tipo": "BIO", "p": b64(bytes.fromhex(new_hex(c.rng, 300))), "ts": ms(c)})
    b.bio("face_template", "body.p (encrypted selphi token)", detectable=False)
    b.ok_json({"access_token": new_hex(c.rng, 40)})
    return b.build()


def device_check(c: Context) -> Flow:
    b = FB(c, "banconube", "POST", f"{API}/seguridad/v1/dispositivo")
    b.header("user-agent", UA)
    b.json(
        {
            "huellaDispositivo": b.id("banco_fp", where="body.huellaDispositivo"),
            "androidId": b.id("aid_banco", where="body.androidId"),
            "modelo": "moto g84 5G",
            "root": False,
            "emulador": False,
            "cliente": b.acct("banco_user"),
        }
    )
    b.ok_json({"riesgo": "bajo"})
    return b.build()


def signup_form(c: Context) -> Flow:
    b = FB(c, "banconube", "POST", f"{API}/onboarding/v2/datos-personales")
    b.header("user-agent", UA)
    b.json(
        {
            "nombre": "Valentina",
            "apellidoPaterno": "Rojas",
            "sexo": "M" if c.rng.random() < 0.5 else "H",
            "fechaNacimiento": "1994-03-17",
            "entidadNacimiento": "JC",
            "ocupacion": "Diseñadora",
        }
    )
    b.decoy("self-declared sex and birth date on a sign-up form")
    b.ok_json({"paso": 3})
    return b.build()


def transfer(c: Context) -> Flow:
    b = FB(c, "banconube", "POST", f"{API}/spei/v1/transferencias")
    b.header("user-agent", UA)
    b.json(
        {
            "clabe": "0021" + new_hex(c.rng, 7),
            "monto": rf(c.rng, 50, 5000, 2),
            "concepto": "renta",
            "referencia": c.rng.randint(1000000, 9999999),
        }
    )
    b.decoy("transfer with reference number")
    b.ok_json({"claveRastreo": "BNUBE" + new_hex(c.rng, 12).upper()})
    return b.build()


def balance_series(c: Context) -> Flow:
    b = FB(c, "banconube", "GET", f"{API}/cuentas/v1/saldo/historico", [("dias", "30")])
    b.header("user-agent", UA)
    b.decoy("balance time series")
    b.ok_json({"saldos": [rf(c.rng, 1000, 20000, 2) for _ in range(30)], "moneda": "MXN"})
    return b.build()


BLENDSHAPES = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
]


def liveness_challenge(c: Context) -> Flow:
    """Active liveness: the challenge ('blink', 'smile') and the face blendshape weights seen."""
    b = FB(c, "banconube", "POST", f"{API}/onboarding/v2/prueba-vida/reto")
    b.header("user-agent", UA)
    frames = [{n: rf(c.rng, 0, 1, 3) for n in BLENDSHAPES} for _ in range(4)]
    b.json(
        {
            "reto": c.rng.choice(["parpadeo", "sonrisa", "abrir_boca"]),
            "blendshapes": frames,
            "ok": True,
        }
    )
    b.bio("face_blendshapes", "body.blendshapes[]")
    b.ok_json({"siguiente": "selfie"})
    return b.build()
