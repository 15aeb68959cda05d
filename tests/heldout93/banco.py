"""'Banco Atlântico', a bank with remote account opening and face liveness.

Vendors as their public APIs document them: Onfido live photos (POST
api.eu.onfido.com/v3.6/live_photos, multipart applicant_id + file +
advanced_validation: documentation.onfido.com), Veriff media (POST
stationapi.veriff.com/v1/sessions/{id}/media, JSON image{context:"face",
content: data-URI base64, timestamp}, X-AUTH-CLIENT / X-HMAC-SIGNATURE headers:
devdocs.veriff.com v1sessionsidmedia) and iProov enrolment from a photo (POST
eu.rp.secure.iproov.me/api/v2/claim/enrol/image, multipart api_key, secret,
user_id, rotation, source, image: iProov REST API v2 docs). Then the bank's own
backend receives the verdict and a face template ("resultadoBiometrico").
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

HOST = "https://mobile.bancoatlantico.pt"
UA = ua("BancoAtlantico", "9.4.0")


def onfido_live_photo(c: Context) -> Flow:
    bnd = "----OnfidoBoundary" + str(c.rng.randint(10**9, 10**10))
    b = FB(c, "onfido", "POST", "https://api.eu.onfido.com/v3.6/live_photos")
    b.header("authorization", "Token token=api_live_eu." + rid(c.rng).replace("-", "")[:24])
    b.header("user-agent", "onfido-android-sdk/19.2.0")
    parts = [
        ("applicant_id", None, None, rid(c.rng).encode()),
        ("advanced_validation", None, None, b"true"),
        ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 1200)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart file to /live_photos")
    b.ok_json({"id": rid(c.rng), "created_at": iso(c), "file_name": "selfie.jpg"}, 201)
    return b.build()


def veriff_media(c: Context) -> Flow:
    sid = rid(c.rng)
    b = FB(c, "veriff", "POST", f"https://stationapi.veriff.com/v1/sessions/{sid}/media")
    b.header("x-auth-client", rid(c.rng))
    b.header("x-hmac-signature", rid(c.rng).replace("-", "") * 2)
    ctxname = c.rng.choice(["face", "face-pre", "face-nfc"])
    img = "data:image/jpeg;base64," + b64(fake_jpeg(c.rng.getrandbits(32), 900))
    b.json({"image": {"context": ctxname, "content": img, "timestamp": iso(c)}})
    b.bio("face_image", "body.image.content with context face")
    b.ok_json({"status": "success", "image": {"context": ctxname, "id": rid(c.rng)}})
    return b.build()


def iproov_enrol(c: Context) -> Flow:
    bnd = "iproov" + str(c.rng.randint(10**6, 10**7))
    b = FB(c, "iproov", "POST", "https://eu.rp.secure.iproov.me/api/v2/claim/enrol/image")
    b.header("user-agent", UA)
    parts = [
        ("api_key", None, None, b"9f1c2e7a55b04d1f"),
        ("secret", None, None, b"3b7e99aa01c2"),
        ("user_id", None, None, b.acct("bank_user").encode()),
        ("rotation", None, None, b"0"),
        ("source", None, None, b"oid"),
        ("image", "ref.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 1000)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart image to iProov enrol")
    b.ok_json({"token": rid(c.rng), "success": True})
    return b.build()


def biometric_result(c: Context) -> Flow:
    b = FB(c, "banco", "POST", f"{HOST}/onboarding/v2/resultado-biometrico")
    b.header("user-agent", UA)
    b.header("x-dispositivo", b.id("aid_banco", where="header.x-dispositivo"))
    b.json(
        {
            "processo": rid(c.rng),
            "vivacidade": {"pontuacao": rf(c.rng, 0.85, 0.999), "aprovado": True},
            "comparacaoFacial": {"similaridade": rf(c.rng, 0.7, 0.99), "limiar": 0.72},
            "modeloFacial": floats_b64(floats(c.rng, 128)),
            "versaoModelo": "fm-arcface-r50-v3",
        }
    )
    b.bio("face_template", "body.modeloFacial with comparacaoFacial")
    b.ok_json({"estado": "APROVADO"})
    return b.build()


def liveness_opaque(c: Context) -> Flow:
    b = FB(c, "banco", "POST", f"{HOST}/sec/v1/pkt")
    b.header("user-agent", UA)
    blob = bytes(c.rng.getrandbits(8) for _ in range(512))
    b.set_body(blob, "application/octet-stream")
    b.bio("liveness_capture", "encrypted octet-stream", detectable=False)
    b.no_content()
    return b.build()


def device_binding(c: Context) -> Flow:
    b = FB(c, "banco", "POST", f"{HOST}/seguranca/associar-dispositivo")
    b.header("user-agent", UA)
    b.json(
        {
            "androidId": b.id("aid_banco", where="body.androidId"),
            "impressaoDigitalDispositivo": c.phone.bank_fp,
            "modelo": "Pixel 8a",
            "root": False,
            "cliente": b.acct("bank_user"),
        }
    )
    b.other_id("bank_fp", "body.impressaoDigitalDispositivo")
    b.ok_json({"associado": True})
    return b.build()


def account_form(c: Context) -> Flow:
    b = FB(c, "banco", "POST", f"{HOST}/onboarding/v2/dados-pessoais")
    b.header("user-agent", UA)
    b.json(
        {
            "nome": "Inês Medeiros",
            "sexo": c.rng.choice(["F", "M"]),
            "dataNascimento": "1991-04-17",
            "nacionalidade": "PT",
            "ilha": c.rng.choice(["São Miguel", "Terceira", "Madeira", "Faial"]),
            "profissao": "enfermeira",
        }
    )
    b.decoy("self-declared sex and birth date on a sign-up form")
    b.ok_json({"passo": 3})
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = FB(c, "banco", "GET", f"{HOST}/mercados/cambios", [("par", "EURUSD")])
    b.header("user-agent", UA)
    series = [[ms(c) - i * 3600000, rf(c.rng, 1.04, 1.12, 5)] for i in range(24)]
    b.ok_json({"serie": series, "idPedido": rid(c.rng)})
    b.decoy("exchange-rate series")
    return b.build()
