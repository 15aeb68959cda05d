"""TakaPay: a mobile financial service (wallet) with e-KYC: the customer's selfie is
matched against the NID (national ID) photo.

The e-KYC step uploads the selfie as multipart `mukh_chobi` (face picture) with the
NID number to `/ekyc/v2/nid-mukh-milao` (NID face match), sends liveness frames
as a JSON list, and once per session a device-binding call with the ANDROID_ID and
a device fingerprint hash. One e-KYC variant encrypts the whole selfie payload
(opaque). Send-money, cash-out, balance, the transaction list and the NID front
OCR (text boxes) are not biometric; phone numbers and the NID number are account /
identity data, not device ids.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, bd_time, rf, rid, ua

API = "https://api.takapay.example"
UA = ua("TakaPay", "6.1.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "takapay", method, url)
    b.header("user-agent", UA)
    b.header("x-app-version", "6.1.0")
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 800) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def nid_face_match(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ekyc/v2/nid-mukh-milao")
    b.bio("face_image", "multipart mukh_chobi (selfie for NID face match)")
    boundary = "tp" + rid(c.rng).replace("-", "")[:20]
    body = multipart(
        boundary,
        [
            ("nid_no", None, None, b.acct("nid_no").encode()),
            ("dob", None, None, b"1987-03-14"),
            ("mukh_chobi", "selfie.jpg", "image/jpeg", _jpeg(c)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {"milse": c.rng.random() < 0.9, "match_score": rf(c.rng, 0.6, 0.99, 3), "ref": rid(c.rng)}
    )
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ekyc/v2/liveness")
    b.bio("face_image", "json liveness_frames[] base64 selfie frames with blink/turn challenge")
    b.json(
        {
            "challenge": c.rng.choice(["chokh_pholok", "matha_bame", "matha_dane"]),
            "liveness_frames": [b64(_jpeg(c, 400)) for _ in range(3)],
            "session": rid(c.rng),
        }
    )
    b.ok_json({"jibonto": True, "score": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def ekyc_encrypted(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ekyc/v3/submit")
    b.bio("face_image", "json p = AES-GCM ciphertext of the selfie + NID form", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(900))
    b.json({"k": "rsa-2024-07", "iv": b64(bytes(12)), "p": b64(blob)})
    b.ok_json({"status": "PROCESSING"})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/device/bind")
    b.json(
        {
            "wallet": b.acct("wallet_user"),
            "android_id": b.id("aid_wallet", where="json android_id"),
            "device_fingerprint": b.id("wallet_fp", where="json device_fingerprint"),
            "model": "WALTON Primo RX9",
            "os": "13",
        }
    )
    b.ok_json({"bound": True, "otp_required": c.rng.random() < 0.2})
    return b.build()


def device_check_hashed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/auth/s")
    b.param(
        "h", b.id("aid_wallet", "sha256", where="query h (sha256 of ANDROID_ID)", detectable=False)
    )
    b.ok_json({"ok": True})
    return b.build()


def send_money(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/txn/v1/send-money")
    b.decoy("send money to a phone number (account, transaction id)")
    b.json(
        {
            "receiver": "01" + str(c.rng.randint(700000000, 999999999)),
            "amount": c.rng.choice([500, 1000, 2500]),
            "reference": "bazar",
        }
    )
    b.ok_json({"trxId": "BK" + rid(c.rng).replace("-", "")[:8].upper(), "fee": 0})
    return b.build()


def statement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/txn/v1/history?page=1")
    b.decoy("transaction history: amounts and timestamps")
    b.ok_json(
        {
            "txns": [
                {
                    "type": c.rng.choice(["CASH_OUT", "PAYMENT", "RECHARGE"]),
                    "amount": c.rng.randint(20, 5000),
                    "at": bd_time(c.now - i * 3600),
                }
                for i in range(6)
            ]
        }
    )
    return b.build()


def nid_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ekyc/v2/nid-ocr")
    b.decoy("NID card front OCR: text boxes (not a face)")
    b.json({"image": b64(_jpeg(c, 300)), "side": "front"})
    b.ok_json(
        {
            "boxes": [
                {"text": "জাতীয় পরিচয়পত্র", "x": 40, "y": 12, "w": 300, "h": 40},
                {"text": "Name: TANIA RAHMAN", "x": 40, "y": 90, "w": 280, "h": 28},
            ]
        }
    )
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/wallet/v1/balance")
    b.ok_json({"balance": rf(c.rng, 100, 40000, 2), "currency": "BDT"})
    return b.build()
