"""Digital bank "Banco Ágil" (Brazil and Mexico, Nubank-like), Portuguese/Spanish keys.

Look-alikes: balances, statements, Pix transfers, CDI yield series, card limits,
installment purchases (parcelas), the login PIN pad layout.
Sensitive: the FaceTec 3D liveness / enrollment the bank proxies to its FaceTec
Server (dev.facetec.com API: POST /enrollment-3d and /liveness-3d with faceScan,
auditTrailImage, lowQualityAuditTrailImage, externalDatabaseRefID; headers
X-Device-Key and X-User-Agent), and the phone-banking voice-ID enrolment
(voiceprint from three spoken passphrases, the bank's own API).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, jsb, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.bancoagil.com.br"
UA = ua("BancoAgil", "2024.44.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bancoagil", method, url)
    b.header("user-agent", UA)
    b.header("x-correlation-id", rid(c.rng))
    return b


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/conta/saldo")
    b.ok_json(
        {
            "saldo": rf(c.rng, 10, 9000, 2),
            "rendimento_cdi_30d": [rf(c.rng, 0.03, 0.05, 4) for _ in range(30)],
            "atualizado_em": iso(c),
        }
    )
    b.decoy("balance and a daily yield series")
    return b.build()


def statement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/conta/extrato")
    b.param("pagina", str(c.rng.randint(1, 4)))
    b.ok_json(
        {
            "lancamentos": [
                {
                    "data": iso(c)[:10],
                    "descricao": c.rng.choice(
                        ["Pix recebido", "Comeja*Pedido", "Viajaya repasse", "Posto Shell"]
                    ),
                    "valor": rf(c.rng, -300, 600, 2),
                    "parcela": f"{c.rng.randint(1, 3)}/{c.rng.choice([3, 6])}",
                }
                for _ in range(8)
            ]
        }
    )
    b.decoy("statement rows with installments")
    return b.build()


def pix(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/pix/transferencias")
    b.json(
        {
            "valor": rf(c.rng, 5, 400, 2),
            "chave": "+55119" + str(c.rng.randint(10**7, 10**8)),
            "tipo_chave": "telefone",
            "idempotency_key": rid(c.rng),
            "descricao": "aluguel moto",
        }
    )
    b.ok_json({"e2e_id": "E" + str(c.rng.randint(10**30, 10**31)), "status": "CONCLUIDA"})
    b.decoy("Pix transfer with end-to-end id and idempotency key")
    return b.build()


def card_limit(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cartao/limite")
    b.ok_json(
        {
            "limite_total": 3500,
            "disponivel": rf(c.rng, 0, 3500, 2),
            "fatura_historico": [rf(c.rng, 200, 3000, 2) for _ in range(12)],
            "face_value": None,
            "bandeira": "mastercard",
        }
    )
    b.decoy("card limit and bill history")
    return b.build()


def facetec(c: Context) -> Flow:
    kind = c.rng.choice(["enrollment-3d", "liveness-3d", "enrollment-3d"])
    b = _b(c, "POST", f"https://facetec.bancoagil.com.br/{kind}")
    b.header("x-device-key", "d" + rid(c.rng).replace("-", "")[:31])
    b.header("x-user-agent", "facetec|sdk|android|br.com.bancoagil|9.7.21|SM-A546E|14")
    scan = bytes(c.rng.getrandbits(8) for _ in range(900))
    body = {
        "faceScan": b64(scan),
        "auditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
        "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
        "sessionId": rid(c.rng),
    }
    if kind == "enrollment-3d":
        body["externalDatabaseRefID"] = "agil_" + str(c.rng.randint(10**8, 10**9))
    b.json(body)
    b.bio("face_scan", f"body faceScan + auditTrailImage ({kind})")
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(bytes(40))})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/biometria/voz/cadastro")
    bnd = "----agil" + rid(c.rng).replace("-", "")[:16]
    meta = {
        "frase": "minha voz é minha senha",
        "amostra": c.rng.randint(1, 3),
        "taxa_amostragem": 16000,
    }
    parts = [
        ("meta", None, "application/json", jsb(meta)),
        ("audio", "amostra.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 1000)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("voiceprint", "multipart voice-ID enrolment sample (biometria/voz/cadastro)")
    b.ok_json({"status": "amostra_recebida", "faltam": 3 - meta["amostra"]})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/biometria/voz/verificar")
    b.json(
        {
            "locutor_ref": "vp_" + str(c.rng.randint(10**6, 10**7)),
            "impressao_vocal": b64(bytes(c.rng.getrandbits(8) for _ in range(256))),
            "modelo": "xvector-v2",
        }
    )
    b.bio("voiceprint", "body impressao_vocal: speaker embedding for verification")
    b.ok_json({"mesmo_locutor": True, "score": rf(c.rng, 0.6, 0.99, 3)})
    return b.build()
