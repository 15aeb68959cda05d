"""PaiseUPI: a UPI wallet with a partner bank's video-KYC / face liveness.

Face checks go to the KYC vendors Indian banks use:
- HyperVerge: POST https://ind-faceid.hyperverge.co/v1/photo/verifyPair and
  checkLiveness, multipart image fields, `appId` / `appKey` / `transactionId`
  headers (HyperVerge API docs, public integrations).
- IDfy (eve.idfy.com v3 tasks): `task_id`, `group_id`, `data` with
  `document1` / `document2` images for `face_compare`.
The bank's own SDK posts face-match results (scores, landmarks, a face template)
on to its backend. UPI device binding sends the device id the bank pins.
"""

from __future__ import annotations

import base64
import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, points, rf, rid, ua

BANK = "https://kyc.suvidhabank.example.in"
WALLET = "https://api.paiseupi.example.in"


def _b(c: Context, method: str, url: str, sdk: str = "paiseupi") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", ua("PaiseUPI", "3.41.0"))
    return b


def hv_liveness(c: Context) -> Flow:
    b = _b(c, "POST", "https://ind-faceid.hyperverge.co/v1/photo/checkLiveness", "hyperverge")
    b.header("appId", "s8k2pd")
    b.header("appKey", "f1b7c0e9a4d2")
    b.header("transactionId", rid(c.rng))
    b.bio("face_image", "multipart:image (selfie to liveness API)")
    bnd = "----HVBoundary" + hashlib.md5(rid(c.rng).encode()).hexdigest()[:16]
    body = multipart(
        bnd,
        [
            ("image", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randrange(10**9))),
            ("returnFaceCoords", None, None, b"yes"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"status": "success", "result": {"details": {"liveFace": {"value": "yes"}}}})
    return b.build()


def hv_face_match(c: Context) -> Flow:
    b = _b(c, "POST", "https://ind-faceid.hyperverge.co/v1/photo/verifyPair", "hyperverge")
    b.header("appId", "s8k2pd")
    b.header("appKey", "f1b7c0e9a4d2")
    b.bio("face_image", "multipart:selfie+id (face match API)")
    bnd = "----HVBoundary" + hashlib.md5(rid(c.rng).encode()).hexdigest()[:16]
    body = multipart(
        bnd,
        [
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randrange(10**9))),
            ("id", "aadhaar_front.jpg", "image/jpeg", fake_jpeg(c.rng.randrange(10**9))),
            ("type", None, None, b"id"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"status": "success", "result": {"match": "yes", "conf": rf(c.rng, 80, 99, 1)}})
    return b.build()


def idfy_face_compare(c: Context) -> Flow:
    b = _b(c, "POST", "https://eve.idfy.com/v3/tasks/sync/compare/face", "idfy")
    b.header("account-id", "7f2e4c1a-bank")
    b.bio("face_image", "json:data.document1 (base64 selfie to face compare)")
    b.json(
        {
            "task_id": rid(c.rng),
            "group_id": rid(c.rng),
            "data": {
                "document1": base64.b64encode(fake_jpeg(c.rng.randrange(10**9), 400)).decode(),
                "document2": "https://kyc.suvidhabank.example.in/docs/pan_photo.jpg",
            },
        }
    )
    b.ok_json({"status": "completed", "result": {"is_a_match": True, "match_score": 87}})
    return b.build()


def bank_face_result(c: Context) -> Flow:
    b = _b(c, "POST", BANK + "/vkyc/v2/face/result")
    b.bio("face_analysis", "json:faceResult")
    b.json(
        {
            "applicationNo": f"SBV{c.rng.randint(10**7, 10**8)}",
            "faceResult": {
                "livenessScore": rf(c.rng, 0.8, 1.0),
                "matchScore": rf(c.rng, 0.7, 1.0),
                "estimatedAge": c.rng.randint(25, 60),
                "gender": c.rng.choice(["M", "F"]),
                "headPose": {
                    "yaw": rf(c.rng, -10, 10, 2),
                    "pitch": rf(c.rng, -8, 8, 2),
                    "roll": rf(c.rng, -5, 5, 2),
                },
                "eyesOpen": True,
                "faceLandmarks": points(c.rng, 68),
            },
            "capturedAt": iso(c),
        }
    )
    b.ok_json({"next": "agent_call"})
    return b.build()


def bank_face_template(c: Context) -> Flow:
    b = _b(c, "PUT", BANK + "/auth/v1/facelogin/enrol")
    b.bio("embedding", "json:faceTemplate (base64 float32)")
    b.json(
        {
            "cust": f"C{c.rng.randint(10**8, 10**9)}",
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "tmplVer": "fn-r100-v4",
            "quality": rf(c.rng, 0.6, 1.0),
        }
    )
    b.ok_json({"enrolled": True})
    return b.build()


def bank_sdk_opaque(c: Context) -> Flow:
    """The bank SDK's sealed packet: the face crop inside, AES-GCM, under `p`."""
    b = _b(c, "POST", BANK + "/sdk/v1/ingest")
    b.bio("face_image", "json:p (encrypted)", detectable=False)
    b.json(
        {
            "p": base64.b64encode(hashlib.shake_256(rid(c.rng).encode()).digest(300)).decode(),
            "kid": "k17",
            "n": rid(c.rng)[:12],
        }
    )
    b.no_content()
    return b.build()


def device_binding(c: Context) -> Flow:
    b = _b(c, "POST", WALLET + "/upi/v1/device/bind")
    b.json(
        {
            "mobile": "XXXXXX" + c.phone.telco_msisdn[-4:],
            "vpa": c.phone.upi_vpa,
            "email": b.id("email", where="json:email"),
            "deviceId": b.id("aid_upi", where="json:deviceId"),
            "deviceFingerprint": c.phone.upi_devfp,
            "os": "ANDROID",
            "osVersion": "14",
            "simSlot": 1,
            "appId": "in.paiseupi",
            "geo": {"lat": rf(c.rng, 30.6, 31.0), "lng": rf(c.rng, 75.7, 76.0)},
        }
    )
    b.other_id("upi_devfp", "json:deviceFingerprint")
    b.ok_json({"bound": True, "txnRef": rid(c.rng)})
    return b.build()


def risk_headers(c: Context) -> Flow:
    b = _b(c, "GET", WALLET + "/v1/balance")
    b.header("x-device-id", b.id("aid_upi", "sha256", where="header:x-device-id"))
    b.header("x-request-id", rid(c.rng))
    b.ok_json({"balance": round(c.rng.uniform(100, 90000), 2), "currency": "INR"})
    return b.build()


def pay(c: Context) -> Flow:
    b = _b(c, "POST", WALLET + "/upi/v1/pay")
    b.decoy("payment with transaction reference and request id")
    b.json(
        {
            "payee": c.rng.choice(["kirana@ybl", "chaiwala@paytm"]),
            "amount": round(c.rng.uniform(10, 2000), 2),
            "txnId": "PUPI" + hashlib.sha1(rid(c.rng).encode()).hexdigest()[:20].upper(),
            "note": "groceries",
        }
    )
    b.ok_json({"status": "SUCCESS", "rrn": str(c.rng.randint(10**11, 10**12))})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", BANK + "/vkyc/v2/applicant")
    b.decoy("self-declared gender and date of birth on a KYC form")
    b.json(
        {
            "name": "Harpreet Patel",
            "gender": "Female",
            "dob": "1988-04-12",
            "occupation": "Teacher",
            "address": {"city": "Ludhiana", "pin": "141001"},
        }
    )
    b.ok_json({"applicationNo": f"SBV{c.rng.randint(10**7, 10**8)}"})
    return b.build()
