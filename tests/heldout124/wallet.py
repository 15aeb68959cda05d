"""NgweLwal Pay: a Myanmar mobile wallet with face verification at onboarding and
for large transfers.

KYC runs through ADVANCE.AI (Singapore; used by wallets and lenders across
Southeast Asia): the selfie and the NRC card photo go to its face-comparison
API as multipart `firstImage` / `secondImage` and liveness frames as base64
`image` (paths and field names after its public API docs, from memory; the
exact versions may differ). The wallet's own backend stores a face template
(romanised Burmese `myet_hnar` = face) and, on login re-checks, a float list
under Myanmar-script keys; the newer client sends it encrypted under `p`.
NRC OCR boxes, transaction history, exchange rates, a merchant's QR terminal id
(the shop's device) and a remittance from Mae Sot (the sender's phone) are not
sensitive data of this family.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, builder, floats, iso, rf, rid, ua

API = "https://api.ngwelwalpay.example"
ADV = "https://api.advance.ai"
UA = ua("NgweLwalPay", "8.1.0")


def _b(c: Context, method: str, url: str, dev: bool = True) -> FB:
    b = builder(c, "ngwelwal", method, url, UA)
    if dev:
        b.header("x-device-fp", b.id("wallet_kyc_device", where="header x-device-fp"))
    return b


def _adv(c: Context, url: str) -> FB:
    b = FB(c, "advance.ai", "POST", url)
    b.header("user-agent", UA)
    b.header("x-advai-key", "ak_" + new_hex(c.rng, 24))
    return b


def face_compare(c: Context) -> Flow:
    b = _adv(c, f"{ADV}/openapi/face-recognition/v3/check")
    b.bio("face_image", "multipart firstImage (selfie) to a face-comparison API")
    boundary = "----adv" + new_hex(c.rng, 16)
    body = multipart(
        boundary,
        [
            ("firstImage", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1200)),
            (
                "secondImage",
                "nrc_front.jpg",
                "image/jpeg",
                fake_jpeg(c.rng.randint(0, 10**9), 1200),
            ),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "code": "SUCCESS",
            "message": "OK",
            "data": {"similarity": str(rf(c.rng, 70, 98, 2))},
            "transactionId": new_hex(c.rng, 20),
        }
    )
    return b.build()


def liveness(c: Context) -> Flow:
    b = _adv(c, f"{ADV}/openapi/face-identity/v1/liveness-detection")
    b.bio("face_image", "json image (base64 selfie frame) to a liveness API")
    b.json(
        {
            "image": b64(fake_jpeg(c.rng.randint(0, 10**9), 900)),
            "action": c.rng.choice(["BLINK", "MOUTH", "NOD"]),
        }
    )
    b.ok_json({"code": "SUCCESS", "data": {"livenessScore": rf(c.rng, 60, 99, 2), "isLive": True}})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kyc/myet_hnar")
    b.bio("face_embedding", "json myet_hnar_template (base64 float32, romanised Burmese 'face')")
    b.json(
        {
            "myet_hnar_template": floats_b64(floats(c.rng, 128)),
            "model": "mobilefacenet-q8",
            "quality": rf(c.rng, 0.6, 1, 3),
            "created_at": iso(c),
        }
    )
    b.ok_json({"enrolled": True})
    return b.build()


def login_face_mm(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/auth/face-recheck")
    b.bio("face_embedding", "json မျက်နှာပုံစံ (Myanmar script 'face template') float list")
    b.json(
        {
            "မျက်နှာပုံစံ": floats(c.rng, 128),
            "မျက်လုံးမှိတ်": True,
            "ငွေပမာဏ": c.rng.choice([500000, 1000000, 3000000]),
        }
    )
    b.ok_json({"match": True, "score": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def face_encrypted_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/k")
    b.bio("face_embedding", "json p (encrypted template)", detectable=False)
    b.json(
        {
            "p": b64(bytes(c.rng.getrandbits(8) for _ in range(560))),
            "k": 2,
            "iv": new_hex(c.rng, 24),
        }
    )
    b.ok_json({"r": 1})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/bind")
    b.json(
        {
            "android_id": b.id("aid_wallet", where="json android_id"),
            "gaid": b.id("gaid", where="json gaid"),
            "phone": b.acct("msisdn"),
            "email": b.id("email", where="json email (account contact)"),
            "model": "vivo V2231",
            "root": False,
        }
    )
    b.ok_json({"bound": True, "wallet_id": b.acct("wallet_user")})
    return b.build()


def nrc_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kyc/nrc/ocr", dev=False)
    b.decoy("OCR boxes of an NRC card (text recognition, not a face)")
    b.json({"image_id": rid(c.rng), "side": "front"})
    b.ok_json(
        {
            "nrc_no": f"12/ဒဂမ(နိုင်){c.rng.randint(100000, 999999)}",
            "name": "မသီရိအောင်",
            "boxes": [
                [c.rng.randint(0, 600), c.rng.randint(0, 400), c.rng.randint(50, 300), 24]
                for _ in range(6)
            ],
        }
    )
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/transactions?page=1", dev=False)
    b.decoy("transaction ids and amounts (ordinary)")
    b.ok_json(
        {
            "items": [
                {
                    "txn_id": order_no(c.rng),
                    "amount": c.rng.randint(1000, 500000),
                    "currency": "MMK",
                    "at": iso(c),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/rates?base=MMK", dev=False)
    b.decoy("exchange-rate series (price series)")
    b.ok_json(
        {
            "USD": [rf(c.rng, 3300, 4600, 1) for _ in range(30)],
            "THB": [rf(c.rng, 95, 130, 2) for _ in range(30)],
        }
    )
    return b.build()


def merchant_qr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/pay/qr")
    b.decoy("merchant QR terminal id and serial (the shop's device, not the tester's)")
    b.json(
        {
            "merchant_id": f"M{c.rng.randint(10**6, 10**7)}",
            "terminal_id": f"T{c.rng.randint(10**5, 10**6)}",
            "terminal_sn": "POS" + new_hex(c.rng, 10).upper(),
            "amount": c.rng.randint(1000, 50000),
        }
    )
    b.ok_json({"status": "PAID", "ref": order_no(c.rng)})
    return b.build()


def remittance_in(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/remit/incoming", dev=False)
    b.decoy(
        "remittance from the relative in Mae Sot: her phone's device id at the Thai "
        "partner (another person's device)"
    )
    b.ok_json(
        {
            "from": "Ma Hnin",
            "corridor": "TH-MM",
            "amount_thb": c.rng.choice([3000, 5000, 8000]),
            "sender_device_id": new_hex(c.rng, 16),
            "received_at": iso(c),
        }
    )
    return b.build()
