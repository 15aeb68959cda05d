"""Mahfaza: a fintech wallet (Cairo, with a Casablanca remittance corridor) and
its face-liveness KYC. The selfie goes to the liveness vendor as multipart; the
face template comes back and is re-sent on login with Arabic-script keys; the
French-language Moroccan partner API asks for `empreinte_faciale`. The national
ID card's OCR boxes and the transaction list are ordinary.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.mahfaza.example"
KYC = "https://liveness.mahfaza.example"
MA = "https://api.transfert-maroc.example"
UA = ua("Mahfaza", "6.2.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mahfaza", method, url)
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("aid_wallet", where="header x-device-id"))
    return b


def selfie_liveness(c: Context) -> Flow:
    b = _b(c, "POST", f"{KYC}/v2/liveness/check")
    b.bio("face_image", "multipart selfie (liveness check)")
    boundary = "----mahfaza" + rid(c.rng)[:12]
    body = multipart(
        boundary,
        [
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
            ("mode", None, None, b"passive"),
            ("user", None, None, b.acct("wallet_user").encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"live": True, "score": rf(c.rng, 0.9, 1, 3), "faceId": rid(c.rng)})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/auth/face")
    b.bio("face_embedding", "json بصمة_الوجه (face template, base64 float32)")
    b.json(
        {
            "رقم_العميل": b.acct("wallet_user"),
            "بصمة_الوجه": floats_b64(floats(c.rng, 128)),
            "وضعية_الرأس": {"yaw": rf(c.rng, -10, 10, 2), "pitch": rf(c.rng, -8, 8, 2)},
        }
    )
    b.ok_json({"token": rid(c.rng), "match": True})
    return b.build()


def maroc_kyc(c: Context) -> Flow:
    b = FB(c, "mahfaza", "POST", f"{MA}/api/v1/beneficiaire/verification")
    b.header("user-agent", UA)
    b.bio("face_embedding", "json empreinte_faciale (French: face template vector)")
    b.json(
        {
            "identifiantClient": b.acct("wallet_user"),
            "empreinte_faciale": floats(c.rng, 64),
            "score_vivacite": rf(c.rng, 0.85, 1, 3),
            "horodatage": iso(c),
        }
    )
    b.ok_json({"statut": "VALIDE", "reference": rid(c.rng)})
    return b.build()


def liveness_opaque(c: Context) -> Flow:
    """The SDK's encrypted frame bundle: AES output in base64 under `x`."""
    b = _b(c, "POST", f"{KYC}/v2/s")
    b.bio("face_frames", "json x = encrypted liveness frame bundle", detectable=False)
    blob = hashlib.shake_256(rid(c.rng).encode()).digest(480)
    b.json({"x": blob.hex(), "k": 3})
    b.ok_json({"r": 1})
    return b.build()


def id_card_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{KYC}/v2/document/ocr")
    b.decoy("national ID card OCR text boxes (not a face)")
    b.json(
        {
            "side": "front",
            "boxes": [
                {
                    "field": f,
                    "bbox": [c.rng.randint(0, 600) for _ in range(4)],
                    "conf": rf(c.rng, 0.7, 1, 2),
                }
                for f in ("الاسم", "العنوان", "الرقم_القومي")
            ],
        }
    )
    b.ok_json({"status": "READ"})
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/transactions?limit=20")
    b.decoy("transaction list and balance series (ordinary)")
    b.ok_json(
        {
            "items": [
                {
                    "id": rid(c.rng),
                    "amount": rf(c.rng, -900, 2000, 2),
                    "at": iso(c),
                    "to": "فودافون كاش",
                }
                for _ in range(5)
            ],
            "balance_series": [rf(c.rng, 100, 5000, 2) for _ in range(14)],
        }
    )
    return b.build()
