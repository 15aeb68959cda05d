"""PagaJá : a Pix payments app with device binding and selfie liveness.

Liveness through FaceTec's server REST API (FaceTec Server REST API docs and
the FaceTec sample apps on GitHub: POST /liveness-3d and /match-3d-3d with
"faceScan", "auditTrailImage", "lowQualityAuditTrailImage", "sessionId",
"externalDatabaseRefID"; headers X-Device-Key, X-User-Agent). Device binding
is the bank's own API (IDFV, a binding key, an iOS App Attest style blob).
Decoys: Pix BR Code (EMV QR) payloads, end-to-end ids, balance series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, cfnet, iso, rf, rid

API = "https://api.pagaja-example.com.br"
FACETEC = "https://api.facetec.com/api/v3.1/biometrics"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pagaja", method, url)
    b.header("user-agent", cfnet("PagaJa", "612"))
    return b


def _facetec(c: Context, path: str) -> FB:
    b = FB(c, "facetec", "POST", f"{FACETEC}/{path}")
    b.header("x-device-key", "d" + new_hex(c.rng, 31))
    b.header("x-user-agent", "facetec|sdk|ios|com.pagaja.app|9.7.40|iPhone14,6|" + rid(c.rng))
    return b


def _scan(c: Context) -> str:
    return b64(bytes(c.rng.getrandbits(8) for _ in range(600)))


def liveness(c: Context) -> Flow:
    b = _facetec(c, "liveness-3d")
    b.json(
        {
            "faceScan": _scan(c),
            "auditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 500)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
            "sessionId": rid(c.rng),
        }
    )
    b.bio("face_scan", "json:faceScan/auditTrailImage")
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": _scan(c)[:80]})
    return b.build()


def match(c: Context) -> Flow:
    b = _facetec(c, "match-3d-3d")
    b.json(
        {
            "externalDatabaseRefID": "pj_" + b.acct("pix_user"),
            "faceScan": _scan(c),
            "auditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 500)),
            "sessionId": rid(c.rng),
        }
    )
    b.bio("face_scan", "json:faceScan (match-3d-3d)")
    b.ok_json({"success": True, "matchLevel": c.rng.randint(6, 15)})
    return b.build()


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/seguranca/prova-de-vida/resultado")
    b.json(
        {
            "transacao": rid(c.rng),
            "livenessScore": rf(c.rng, 0.9, 1.0, 4),
            "faceMatchScore": rf(c.rng, 0.8, 1.0, 4),
            "selfieHash": new_hex(c.rng, 64),
        }
    )
    b.bio("face_match", "json:livenessScore/faceMatchScore")
    b.ok_json({"aprovado": True})
    return b.build()


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dispositivos/vinculo")
    b.json(
        {
            "idDispositivo": b.id("idfv_pix", where="json:idDispositivo"),
            "chaveVinculo": b.id("pix_binding", where="json:chaveVinculo"),
            "attestation": b64(bytes(c.rng.getrandbits(8) for _ in range(120))),
            "modelo": "iPhone SE (3rd generation)",
            "jailbreak": False,
        }
    )
    b.ok_json({"vinculado": True, "validoAte": iso(c)})
    return b.build()


def bound_header(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/conta/saldo")
    b.header("x-device-id", b.id("idfv_pix", where="header:x-device-id"))
    b.decoy("balance series")
    b.ok_json(
        {"saldo": rf(c.rng, 10, 5000, 2), "ultimos7d": [rf(c.rng, 0, 900, 2) for _ in range(7)]}
    )
    return b.build()


def signed_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/seguranca/sinal")
    b.header(
        "x-sig", b.id("idfv_pix", "sha256_trunc32", "header:x-sig (hash of idfv)", detectable=False)
    )
    b.json({"t": iso(c), "n": new_hex(c.rng, 16)})
    b.no_content()
    return b.build()


def brcode(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/pix/qrcode/decodificar")
    b.decoy("Pix BR Code payload and txid")
    key = rid(c.rng)
    crc = new_hex(c.rng, 4).upper()
    emv = (
        f"00020126580014br.gov.bcb.pix0136{key}5204000053039865802BR"
        f"5913PADARIA SOL6009SAO PAULO62070503***6304{crc}"
    )
    b.json({"payload": emv})
    b.ok_json({"chave": key, "valor": rf(c.rng, 3, 90, 2), "txid": "***"})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/pix/transferencias")
    b.decoy("end-to-end id")
    e2e = "E" + new_digits(c.rng, 8) + "202411" + new_hex(c.rng, 15).upper()
    b.json({"valor": rf(c.rng, 5, 300, 2), "chaveDestino": "+5511" + new_digits(c.rng, 9)})
    b.ok_json({"endToEndId": e2e, "status": "CONCLUIDA"})
    return b.build()
