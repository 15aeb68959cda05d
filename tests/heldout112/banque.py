"""Banque Rhône Directe: her personal bank, logging in with her face.

The bank runs a FaceTec-style 3D liveness server itself: the app posts the
`faceScan` and an `auditTrailImage` of her face to `/liveness-3d` and
`/match-3d-3d` against her enrolled face map (biometric). A newer app build
wraps the whole face-login request in a JWE under `p` (encrypted: opaque).
The device binding sends the app's binding id and ANDROID_ID. Cheque deposit
OCR boxes, the accounts list and the card controls are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, b64url, fake_jpeg

from .phone import FB, iso, rf, rid, ua

API = "https://api.banque-rhone.example"
UA = ua("BanqueRhoneDirecte", "6.3.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "banque", method, url)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b


def _scan(c: Context, n: int) -> str:
    return b64(bytes(c.rng.getrandbits(8) for _ in range(n)))


def device_binding(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v3/appareil/lier")
    b.json(
        {
            "bindingId": b.id("bank_binding", where="json bindingId"),
            "androidId": b.id("aid_banque", where="json androidId"),
            "clientNumber": b.acct("bank_client"),
            "modele": "SM-A546B",
            "rooted": False,
        }
    )
    b.ok_json({"statut": "LIE", "expire": iso(c)})
    return b.build()


def face_liveness(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/facetec/liveness-3d")
    b.bio("face_image", "json faceScan + auditTrailImage (her face, liveness)")
    b.header("x-facetec-sdk", "9.7.38")
    b.json(
        {
            "faceScan": _scan(c, 600),
            "auditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": _scan(c, 80)})
    return b.build()


def face_match(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/facetec/match-3d-3d")
    b.bio("face_template", "json faceScan matched to externalDatabaseRefID's face map")
    b.json(
        {
            "faceScan": _scan(c, 600),
            "externalDatabaseRefID": "brd_" + b.acct("bank_client"),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "matchLevel": c.rng.choice([10, 12, 15])})
    return b.build()


def face_login_encrypted(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v4/s")
    b.bio("face_template", "json p (JWE around the face scan: encrypted)", detectable=False)
    header = b64url('{"alg":"RSA-OAEP-256","enc":"A256GCM","kid":"brd-2024"}')
    parts = [header] + [
        b64url(bytes(c.rng.getrandbits(8) for _ in range(n))) for n in (256, 12, 900, 16)
    ]
    b.json({"p": ".".join(parts)})
    b.ok_json({"t": new_hex(c.rng, 64)})
    return b.build()


def accounts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/comptes/v2/synthese")
    b.decoy("account numbers and balances (accounts, not devices)")
    b.ok_json(
        {
            "comptes": [
                {
                    "iban": "FR76 1027 8073 " + new_hex(c.rng, 4).upper(),
                    "solde": rf(c.rng, -200, 9000, 2),
                },
                {"libelle": "Compte pro cabinet", "solde": rf(c.rng, 1000, 30000, 2)},
            ]
        }
    )
    return b.build()


def cheque_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/remise-cheque/v1/analyse")
    b.decoy("cheque OCR boxes (OCR, not biometric)")
    b.json(
        {
            "image": b64(fake_jpeg(c.rng.randint(0, 10**9), 400)),
            "zones": [
                {
                    "champ": f,
                    "box": [c.rng.randint(0, 800) for _ in range(4)],
                    "conf": rf(c.rng, 0.7, 1, 2),
                }
                for f in ("montant", "ordre", "cmc7")
            ],
        }
    )
    b.ok_json({"montant": rf(c.rng, 25, 90, 2), "statut": "A_VALIDER"})
    return b.build()
