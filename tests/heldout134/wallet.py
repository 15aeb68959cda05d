"""PaiseJhatpat: a UPI wallet that re-verifies the face for UPI PIN reset and
for full-KYC wallets (its in-house face SDK, landmarks and liveness score).

It binds the phone with its own id and the ANDROID_ID, and sends a SHA-256 of the
ANDROID_ID under `x-h` on every payment. UPI payments, QR decodes and cashback
scratch cards are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from . import trackers
from .phone import FB, iso, rf, rid, ua

API = "https://api.paisejhatpat.example"
UA = ua("PaiseJhatpat", "4.40.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "paisejhatpat", method, url)
    b.header("user-agent", UA)
    return b


def face_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kyc/v2/chehra-satyapan")
    b.bio("face_landmarks", "json chehra.landmarks_106 (face landmarks) + liveness")
    cx, cy = c.rng.uniform(200, 280), c.rng.uniform(280, 360)
    pts = [
        [round(cx + c.rng.gauss(0, 50), 1), round(cy + c.rng.gauss(0, 60), 1)] for _ in range(106)
    ]
    b.json(
        {
            "flow": "upi_pin_reset",
            "chehra": {
                "landmarks_106": pts,
                "yaw": rf(c.rng, -8, 8, 2),
                "pitch": rf(c.rng, -8, 8, 2),
                "aankh_khuli": True,
            },
            "liveness_score": rf(c.rng, 0.85, 0.99, 3),
            "device_binding_id": b.id("wallet_device_binding", where="json device_binding_id"),
        }
    )
    b.ok_json({"verified": True, "ref": rid(c.rng)})
    return b.build()


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/upi/v1/device/bind")
    b.json(
        {
            "device_binding_id": b.id("wallet_device_binding", where="json device_binding_id"),
            "android_id": b.id("aid_wallet", where="json android_id"),
            "vpa": b.acct("vpa"),
            "sim_iccid_hint": "8991****",
            "ts": iso(c),
        }
    )
    b.decoy("UPI VPA (payment address of an account, not a device id)")
    b.ok_json({"status": "BOUND"})
    return b.build()


def pay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/upi/v1/pay")
    b.header(
        "x-h", b.id("aid_wallet", "sha256", "header x-h (SHA-256 of ANDROID_ID)", detectable=False)
    )
    b.decoy("UPI payment with transaction and merchant ids")
    b.json(
        {
            "payer": b.acct("vpa"),
            "payee": c.rng.choice(["chaiwala@okaxis", "dmart.pune@icici"]),
            "amount": rf(c.rng, 10, 2000, 2),
            "txn_id": f"PJ{c.rng.randint(10**14, 10**15)}",
            "note": "chai",
        }
    )
    b.ok_json({"status": "SUCCESS", "rrn": str(c.rng.randint(10**11, 10**12))})
    return b.build()


def qr_decode(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/upi/v1/qr/parse")
    b.json({"qr": "upi://pay?pa=sabji.mandi@ybl&pn=Sabji%20Mandi&mc=5411"})
    b.ok_json({"merchant": "Sabji Mandi", "mcc": "5411", "verified": True})
    return b.build()


def scratch_card(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/rewards/v1/scratch?card={rid(c.rng)}")
    b.ok_json({"won_inr": c.rng.choice([0, 1, 5, 21]), "expires": iso(c)})
    return b.build()


def clevertap_open(c: Context) -> Flow:
    return trackers.clevertap(c, "paisejhatpat", "aid_wallet")
