"""MkopoHaraka (a digital-lending app, Kenya / Nigeria): device fingerprinting.

Fictional backend, key names mine. Shaped after what regulators and researchers
reported of African digital-lending apps (CBK / FCCPC actions, Privacy
International's "fintech" reports): on sign-up and before each loan the app
posts a device fingerprint with IMEI(s), ANDROID_ID, Wi-Fi and Bluetooth MACs,
serial and advertising id (READ_PHONE_STATE is granted on HiOS to lenders that
ask). Variants: plain JSON, a base64'd JSON "data" field, a GET risk check, and
an AES-encrypted fingerprint (opaque). The KYC selfie goes up as multipart.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, js, multipart

from .phone import FB, ms, rf, rid, ua

API = "https://api.mkopoharaka.com"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "mkopo", method, API + path)
    b.header("user-agent", ua("MkopoHaraka", "2.9.1"))
    b.header("x-app-token", new_hex(c.rng, 32))
    return b


def fingerprint(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/device/fingerprint")
    b.json(
        {
            "userNo": b.acct("loan_user"),
            "imei": b.id("imei1", where="body.imei"),
            "imei2": b.id("imei2", where="body.imei2"),
            "androidId": b.id("aid_loan", where="body.androidId"),
            "wifiMac": b.id("wifi_mac", where="body.wifiMac"),
            "bluetoothMac": b.id("bt_mac", where="body.bluetoothMac"),
            "serialNo": b.id("serial", where="body.serialNo"),
            "gaid": b.id("gaid", where="body.gaid"),
            "deviceFp": b.id("loan_fp", where="body.deviceFp"),
            "batteryPct": c.rng.randint(10, 100),
            "rooted": False,
            "ts": ms(c),
        }
    )
    b.ok_json({"code": 0, "riskLevel": c.rng.choice(["L", "M"])})
    return b.build()


def fingerprint_b64(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/collect")
    inner = {
        "dev_imei": b.id("imei1", where="body.data (base64 JSON).dev_imei"),
        "android_id": b.id("aid_loan", where="body.data (base64 JSON).android_id"),
        "mac_address": b.id("wifi_mac", where="body.data (base64 JSON).mac_address"),
        "brand": "TECNO",
        "ram": "8GB",
    }
    b.json({"type": "device_info", "data": b64(js(inner)), "rid": rid(c.rng)})
    b.ok_json({"code": 0})
    return b.build()


def risk_check(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/risk/check")
    b.param("imei", b.id("imei1", where="query imei"))
    b.param("aid", b.id("aid_loan", where="query aid"))
    b.param("amt", str(c.rng.choice([500, 1000, 2500, 5000])))
    b.ok_json({"approved": c.rng.random() < 0.7, "limit": c.rng.choice([1000, 3000, 7000])})
    return b.build()


def fingerprint_aes(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/dfp")
    b.id_raw("imei1", "aes_cbc", "body.enc (AES fingerprint)")
    b.id_raw("aid_loan", "aes_cbc", "body.enc (AES fingerprint)")
    b.json({"enc": b64(bytes(c.rng.getrandbits(8) for _ in range(256))), "k": "v2"})
    b.ok_json({"code": 0})
    return b.build()


def kyc_selfie(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/kyc/selfie")
    b.bio("face_image", "multipart selfieImage (face photo for KYC match)")
    bnd = new_hex(c.rng, 24)
    parts = [
        ("selfieImage", "IMG_selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ("idType", None, None, b"NATIONAL_ID"),
        ("userNo", None, None, b.acct("loan_user").encode()),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"faceMatch": rf(c.rng, 0.7, 0.99), "status": "PASS"})
    return b.build()


def offer(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/loan/offers")
    b.decoy("repayment schedule amounts and dates")
    b.ok_json(
        {
            "offers": [
                {
                    "principal": p,
                    "fee": round(p * 0.12, 2),
                    "days": 30,
                    "schedule": [round(p * 1.12 / 4, 2)] * 4,
                }
                for p in (1000, 3000, 7000)
            ]
        }
    )
    return b.build()


def repay(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/loan/repay")
    b.decoy("M-Pesa receipt and loan number")
    b.json(
        {
            "loanNo": "LN" + new_digits(c.rng, 10),
            "amount": c.rng.randint(100, 3000),
            "channel": "MPESA",
        }
    )
    b.ok_json({"receipt": "S" + new_hex(c.rng, 9).upper()})
    return b.build()
