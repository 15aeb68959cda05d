"""Banco Douro: her bank's app. Logging in to approve a transfer above the limit
asks for a face check: a selfie burst goes to the bank's liveness service, the
app's on-device model sends a face template, and the hardened build wraps the
liveness bundle in an encrypted envelope (opaque). Device binding sends the
app's ANDROID_ID and its install id; the fraud header carries an MD5 of the
ANDROID_ID. Balances, movements, rates and the branch map are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.bancodouro.example"
UA = ua("BancoDouro", "9.2.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bancodouro", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _bound(c: Context, method: str, url: str) -> FB:
    """A call from the device-bound session: the install id rides in a header."""
    b = _b(c, method, url)
    b.header("x-bd-installation", b.id("banco_install", where="header x-bd-installation"))
    return b


def selfie_liveness(c: Context) -> Flow:
    b = _bound(c, "POST", f"{API}/v2/biometria/prova-de-vida")
    b.bio("selfie", "multipart selfie_1..3 (face images for liveness and matching)")
    boundary = "----bd" + rid(c.rng).replace("-", "")[:16]
    meta = b'{"desafio":"piscar_olhos","camara":"frontal","operacao":"transferencia"}'
    parts = [("metadados", None, "application/json", meta)]
    parts += [
        (f"selfie_{i}", f"selfie_{i}.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800))
        for i in (1, 2, 3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"vivacidade": "aprovada", "semelhanca": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _bound(c, "POST", f"{API}/v2/biometria/verificacao-facial")
    b.bio("face_embedding", "json template_facial (base64 float32, 128-d face template)")
    b.json(
        {
            "modelo": "bd-face-3.2",
            "template_facial": floats_b64(floats(c.rng, 128)),
            "qualidade": rf(c.rng, 0.6, 1, 2),
            "pose_cabeca": {"yaw": rf(c.rng, -10, 10, 1), "pitch": rf(c.rng, -8, 8, 1)},
        }
    )
    b.ok_json({"resultado": "match", "token_operacao": rid(c.rng)})
    return b.build()


def liveness_envelope(c: Context) -> Flow:
    b = _bound(c, "POST", f"{API}/v2/sec/env")
    b.bio("selfie", "json e: encrypted liveness bundle (face frames inside)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(600))
    b.json({"e": b64(blob), "k": c.rng.randint(1, 4), "n": b64(rid(c.rng)[:12])})
    b.ok_json({"r": "ok"})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dispositivos/associar")
    b.json(
        {
            "androidId": b.id("aid_banco", where="json androidId"),
            "instalacao": b.id("banco_install", where="json instalacao"),
            "modelo": "SM-A546B",
            "cliente": b.acct("banco_user"),
        }
    )
    b.ok_json({"associado": True})
    return b.build()


def fraud_header(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/sessao/renovar")
    b.header("x-dfp", b.id("aid_banco", "md5", "header x-dfp (md5 of ANDROID_ID)", False))
    b.ok_json({"expira_em": 900})
    return b.build()


def movements(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/contas/principal/movimentos?dias=30")
    b.decoy("account movements: amounts and a balance series")
    b.ok_json(
        {
            "movimentos": [
                {
                    "data": iso(c),
                    "descricao": c.rng.choice(["PINGO DOCE", "CP COMBOIOS", "MB WAY", "EDP"]),
                    "valor": rf(c.rng, -120, 40, 2),
                }
                for _ in range(10)
            ],
            "saldo_serie": [rf(c.rng, 800, 2400, 2) for _ in range(30)],
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/cambios?moedas=USD,GBP,BRL")
    b.decoy("exchange-rate series (float vectors, not biometric)")
    b.ok_json({m: [rf(c.rng, 0.8, 6, 4) for _ in range(20)] for m in ("USD", "GBP", "BRL")})
    return b.build()


def mbway_transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/mbway/transferencias")
    b.decoy("transfer to a phone number (an account, not a device id)")
    b.json(
        {
            "destino": "+3519" + str(c.rng.randint(10**7, 10**8 - 1)),
            "valor": rf(c.rng, 5, 200, 2),
            "descricao": "jantar",
            "idempotencia": rid(c.rng),
            "ts": ms(c),
        }
    )
    b.ok_json({"estado": "requer_verificacao_facial"})
    return b.build()


def branches(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/balcoes?lat={rf(c.rng, 38.6, 41.2, 3)}&lon=-8.6")
    b.decoy("branch locator coordinates")
    b.ok_json(
        {
            "balcoes": [
                {"nome": n, "lat": rf(c.rng, 38.6, 41.2, 5), "lon": rf(c.rng, -9.3, -8.4, 5)}
                for n in ("Boavista", "Baixa", "Campo de Ourique")
            ],
            "gerado": iso(c),
        }
    )
    return b.build()
