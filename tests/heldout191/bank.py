"""Haeundae Bank (her bank): face login and device binding.

Face login uploads a selfie to the bank's face-match API and, on enrolment, a
face template (base64 float32); the newer build wraps the whole face auth in an
encrypted envelope (opaque). Device binding sends her phone's ANDROID_ID and a
device fingerprint. ID-card OCR boxes, balances and transfers are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, noise, rf, rid, ua

API = "https://mbank.haeundaebank.example"
UA = ua("HDBankSmart", "5.4.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hdbank", method, url)
    b.header("user-agent", UA)
    b.header("x-txn-id", rid(c.rng))
    return b


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/auth/face/verify")
    b.bio("face_image", "multipart faceImage (selfie to face-match)")
    boundary = "----hd" + new_hex(c.rng, 16)
    body = multipart(
        boundary,
        [
            ("customerNo", None, None, b.acct("bank_customer").encode()),
            ("livenessScore", None, None, str(rf(c.rng, 0.9, 0.99, 3)).encode()),
            ("faceImage", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1000)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {"result": "MATCH", "similarity": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 40)}
    )
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/auth/face/register")
    b.bio("face_template", "json faceTemplate (base64 float32[128])")
    b.json(
        {
            "customerNo": b.acct("bank_customer"),
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "templateVer": "FT-3.1",
            "regDt": iso(c),
        }
    )
    b.ok_json({"resultCd": "0000"})
    return b.build()


def face_auth_sealed(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/auth/c3")
    b.bio("face_template", "json encData (AES envelope of the face auth)", detectable=False)
    b.json({"encData": b64(noise(c, 700)), "keyVer": "K24", "ts": iso(c)})
    b.ok_json({"resultCd": "0000"})
    return b.build()


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/device/bind")
    b.header("x-device-id", b.id("aid_bank", where="header x-device-id"))
    b.json(
        {
            "customerNo": b.acct("bank_customer"),
            "deviceFingerprint": b.id("bank_device_fp", where="json deviceFingerprint"),
            "osVer": "14",
            "rooted": False,
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def fds_sealed(c: Context) -> Flow:
    """Fraud-detection ping: the ANDROID_ID hashed under one letter among sensor noise."""
    b = _b(c, "POST", f"{API}/fds/p")
    b.json(
        {
            "h": b.id("aid_bank", "sha256", "json h (sha256)", detectable=False),
            "s": [rf(c.rng, -1, 1, 3) for _ in range(6)],
            "t": iso(c),
        }
    )
    b.no_content()
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/accounts")
    b.decoy("account numbers and balances (accounts, not devices)")
    b.ok_json(
        {
            "accounts": [
                {"acctNo": "112-" + new_digits(c.rng, 6) + "-" + new_digits(c.rng, 5),
                 "name": "사업자 통장" if i else "입출금", "balance": c.rng.randint(10**4, 10**8)}
                for i in range(2)
            ]
        }
    )  # fmt: skip
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/transfers")
    b.decoy("a transfer to the snack supplier: account numbers and an OTP serial")
    b.json(
        {
            "fromAcct": "112-" + new_digits(c.rng, 6) + "-" + new_digits(c.rng, 5),
            "toBank": "088",
            "toAcct": new_digits(c.rng, 12),
            "amount": c.rng.randint(50000, 900000),
            "memo": "스낵라인 11월",
            "otpSerial": "OTP" + new_digits(c.rng, 10),
        }
    )
    b.ok_json({"trxNo": new_digits(c.rng, 16)})
    return b.build()


def id_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/ocr/idcard")
    b.decoy("ID-card OCR text boxes (no face template, no face match)")
    b.json({"imageRef": new_hex(c.rng, 32), "docType": "DRIVER_LICENSE"})
    b.ok_json(
        {
            "fields": [
                {"key": "name", "box": [rf(c.rng, 0, 600, 1) for _ in range(4)]},
                {"key": "licenseNo", "box": [rf(c.rng, 0, 600, 1) for _ in range(4)]},
            ]
        }
    )
    return b.build()
