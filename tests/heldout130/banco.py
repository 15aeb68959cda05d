"""Banco Carambola: a digital bank. Opening an account runs idwall's SDK (document
forensics, then a selfie sent to its face match), and signing in on a new phone
runs a FaceTec-style 3D liveness check whose `faceScan` and audit-trail images
go to the bank's own server. A device-binding call names the phone
(`dispositivo`), the anti-fraud SDK sends only an MD5 of the ANDROID_ID under
`h`, and a newer build sends the liveness result encrypted (opaque). The phone
insurance the bank sells asks for the phone's IMEI and serial (typed from
*#06# and the settings screen): identifiers of the tester's own phone. Pix
transfers, the statement and the document OCR are not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.bancocarambola.example"
UA = ua("Carambola", "12.8.0")
IDWALL = "https://api-v2.idwall.co"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "carambola", method, url)
    b.header("user-agent", UA)
    b.header("x-correlation-id", rid(c.rng))
    return b


def liveness_3d(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/biometria/v1/liveness-3d")
    b.bio("face_scan", "json faceScan / auditTrailImage (3D liveness)")
    b.json(
        {
            "sessionId": rid(c.rng),
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
            "auditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
            "agencia": "0001",
            "conta": b.acct("banco_conta"),
        }
    )
    b.ok_json({"wasProcessed": True, "success": True, "scanResultBlob": b64(rid(c.rng))})
    return b.build()


def idwall_selfie(c: Context) -> Flow:
    b = FB(c, "idwall", "POST", f"{IDWALL}/sdk/v2/flows/{rid(c.rng)}/selfie")
    b.header("user-agent", "idwall-sdk-android/4.6.1 " + UA)
    b.bio("face_image", "multipart selfie (face match)")
    boundary = "idw" + rid(c.rng).replace("-", "")[:20]
    body = multipart(
        boundary,
        [
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
            ("tipo", None, None, b"SELFIE_LIVENESS"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"status": "PROCESSANDO", "numero": rid(c.rng)})
    return b.build()


def idwall_documento(c: Context) -> Flow:
    b = FB(c, "idwall", "POST", f"{IDWALL}/sdk/v2/flows/{rid(c.rng)}/documentoscopia")
    b.header("user-agent", "idwall-sdk-android/4.6.1 " + UA)
    b.decoy(
        "ID card (CNH) front for document forensics and OCR: a document image, not a "
        "face capture; the face match runs on the selfie flow (choice)"
    )
    b.json({"tipo": "CNH", "frente": b64(fake_jpeg(c.rng.randint(0, 10**9), 600))})
    b.ok_json(
        {
            "ocr": {
                "nome": "ANA BEATRIZ SOUZA",
                "cpf": b.acct("cpf"),
                "caixas": [[12, 40, 300, 62], [12, 80, 220, 99]],
            }
        }
    )
    return b.build()


def liveness_cifrado(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/bx")
    b.bio("face_scan", "json p (AES-encrypted liveness capture)", detectable=False)
    b.json({"k": "v3", "p": b64(bytes(c.rng.getrandbits(8) for _ in range(1200)))})
    b.ok_json({"r": 0})
    return b.build()


def dispositivo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/seguranca/v1/dispositivo/vincular")
    b.json(
        {
            "dispositivo": {
                "android_id": b.id("aid_banco", where="json dispositivo.android_id"),
                "modelo": "moto g84 5G",
                "so": "Android 14",
                "root": False,
                "impressao_digital_aparelho": b.id(
                    "banco_fingerprint",
                    where="json dispositivo.impressao_digital_aparelho (device fingerprint "
                    "hash from the anti-fraud SDK, not a finger)",
                ),
            },
            "cpf": b.acct("cpf"),
        }
    )
    b.ok_json({"vinculado": True, "token_dispositivo": rid(c.rng)})
    return b.build()


def antifraude_hash(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/af/c")
    b.json(
        {
            "h": b.id("aid_banco", "md5", "json h (MD5 of ANDROID_ID)", detectable=False),
            "t": int(c.now),
            "n": c.rng.randint(1, 9),
        }
    )
    b.ok_json({"s": 0})
    return b.build()


def seguro_celular(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/seguros/v1/celular/cotacao")
    b.json(
        {
            "aparelho": {
                "marca": "Motorola",
                "modelo": "moto g84 5G",
                "imei": b.id("phone_imei", where="json aparelho.imei"),
                "numero_serie": b.id("phone_serial", where="json aparelho.numero_serie"),
                "valor_nota": 1899.0,
            },
            "cobertura": "roubo_furto",
        }
    )
    b.ok_json({"premio_mensal": rf(c.rng, 19, 45, 2), "cotacao": "COT" + rid(c.rng)[:8]})
    return b.build()


def pix(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/pix/v2/transferencias")
    b.decoy("Pix transfer: end-to-end id and key (payment ids)")
    b.json(
        {
            "valor": rf(c.rng, 5, 500, 2),
            "chave": "+5581998" + str(c.rng.randint(10**5, 10**6)),
            "idempotencia": rid(c.rng),
        }
    )
    b.ok_json({"endToEndId": "E18236120" + iso(c)[:10].replace("-", "") + rid(c.rng)[:11]})
    return b.build()


def extrato(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/conta/v1/extrato?dias=30")
    b.decoy("statement: a series of amounts")
    b.ok_json(
        {
            "lancamentos": [
                {"data": iso(c)[:10], "valor": rf(c.rng, -300, 300, 2), "descricao": "PIX"}
                for _ in range(8)
            ]
        }
    )
    return b.build()
