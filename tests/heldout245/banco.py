"""Banco Atlântico: her bank, with selfie login (a face-KYC vendor's SDK inside).

Login by selfie posts the face image to the bank's face API
(`selfie.imagem`, base64 JPEG, with a liveness score); enrolment sends the
face embedding (`rosto.embedding`, 512 floats); a newer build sends the login
template as protobuf packed floats. Device binding sends the ANDROID_ID, the
bank's device key and the advertising id; the balance call carries sha256 of
the ANDROID_ID in a header named `x-fp`.

Ordinary: MB WAY payments, IBAN transfers, the self-declared gender on the
profile form, the profile avatar (not sent to a face API), card freeze.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, pb_bytes, pb_packed_floats

from .phone import LB, floats, iso, ms, rf, rid, ua

API = "https://app.bancoatlantico.example"
UA = ua("BancoAtlantico", "8.2.0")


def _b(c: Context, method: str, url: str) -> LB:
    b = LB(c, "bancoatlantico", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _iban(c: Context) -> str:
    return "PT50" + "".join(str(c.rng.randint(0, 9)) for _ in range(21))


def associar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/dispositivo/associar")
    b.json(
        {
            "androidId": b.id("aid_banco", where="json androidId"),
            "chaveDispositivo": b.id("banco_device_key", where="json chaveDispositivo"),
            "advertisingId": b.id("gaid", where="json advertisingId"),
            "modelo": "SM-G736B",
            "root": False,
        }
    )
    b.ok_json({"associado": True})
    return b.build()


def login_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/autenticacao/selfie")
    b.bio("face_image", "json selfie.imagem (base64 JPEG to the face login API)")
    b.json(
        {
            "cliente": b.acct("banco_user"),
            "selfie": {
                "imagem": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
                "formato": "jpeg",
                "provaDeVida": rf(c.rng, 0.85, 0.99, 3),
            },
            "data": iso(c),
        }
    )
    b.ok_json({"autenticado": True, "semelhanca": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def inscricao_rosto(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/autenticacao/selfie/inscrever")
    b.bio("face_embedding", "json rosto.embedding (512 floats)")
    b.json(
        {
            "cliente": b.acct("banco_user"),
            "rosto": {"embedding": floats(c.rng, 512), "modelo": "fa-512-v3"},
        }
    )
    b.ok_json({"inscrito": True})
    return b.build()


def login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/a")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 512))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def saldo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/contas")
    b.header("x-fp", b.id("aid_banco", "sha256", "header x-fp", detectable=False))
    b.ok_json({"contas": [{"iban": _iban(c), "saldo": rf(c.rng, 100, 9000, 2), "moeda": "EUR"}]})
    return b.build()


def mbway(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/mbway/enviar")
    b.decoy("MB WAY payment to a phone number, payment reference")
    b.json(
        {
            "destino": "+3519" + str(c.rng.randint(10**7, 10**8)),
            "montante": rf(c.rng, 5, 80, 2),
            "descricao": "Jantar equipa oficina",
            "idempotencia": rid(c.rng),
        }
    )
    b.ok_json({"referencia": f"MBW{c.rng.randint(10**9, 10**10)}"})
    return b.build()


def transferencia(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/transferencias")
    b.decoy("IBANs and transfer reference")
    b.json(
        {
            "origem": _iban(c),
            "destino": _iban(c),
            "montante": rf(c.rng, 20, 700, 2),
            "descritivo": "Renda",
        }
    )
    b.ok_json({"referencia": f"TRF{c.rng.randint(10**9, 10**10)}", "estado": "PROCESSADA"})
    return b.build()


def perfil(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/perfil")
    b.decoy("self-declared gender and birth date")
    b.json(
        {
            "nome": "Helena Marques",
            "genero": "F",
            "dataNascimento": "1979-05-21",
            "concelho": "Lisboa",
            "nif": str(c.rng.randint(10**8, 3 * 10**8)),
        }
    )
    b.ok_json({"guardado": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/perfil/fotografia")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 500), "image/jpeg")
    b.ok_json({"url": f"https://cdn.bancoatlantico.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def movimentos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/movimentos?dias=30&t={ms(c)}")
    b.ok_json(
        {
            "movimentos": [
                {"descritivo": d, "valor": -rf(c.rng, 1, 90, 2)}
                for d in ("Pingo Doce", "Navegante", "Galp", "Continente")
            ]
        }
    )
    return b.build()
