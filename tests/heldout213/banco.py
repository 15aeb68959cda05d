"""Banco Capibaribe: a Pix bank app with face login (the father's Galaxy in Recife),
and the gov.br-like "Conta Cidadã" app's proof-of-life selfie on the same phone.

Onboarding runs selfie KYC with unico check: the app sends the selfie as a
base64 JPEG (`imagebase64`) with the subject's CPF and name to the process
endpoint (unico check API, `POST /processes/v1`, docs at devcenter.unico.io);
the document's back side goes to the same vendor (no face on it). Face login
sends a 512-float face template (`templateFacial`) with a liveness score; a
newer build uploads its liveness frames as nameless multipart parts. Binding
the phone sends the ANDROID_ID, the IMEI (the anti-fraud SDK reads it on this
Android 14 build as a device-owner app would), the advertising id and the
bank's own device UUID. A balance call carries a sha256 of the ANDROID_ID in a
header named `x-t`. Pix transfers, the self-declared `genero` on the KYC form,
the profile avatar and the statement are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.bancocapibaribe.example"
UNICO = "https://api.unico.io/client/v1"
GOV = "https://api.contacidada.example"
UA = ua("BancoCapibaribe", "7.12.0", "pai")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bancocapibaribe", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def _unico(c: Context) -> FB:
    b = FB(c, "unico", "POST", f"{UNICO}/processes/v1")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("apikey", new_hex(c.rng, 32))
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def vincular_aparelho(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/seguranca/vincular-aparelho")
    b.json(
        {
            "androidId": b.id("aid_banco", where="json androidId"),
            "imei": b.id("imei_pai", where="json imei"),
            "idPublicidade": b.id("gaid_pai", where="json idPublicidade"),
            "deviceUuid": b.id("banco_device_uuid", where="json deviceUuid"),
            "modelo": "SM-A346M",
            "root": False,
        }
    )
    b.ok_json({"vinculado": True, "tokenEnviadoPorSms": True})
    return b.build()


def unico_selfie(c: Context) -> Flow:
    b = _unico(c)
    b.bio("face_image", "json imagebase64 (selfie, unico check process)")
    b.json(
        {
            "subject": {"code": b.acct("banco_cpf"), "name": "José Carlos da Silva"},
            "onlySelfie": True,
            "imagebase64": "data:image/jpeg;base64," + _jpeg(c),
        }
    )
    b.ok_json({"id": rid(c.rng), "status": 1})
    return b.build()


def unico_documento_verso(c: Context) -> Flow:
    b = FB(c, "unico", "POST", f"{UNICO}/documents/v1")
    b.header("user-agent", "okhttp/4.12.0")
    b.decoy("ID document back side (no face)")
    b.json(
        {
            "subject": {"code": b.acct("banco_cpf")},
            "documentType": "RG_VERSO",
            "imagebase64": _jpeg(c),
        }
    )
    b.ok_json({"id": rid(c.rng), "status": 1})
    return b.build()


def login_facial(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/autenticacao/facial")
    b.bio("face_template", "json templateFacial (512 float32, base64) + vivacidade")
    b.json(
        {
            "cpf": b.acct("banco_cpf"),
            "templateFacial": floats_b64(floats(c.rng, 512)),
            "vivacidade": rf(c.rng, 0.9, 0.999, 3),
            "versaoModelo": "fn-512-v3",
        }
    )
    b.ok_json({"autenticado": True, "sessao": new_hex(c.rng, 32)})
    return b.build()


def login_facial_snake(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/biometria/verificar")
    b.bio("face_embedding", "json embedding_rosto (128 floats)")
    b.json({"embedding_rosto": floats(c.rng, 128), "score_vivacidade": rf(c.rng, 0.9, 0.99, 3)})
    b.ok_json({"ok": True})
    return b.build()


def quadros_opacos(c: Context) -> Flow:
    """Liveness frames as nameless multipart parts to a short path."""
    bnd = "----" + new_hex(c.rng, 16)
    b = _b(c, "POST", f"{API}/v3/u/2")
    b.bio("face_image", "multipart parts p0..p2 (jpeg frames, no names)", detectable=False)
    parts = [
        (f"p{i}", f"{i}.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(3)
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"r": 1})
    return b.build()


def gov_prova_de_vida(c: Context) -> Flow:
    b = FB(c, "contacidada", "POST", f"{GOV}/v1/prova-de-vida/selfie")
    b.header("user-agent", ua("ContaCidada", "4.6.1", "pai"))
    b.bio("face_image", "json fotoSelfie (proof-of-life selfie)")
    b.json({"cpf": b.acct("banco_cpf"), "fotoSelfie": _jpeg(c), "dataHora": iso(c)})
    b.ok_json({"situacao": "EM_ANALISE"})
    return b.build()


def saldo_opaco(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/contas/saldo")
    b.header("x-t", b.id("aid_banco", "sha256", "header x-t", detectable=False))
    b.ok_json({"saldo": rf(c.rng, 10, 20000, 2), "moeda": "BRL"})
    return b.build()


def pix(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/pix/transferir")
    b.json(
        {
            "chave": "loja@example.com.br",
            "valor": rf(c.rng, 5, 900, 2),
            "descricao": "açaí",
            "idempotencia": rid(c.rng),
        }
    )
    b.ok_json({"e2eId": "E" + new_hex(c.rng, 31).upper(), "status": "CONCLUIDA"})
    return b.build()


def extrato(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/contas/extrato?dias=30")
    b.ok_json(
        {
            "lancamentos": [
                {"valor": rf(c.rng, -500, 500, 2), "descricao": "PIX RECEBIDO"} for _ in range(4)
            ]
        }
    )
    return b.build()


def cadastro(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/cliente/dados")
    b.decoy("KYC form: self-declared genero, data_nascimento")
    b.json(
        {
            "nome": "José Carlos da Silva",
            "genero": "masculino",
            "data_nascimento": "1968-04-12",
            "cidade": "Recife",
            "profissao": "comerciante",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/cliente/foto-perfil")
    b.decoy("profile avatar upload (no face analysis)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://img.bancocapibaribe.example/a/{new_hex(c.rng, 12)}.jpg"})
    return b.build()
