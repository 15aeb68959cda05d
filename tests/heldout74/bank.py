"""The admin's own bank app: FaceTec 3-D face check for payments, plus banking decoys.

FaceTec: the SDK's session result is posted to the bank's FaceTec Server
(dev.facetec.com/api-guide: POST /liveness-3d, /enrollment-3d, /match-3d-3d
with faceScan, auditTrailImage, lowQualityAuditTrailImage, sessionId,
externalDatabaseRefID; headers X-Device-Key, X-User-Agent; sample servers in
public repos forward exactly these fields). A selfie re-check for a new payee
sends a face image to the bank's face-match API. Balances, transaction lists,
spending series, card controls and branch maps are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, rf, rid

BANK = "https://mobile.bainc-example.ie"


def _b(c: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "bank", method, f"{BANK}/{path}", params)
    b.header("user-agent", "BaincMobile/12.3.0 (Android 14; SM-S911B)")
    b.header("x-correlation-id", rid(c.rng))
    return b


def facetec_liveness(c: Context) -> Flow:
    path = c.rng.choice(["liveness-3d", "match-3d-3d", "enrollment-3d"])
    b = _b(c, "POST", f"facetec/{path}")
    b.header("x-device-key", "d" + new_hex(c.rng, 31))
    b.header(
        "x-user-agent",
        f"facetec|sdk|android|ie.bainc.mobile|{new_uuid(c.rng)}|SM-S911B|9.7.48|en_IE|en|{new_uuid(c.rng)}",
    )
    b.json(
        {
            "faceScan": b64(c.rng.randbytes(1500)),
            "auditTrailImage": b64(fake_jpeg(c.rng.randrange(10**9), 700)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.randrange(10**9), 300)),
            "sessionId": new_uuid(c.rng),
            "externalDatabaseRefID": b.acct("bank_user"),
        }
    )
    b.bio("face_scan", "body.faceScan + auditTrailImage (FaceTec 3-D face scan)")
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(c.rng.randbytes(60))})
    return b.build()


def selfie_match(c: Context) -> Flow:
    b = _b(c, "POST", "idv/v2/face-match")
    bnd = "----bainc" + new_hex(c.rng, 16)
    parts = [
        ("purpose", None, None, b"new_payee_stepup"),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randrange(10**9), 1400)),
        ("referenceId", None, None, b.acct("bank_user").encode()),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart selfie to face-match API")
    b.ok_json({"match": True, "similarity": rf(c.rng, 0.85, 0.99, 3)})
    return b.build()


def balances(c: Context) -> Flow:
    b = _b(c, "GET", "accounts/v1/balances")
    b.ok_json(
        {
            "accounts": [
                {
                    "iban": "IE29BAIN" + new_digits(c.rng, 14),
                    "available": rf(c.rng, 100, 9000, 2),
                    "currency": "EUR",
                }
            ]
        }
    )
    b.decoy("balances with IBAN")
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", "accounts/v1/transactions", [("from", iso(c)[:10]), ("size", "30")])
    b.ok_json(
        {
            "items": [
                {
                    "id": new_hex(c.rng, 16),
                    "amount": -rf(c.rng, 2, 120, 2),
                    "merchant": c.rng.choice(
                        ["Tesco", "Circle K", "Scannan Premium", "Irish Rail"]
                    ),
                    "bookedAt": iso(c),
                }
                for _ in range(12)
            ]
        }
    )
    b.decoy("transactions incl. a streaming subscription charge (a merchant name, not viewing)")
    return b.build()


def spending(c: Context) -> Flow:
    b = _b(c, "GET", "insights/v1/spending", [("months", "6")])
    b.ok_json(
        {
            "series": [
                {"month": f"2024-{m:02d}", "total": rf(c.rng, 800, 2500, 2)} for m in range(5, 11)
            ]
        }
    )
    b.decoy("monthly spending series")
    return b.build()


def card_freeze(c: Context) -> Flow:
    b = _b(c, "POST", f"cards/v1/{new_hex(c.rng, 12)}/freeze")
    b.json({"frozen": c.rng.random() < 0.5, "reason": "misplaced"})
    b.ok_json({"ok": True})
    b.decoy("card control")
    return b.build()


def face_settings(c: Context) -> Flow:
    b = _b(c, "GET", "security/v1/settings")
    b.ok_json(
        {
            "biometricLogin": {
                "enabled": True,
                "type": "device_biometric",
                "faceCheckForPaymentsOverEur": 1000,
            },
            "updatedAt": iso(c),
        }
    )
    b.decoy("security settings naming face checks (a setting, no face data)")
    return b.build()
