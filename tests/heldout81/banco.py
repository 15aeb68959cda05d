"""Banco Andino: a Chilean bank app with face liveness and selfie matching.

- FacePhi SelphID: the Selphi widget returns `bestImageTokenized` and `templateRaw`;
  the bank's backend forwards the token to
  `/api/v1/selphid/passive-liveness/evaluate/token` as `tokenImage` + `extraData`
  (FacePhi SDK integration guides and public integration code found by search).
- Incode Omni: `POST /omni/add/face/third-party?imageType=selfie` with `base64Image`
  and the session token in `X-Incode-Hardware-Id` (public Incode integration code).
- Amazon Rekognition `CompareFaces` (JSON 1.1, `X-Amz-Target`, `SourceImage.Bytes`
  base64, `TargetImage.S3Object`, `SimilarityThreshold`; AWS SDK reference).
The bank's own backend and its key names are fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, points, rf, rid, ua

API = "https://api.bancoandino.cl"


def _b(c: Context, method: str, path: str, host: str = API) -> FB:
    b = FB(c, "bancoandino", method, host + path)
    b.header("user-agent", ua("BancoAndino", "7.1.4"))
    b.header("x-request-id", rid(c.rng))
    return b


def _jpeg_b64(c: Context) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**6), c.rng.randint(700, 1400)))


def facephi_liveness(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/selphid/passive-liveness/evaluate/token")
    b.json({"tokenImage": b64(c.rng.randbytes(900)), "extraData": b64(c.rng.randbytes(300))})
    b.bio("face_image_token", "body.json.tokenImage (selphid passive-liveness)")
    b.ok_json({"diagnostic": "Live", "serviceResult": 3})
    return b.build()


def facephi_template(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/selphid/authenticate-facial/document/face-template")
    b.json(
        {"documentTemplate": b64(c.rng.randbytes(700)), "templateRaw": b64(c.rng.randbytes(1100))}
    )
    b.bio("face_template", "body.json.templateRaw")
    b.ok_json({"authStatus": "Positive", "similarity": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def rekognition_compare(c: Context) -> Flow:
    b = _b(c, "POST", "/", host="https://rekognition.sa-east-1.amazonaws.com")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", iso(c).replace("-", "").replace(":", "")[:15] + "Z")
    b.json(
        {
            "SourceImage": {"Bytes": _jpeg_b64(c)},
            "TargetImage": {
                "S3Object": {"Bucket": "bandino-kyc-cl", "Name": f"cedulas/{rid(c.rng)}.jpg"}
            },
            "SimilarityThreshold": 90,
            "QualityFilter": "AUTO",
        },
        ctype="application/x-amz-json-1.1",
    )
    b.bio("face_image", "body.json.SourceImage.Bytes (CompareFaces)")
    b.ok_json({"FaceMatches": [{"Similarity": rf(c.rng, 90, 99.9, 2)}], "UnmatchedFaces": []})
    return b.build()


def incode_face(c: Context) -> Flow:
    url = "https://saas-api.incodesmile.com/omni/add/face/third-party?imageType=selfie"
    b = FB(c, "incode", "POST", url)
    b.header("api-version", "1.0")
    b.header("x-api-key", "bandino-cl-" + rid(c.rng)[:8])
    b.header("x-incode-hardware-id", b64(rid(c.rng))[:48])
    b.decoy("x-incode-hardware-id carries a session token, not a device id")
    b.json({"base64Image": _jpeg_b64(c)})
    b.bio("face_image", "body.json.base64Image (omni add face)")
    b.ok_json({"confidence": 0, "isBright": True, "hasLenses": False})
    return b.build()


def resultado_facial(c: Context) -> Flow:
    """The app sends on what the on-device face check found."""
    b = _b(c, "POST", "/onboarding/v2/biometria/resultado")
    b.json(
        {
            "sesion": rid(c.rng),
            "rostro": {
                "edad_estimada": c.rng.randint(24, 34),
                "genero_estimado": "F",
                "pose": {
                    "yaw": rf(c.rng, -8, 8, 2),
                    "pitch": rf(c.rng, -6, 6, 2),
                    "roll": rf(c.rng, -3, 3, 2),
                },
                "ojos_abiertos": rf(c.rng, 0.8, 1.0, 3),
                "puntos_referencia": points(c.rng, 68),
            },
            "vivacidad": {"score": rf(c.rng, 0.9, 1.0, 3), "resultado": "vivo"},
        }
    )
    b.bio("face_analysis", "body.json.rostro")
    b.ok_json({"estado": "aprobado"})
    return b.build()


def opaque_bio(c: Context) -> Flow:
    bnd = "----" + rid(c.rng).replace("-", "")[:24]
    body = multipart(
        bnd,
        [
            ("s", None, None, rid(c.rng).encode()),
            ("p", "blob.bin", "application/octet-stream", c.rng.randbytes(1500)),
        ],
    )
    b = _b(c, "POST", "/onboarding/v2/cap")
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("face_capture_encrypted", "body.multipart.p (encrypted blob)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def riesgo(c: Context) -> Flow:
    b = _b(c, "POST", "/seguridad/v1/dispositivo/evaluar")
    b.json(
        {
            "huellaDispositivo": b.made("banco_fp", "body.json.huellaDispositivo"),
            "androidId": b.id("aid_banco", where="body.json.androidId"),
            "rooteado": False,
            "emulador": False,
            "rut": b.acct("banco_user"),
        }
    )
    b.ok_json({"riesgo": "bajo"})
    return b.build()


def saldo(c: Context) -> Flow:
    b = _b(c, "GET", "/cuentas/v1/resumen")
    b.ok_json(
        {
            "cuentas": [{"tipo": "corriente", "saldo": c.rng.randint(10000, 2000000)}],
            "traza": rid(c.rng),
        }
    )
    b.decoy("account balance with trace id")
    return b.build()


def cotizaciones(c: Context) -> Flow:
    b = _b(c, "GET", "/mercado/v1/indicadores?serie=uf,dolar&dias=30")
    b.ok_json(
        {
            "uf": [rf(c.rng, 37000, 38000, 2) for _ in range(30)],
            "dolar": [rf(c.rng, 900, 990, 2) for _ in range(30)],
        }
    )
    b.decoy("price series")
    return b.build()


def transferencia(c: Context) -> Flow:
    b = _b(c, "POST", "/transferencias/v1")
    b.json(
        {"monto": c.rng.randint(5000, 300000), "destino": "Cuenta RUT", "idempotencia": rid(c.rng)}
    )
    b.ok_json({"comprobante": f"TRF{c.rng.randint(10**11, 10**12)}"})
    b.decoy("transfer with order number")
    return b.build()


def selfie_reuse_form(c: Context) -> Flow:
    b = _b(c, "POST", "/onboarding/v2/datos-personales")
    b.json({"nombres": "Valentina", "sexo": "F", "nacionalidad": "CL", "fecha": iso(c)})
    b.ok_json({"ok": True})
    b.decoy("self-declared sex on sign-up form")
    return b.build()
