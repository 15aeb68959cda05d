"""ViTiền, a Vietnamese e-wallet's own backend (fictional): in-house face login
with the on-device model's template (and the same login through an encrypted
channel), device binding, and ordinary wallet traffic: transaction history,
VietQR payments, and a sign-up form with self-declared gender (not biometric).
The eKYC vendor calls (VNPT eKYC, FPT.AI, ADVANCE.AI) are in ekyc.py.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, floats_b64

from .phone import FB, floats, rf, rid, ua

API = "https://api.vitien.vn"
UA = ua("ViTien", "6.3.0")


def face_login(c: Context) -> Flow:
    """In-house face login: the on-device model's template and liveness score."""
    b = FB(c, "wallet", "POST", API + "/auth/v2/face-login")
    b.header("user-agent", UA)
    b.json(
        {
            "phone": b.acct("vi_user"),
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "templateVer": "mfn-1.2",
            "liveScore": rf(c.rng, 0.9, 0.99, 3),
            "deviceId": b.id("aid_vi", where="body.deviceId"),
        }
    )
    b.bio("face_template", "body.faceTemplate")
    b.ok_json({"accessToken": new_hex(c.rng, 40), "expiresIn": 900})
    return b.build()


def face_login_opaque(c: Context) -> Flow:
    """The same login from the app's secure channel: one encrypted envelope."""
    b = FB(c, "wallet", "POST", API + "/auth/v3/fl")
    b.header("user-agent", UA)
    b.header("x-enc", "A256GCM")
    b.json(
        {
            "p": b64(c.rng.randbytes(720)),
            "k": b64(c.rng.randbytes(256)),
            "iv": b64(c.rng.randbytes(12)),
        }
    )
    b.bio("face_template", "body.p (encrypted)", detectable=False)
    b.ok_json({"p": b64(c.rng.randbytes(96))})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = FB(c, "wallet", "POST", API + "/device/v1/bind")
    b.header("user-agent", UA)
    b.json(
        {
            "device": {
                "id": b.id("aid_vi", where="body.device.id"),
                "fingerprint": b.id("vi_fp", where="body.device.fingerprint"),
                "model": "CPH2599",
                "rooted": False,
            },
            "push": b.acct("vi_push"),
        }
    )
    b.ok_json({"trusted": True, "otp_required": c.rng.random() < 0.2})
    return b.build()


def history(c: Context) -> Flow:
    b = FB(c, "wallet", "GET", API + "/txn/v1/history", params=[("page", "1"), ("size", "20")])
    b.header("user-agent", UA)
    b.ok_json(
        {
            "items": [
                {
                    "id": "TX" + str(c.rng.randint(10**11, 10**12)),
                    "amount": c.rng.randint(10, 900) * 1000,
                    "merchant": c.rng.choice(["Highlands Coffee", "Grab", "Bách Hóa Xanh"]),
                }
                for _ in range(5)
            ]
        }
    )
    b.decoy("transaction history")
    return b.build()


def signup_profile(c: Context) -> Flow:
    """Sign-up form: self-declared gender and birth date (not biometric)."""
    b = FB(c, "wallet", "POST", API + "/kyc/v1/profile")
    b.header("user-agent", UA)
    b.json(
        {
            "ho_ten": "Nguyễn Thị Thảo",
            "gioi_tinh": "nu",
            "ngay_sinh": "1996-04-12",
            "email": b.id("email", where="body.email"),
            "nghe_nghiep": "nhan_vien_van_phong",
            "request_id": rid(c.rng),
        }
    )
    b.decoy("self-declared gender and birth date")
    b.ok_json({"step": "ekyc"})
    return b.build()


def qr_pay(c: Context) -> Flow:
    b = FB(c, "wallet", "POST", API + "/pay/v1/vietqr")
    b.header("user-agent", UA)
    b.json(
        {
            "qr": "00020101021238570010A000000727" + str(c.rng.randint(10**9, 10**10)),
            "amount": c.rng.randint(20, 500) * 1000,
            "orderNo": "VT" + new_hex(c.rng, 14).upper(),
            "nonce": new_hex(c.rng, 16),
        }
    )
    b.decoy("payment order numbers and nonce")
    b.ok_json({"status": "SUCCESS", "traceId": rid(c.rng)})
    return b.build()
