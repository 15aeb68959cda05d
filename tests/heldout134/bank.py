"""Sahyadri Bank: a co-operative bank's app with video/face KYC through
HyperVerge (selfie liveness, selfie-to-ID match) and a face login of its own.

The face login ships a float32 template in base64 under `s` with nothing else
saying face. The Aadhaar/PAN card read (`readKYC`) is OCR of a document, and the
card's printed photo is not matched there: a decoy. Device binding sends the
ANDROID_ID and the dual-SIM slots' registration (no IMEI on Android 14).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://netbanking.sahyadribank.example"
UA = ua("SahyadriMobile", "9.3.0")
HV = "https://ind-faceid.hyperverge.co"
BOUNDARY = "hv-3f1c0e"


def _hv(c: Context, path: str) -> FB:
    b = FB(c, "hyperverge", "POST", f"{HV}{path}")
    b.header("user-agent", "HyperSnapSDK/4.21.0 Android")
    b.header("appid", "sahyadri-prod")
    b.header("transactionid", rid(c.rng))
    return b


def liveness(c: Context) -> Flow:
    b = _hv(c, "/v2.0/photo/liveness")
    b.bio("face_image", "multipart image (selfie to liveness API)")
    body = multipart(
        BOUNDARY, [("image", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1200))]
    )
    b.set_body(body, f"multipart/form-data; boundary={BOUNDARY}")
    b.ok_json(
        {
            "status": "success",
            "statusCode": "200",
            "result": {"live": "yes", "liveness-score": str(rf(c.rng, 0.8, 0.99, 3))},
        }
    )
    return b.build()


def verify_pair(c: Context) -> Flow:
    b = _hv(c, "/v1/photo/verifyPair")
    b.bio("face_image", "multipart selfie + id face (face match)")
    body = multipart(
        BOUNDARY,
        [
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1000)),
            ("id", "aadhaar_face.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={BOUNDARY}")
    b.ok_json(
        {
            "status": "success",
            "result": {"match": "yes", "match-score": rf(c.rng, 70, 99, 1), "to-be-reviewed": "no"},
        }
    )
    return b.build()


def face_login_opaque(c: Context) -> Flow:
    b = FB(c, "sahyadri", "POST", f"{API}/mb/v3/auth/q")
    b.header("user-agent", UA)
    b.bio("face_template", "json s (base64 float32 template, no face word)", detectable=False)
    b.json({"c": b.acct("bank_cust"), "s": floats_b64(floats(c.rng, 128)), "n": rid(c.rng)})
    b.ok_json({"r": 0, "tkn": rid(c.rng)})
    return b.build()


def read_kyc(c: Context) -> Flow:
    b = FB(c, "hyperverge", "POST", "https://ind-docs.hyperverge.co/v2.0/readKYC")
    b.header("appid", "sahyadri-prod")
    b.decoy("Aadhaar card OCR: text fields and boxes (document read, no face matching)")
    body = multipart(
        BOUNDARY,
        [("image", "aadhaar_front.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900))],
    )
    b.set_body(body, f"multipart/form-data; boundary={BOUNDARY}")
    b.ok_json(
        {
            "status": "success",
            "result": [
                {
                    "type": "aadhaar_front_bottom",
                    "details": {
                        "name": {"value": "SNEHA KULKARNI", "conf": "high"},
                        "aadhaar": {"value": b.acct("aadhaar_ref"), "conf": "high"},
                        "gender": {"value": "FEMALE"},
                        "yob": {"value": "1988"},
                    },
                }
            ],
        }
    )
    return b.build()


def device_binding(c: Context) -> Flow:
    b = FB(c, "sahyadri", "POST", f"{API}/mb/v3/device/bind")
    b.header("user-agent", UA)
    b.json(
        {
            "customer_id": b.acct("bank_cust"),
            "deviceId": b.id("aid_bank", where="json deviceId (ANDROID_ID)"),
            "sim_slots": [{"slot": 0, "carrier": "Jio"}, {"slot": 1, "carrier": "Airtel"}],
            "mobile": b.acct("mobile"),
            "os": "Android 14",
            "ts": iso(c),
        }
    )
    b.decoy("registered mobile number (an account, not a device id)")
    b.ok_json({"bound": True, "sms_token": rid(c.rng)})
    return b.build()


def statement(c: Context) -> Flow:
    b = FB(c, "sahyadri", "GET", f"{API}/mb/v3/accounts/statement?from=2024-11-01")
    b.header("user-agent", UA)
    b.decoy("transactions with reference numbers")
    b.ok_json(
        {
            "txns": [
                {
                    "ref": f"UTR{c.rng.randint(10**11, 10**12)}",
                    "amt": rf(c.rng, 50, 9000, 2),
                    "dr_cr": c.rng.choice(["DR", "CR"]),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def fd_rates(c: Context) -> Flow:
    b = FB(c, "sahyadri", "GET", f"{API}/public/fd-rates")
    b.decoy("interest rate series")
    b.ok_json({"rates": [{"tenure_days": d, "rate": rf(c.rng, 6, 7.8, 2)} for d in (90, 180, 365)]})
    return b.build()
