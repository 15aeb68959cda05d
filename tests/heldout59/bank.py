"""Banco Jabuti: a Brazilian digital bank whose onboarding and high-value Pix
transfers ask for a selfie through unico check (ex-Acesso Digital).

unico's capture SDK returns an object with the selfie as `base64` and an
`encrypted` payload, which the app must forward to its backend, which calls
unico's API (developer.unico.io API reference; unico check SDK docs,
github.com/mrcsvg/unico-stage docs/intro.md: "After a successful capture, our
SDK will return an object that must be sent to our REST APIs"). The legacy
Acesso v3 API takes `subject` {Code: CPF, Name} and `imagebase64`
(www3.acesso.io/identity/services/v3/docs). Some app versions send only the
`encrypted` blob under a bare key. The bank's device check puts the ANDROID_ID
in a cookie and in a header. Statements, Pix keys, QR codes and transaction
ids are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, jwt

from .phone import FB, iso, rf, rid, ua

API = "https://api.bancojabuti.com.br"
UA = ua("BancoJabuti", "9.12.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bancojabuti", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + jwt({"sub": "cli", "n": rid(c.rng)}))
    return b


def _img(c: Context) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), 700))


def selfie_unico(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/onboarding/v2/biometria/selfie")
    b.bio("face_image", "json selfie.base64 (unico check capture)")
    b.json(
        {
            "selfie": {
                "base64": "data:image/jpeg;base64," + _img(c),
                "encrypted": new_hex(c.rng, 96),
            },
            "origem": "unico-check",
            "etapa": c.rng.choice(["abertura_conta", "pix_limite"]),
        }
    )
    b.ok_json({"processoId": rid(c.rng), "status": "EM_ANALISE"})
    return b.build()


def acesso_process(c: Context) -> Flow:
    b = FB(
        c, "unico", "POST", "https://crediario.acesso.io/services/v3/AcessoService.svc/processes"
    )
    b.header("user-agent", UA)
    b.header("x-apikey", new_hex(c.rng, 32))
    b.bio("face_image", "json imagebase64 to unico/Acesso processes")
    b.json(
        {
            "subject": {"Code": b.acct("cpf"), "Name": "RAFAELA NOGUEIRA"},
            "onlySelfie": True,
            "imagebase64": _img(c),
        }
    )
    b.ok_json({"Id": rid(c.rng), "Status": 1})
    return b.build()


def selfie_encrypted_only(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/onboarding/v2/etapas/3")
    b.bio("face_image", "json payload (unico encrypted selfie, opaque)", detectable=False)
    b.json({"payload": b64(new_hex(c.rng, 300)), "v": 3})
    b.ok_json({"proximaEtapa": 4})
    return b.build()


def device_check(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/seguranca/v1/dispositivo/confiavel")
    aid = b.id("aid_banco", where="cookie jbt_did")
    b.header("cookie", f"jbt_sess={new_hex(c.rng, 24)}; jbt_did={aid}")
    b.header("x-device-id", b.id("aid_banco", where="header x-device-id"))
    b.ok_json({"confiavel": True})
    return b.build()


def extrato(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/conta/v1/extrato?dias=30")
    b.decoy("statement with end-to-end Pix ids and amounts")
    b.ok_json(
        {
            "lancamentos": [
                {
                    "e2eId": "E" + new_hex(c.rng, 31).upper(),
                    "valor": rf(c.rng, -900, 900, 2),
                    "data": iso(c),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def pix_qr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/pix/v1/qrcode/decodificar")
    b.decoy("Pix copia-e-cola payload with txid")
    b.json(
        {
            "brcode": "00020126580014br.gov.bcb.pix0136"
            + rid(c.rng)
            + "5204000053039865802BR5913PADARIA BOA6009SAO PAULO62070503***6304"
            + new_hex(c.rng, 4).upper()
        }
    )
    b.ok_json({"txid": new_hex(c.rng, 25), "valor": rf(c.rng, 5, 80, 2)})
    return b.build()


def cadastro(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/onboarding/v2/dados")
    b.decoy("self-declared gender and birth date on sign-up form")
    b.json(
        {
            "nomeCompleto": "Rafaela Nogueira",
            "genero": "feminino",
            "dataNascimento": "1994-03-17",
            "email": b.id("email", where="json email"),
            "rendaMensal": 5200,
        }
    )
    b.ok_json({"ok": True})
    return b.build()
