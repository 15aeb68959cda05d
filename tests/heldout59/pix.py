"""Pixa: a Pix wallet that verifies identity with idwall and CAF (Combate à
Fraude), and keeps a face template for payment confirmation.

- idwall: document OCR (`/relatorios` with `matriz` and `parametros`, idwall API
  v2 docs at docs.idwall.co) and the idwall SDK's selfie upload (multipart
  `selfie`), our reading of the SDK's flow.
- CAF: the PassiveFaceLiveness SDK takes a `mobileToken` and `personId` (CPF)
  (pub.dev/packages/new_face_liveness, CAF docs) and posts the captured face
  image for liveness; the app then opens a CAF transaction with `templateId`
  and `files` [{type: SELFIE}] (CAF "transactions" API).
- The wallet's own backend stores `templateFacial` (512 float32, base64) for
  later payment confirmation. The trusted-device path carries the ANDROID_ID.
- The document back (no face), Pix limits and the QR of a shop are not
  biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, rf, rid, ua

API = "https://api.pixa.com.br"
UA = ua("Pixa", "4.6.3")


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    return b


def idwall_selfie(c: Context) -> Flow:
    b = _b(c, "idwall", "POST", f"https://sdk-api.idwall.co/v2/flows/{rid(c.rng)}/selfie")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.bio("face_image", "multipart selfie to idwall")
    bnd = "----idw" + new_hex(c.rng, 12)
    img = fake_jpeg(c.rng.randint(0, 10**9), 800)
    body = multipart(
        bnd, [("selfie", "selfie.jpg", "image/jpeg", img), ("tipo", None, None, b"LIVENESS")]
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"status": "PROCESSANDO"})
    return b.build()


def idwall_ocr_verso(c: Context) -> Flow:
    b = _b(c, "idwall", "POST", "https://api-v2.idwall.co/relatorios")
    b.header("authorization", new_hex(c.rng, 32))
    b.decoy("ID document back (no face) for OCR")
    b.json(
        {
            "matriz": "pixa_ocr_documento",
            "parametros": {"cpf_numero": b.acct("cpf"), "documento_verso": b64(fake_jpeg(7, 300))},
        }
    )
    b.ok_json({"result": {"numero": new_hex(c.rng, 12)}, "status_code": 200})
    return b.build()


def caf_liveness(c: Context) -> Flow:
    b = _b(c, "caf", "POST", "https://api.mobile.combateafraude.com/faces/passive-liveness")
    b.header("authorization", "mobileToken " + new_hex(c.rng, 48))
    b.bio("face_image", "json image to CAF passive face liveness")
    b.json({"personId": b.acct("cpf"), "image": b64(fake_jpeg(c.rng.randint(0, 10**9), 700))})
    b.ok_json({"isAlive": True, "token": rid(c.rng)})
    return b.build()


def caf_transaction(c: Context) -> Flow:
    b = _b(c, "caf", "POST", "https://api.combateafraude.com/v1/transactions?origin=TRUST")
    b.header("authorization", new_hex(c.rng, 40))
    b.bio("face_image", "json files[type=SELFIE].data (base64 face)")
    b.json(
        {
            "templateId": new_hex(c.rng, 24),
            "files": [
                {"type": "SELFIE", "data": b64(fake_jpeg(c.rng.randint(0, 10**9), 600))},
            ],
            "attributes": {"cpf": b.acct("cpf")},
        }
    )
    b.ok_json({"id": new_hex(c.rng, 24), "status": "PROCESSING"})
    return b.build()


def template_facial(c: Context) -> Flow:
    b = _b(c, "pixa", "POST", f"{API}/v1/biometria/template")
    b.bio("face_embedding", "json templateFacial (512 float32 base64)")
    b.json(
        {
            "templateFacial": floats_b64(floats(c.rng, 512)),
            "modelo": "arcface-r100",
            "criadoEm": rid(c.rng),
        }
    )
    b.ok_json({"salvo": True})
    return b.build()


def confirmar_pagamento(c: Context) -> Flow:
    b = _b(c, "pixa", "POST", f"{API}/v1/pix/confirmar")
    b.bio("face_embedding", "json conf.v (float list under bare keys)", detectable=False)
    b.json(
        {
            "valor": rf(c.rng, 200, 3000, 2),
            "chaveDestino": "+55119" + str(c.rng.randint(10**7, 10**8)),
            "conf": {"m": 2, "v": floats(c.rng, 128, 4)},
        }
    )
    b.ok_json({"e2eId": "E" + new_hex(c.rng, 31).upper()})
    return b.build()


def dispositivo_confiavel(c: Context) -> Flow:
    aid = ""
    b = _b(c, "pixa", "PUT", f"{API}/v1/dispositivos/PLACEHOLDER/confiar")
    aid = b.id("aid_pix", where="url path /dispositivos/{androidId}")
    b.base = f"{API}/v1/dispositivos/{aid}/confiar"
    b.json({"apelido": "motorola edge 40", "push": b.acct("push_token")})
    b.ok_json({"confiavel": True})
    return b.build()


def limites(c: Context) -> Flow:
    b = _b(c, "pixa", "GET", f"{API}/v1/pix/limites")
    b.ok_json({"diurno": 5000, "noturno": 1000, "usado": rf(c.rng, 0, 900, 2)})
    return b.build()


def qr_loja(c: Context) -> Flow:
    b = _b(c, "pixa", "GET", f"{API}/v1/pix/cobranca/{new_hex(c.rng, 26)}")
    b.decoy("Pix charge id")
    b.ok_json({"recebedor": "MERCADINHO SAO JOSE", "valor": rf(c.rng, 3, 150, 2)})
    return b.build()
