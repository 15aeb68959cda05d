"""A bank app with remote onboarding and face liveness through Sumsub and
Regula. Sumsub: POST /resources/applicants/{id}/info/idDoc with multipart
metadata + content (docs.sumsub.com/reference/add-id-documents: metadata JSON
+ content file, X-App-Access-Ts header; a selfie is idDocType SELFIE) and the liveness SDK's
/resources/applicantActions. Regula Face SDK web service: POST /api/match
with images[] {type, data base64} (docs: dev.regulaforensics.com FaceSDK web service API).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, js, multipart

from .phone import FB, floats, rf, rid

SUMSUB = "https://api.sumsub.com"
REGULA = "https://faceapi.regulaforensics.com"
BANK = "https://mobile.vtb-caucasus-bank.ge"


def sumsub_selfie(c: Context) -> Flow:
    app_id = rid(c.rng).replace("-", "")[:24]
    b = FB(c, "sumsub", "POST", f"{SUMSUB}/resources/applicants/{app_id}/info/idDoc")
    b.header("x-client-id", "msdk2")
    b.header("x-app-access-ts", str(int(c.now)))
    meta = js({"idDocType": "SELFIE", "country": "GEO"})
    body = multipart(
        "sbx",
        [
            ("metadata", None, None, meta.encode()),
            ("content", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6))),
        ],
    )
    b.set_body(body, "multipart/form-data; boundary=sbx")
    b.bio("face_image", "multipart content (idDocType SELFIE) to Sumsub")
    b.ok_json({"idDocType": "SELFIE", "country": "GEO"})
    return b.build()


def sumsub_liveness(c: Context) -> Flow:
    b = FB(c, "sumsub", "POST", f"{SUMSUB}/resources/applicantActions/-/livenessResult")
    b.json(
        {
            "faceLandmarks": [[rf(c.rng, 0, 1), rf(c.rng, 0, 1)] for _ in range(68)],
            "headPose": {
                "yaw": rf(c.rng, -20, 20),
                "pitch": rf(c.rng, -10, 10),
                "roll": rf(c.rng, -5, 5),
            },
            "livenessScore": rf(c.rng, 0.8, 1),
            "deviceInfo": {
                "deviceId": b.id("aid_bank", where="body.deviceInfo.deviceId"),
                "model": "SM-A356B",
            },
        }
    )
    b.bio("face_landmarks", "body.faceLandmarks")
    b.ok_json({"reviewStatus": "pending"})
    return b.build()


def regula_match(c: Context) -> Flow:
    b = FB(c, "regula", "POST", REGULA + "/api/match")
    b.json(
        {
            "images": [
                {"type": 3, "data": b64(fake_jpeg(c.rng.randint(0, 10**6), 400))},
                {"type": 1, "data": b64(fake_jpeg(c.rng.randint(0, 10**6), 400))},
            ],
            "tag": rid(c.rng),
        }
    )
    b.bio("face_image", "body.images[].data to face match API")
    b.ok_json({"code": 0, "results": [{"similarity": rf(c.rng, 0.7, 0.99)}]})
    return b.build()


def face_template(c: Context) -> Flow:
    """The bank keeps the face embedding for step-up login."""
    b = FB(c, "bank", "POST", BANK + "/api/v3/auth/face/enroll")
    b.json(
        {
            "faceTemplate": floats(c.rng, 128),
            "templateVersion": "arcface-r50",
            "cif": b.acct("bank_user"),
        }
    )
    b.bio("face_embedding", "body.faceTemplate")
    b.ok_json({"enrolled": True})
    return b.build()


def opaque_bio(c: Context) -> Flow:
    b = FB(c, "bank", "POST", BANK + "/api/v3/sec/p")
    b.set_body(bytes(c.rng.randrange(256) for _ in range(700)), "application/octet-stream")
    b.bio("face_embedding", "encrypted body", detectable=False)
    b.no_content()
    return b.build()


def device_bind(c: Context) -> Flow:
    b = FB(c, "bank", "POST", BANK + "/api/v3/device/bind")
    b.json(
        {
            "androidId": b.id("aid_bank", where="body.androidId"),
            "serialNumber": b.id("phone_serial", where="body.serialNumber"),
            "pushToken": b.acct("push"),
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def sumsub_device(c: Context) -> Flow:
    b = FB(c, "sumsub", "POST", SUMSUB + "/resources/sdk/device")
    b.json(
        {
            "deviceId": c.phone.sumsub_device,
            "platform": "android",
            "gaid": b.id("gaid", where="body.gaid"),
        }
    )
    b.other_id("sumsub_device", "body.deviceId")
    b.no_content()
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = FB(c, "bank", "GET", BANK + "/api/v3/rates")
    b.ok_json(
        {
            "USD": [rf(c.rng, 2.6, 2.8) for _ in range(24)],
            "EUR": [rf(c.rng, 2.9, 3.1) for _ in range(24)],
        }
    )
    b.decoy("price series")
    return b.build()


def transfer(c: Context) -> Flow:
    b = FB(c, "bank", "POST", BANK + "/api/v3/transfers")
    b.json(
        {
            "amount": rf(c.rng, 5, 500, 2),
            "currency": "GEL",
            "requestId": rid(c.rng),
            "orderNo": f"TR{c.rng.randint(10**9, 10**10)}",
        }
    )
    b.decoy("request id and order number")
    b.ok_json({"status": "ACCEPTED"})
    return b.build()


def signup(c: Context) -> Flow:
    b = FB(c, "bank", "POST", BANK + "/api/v3/onboarding/profile")
    b.json(
        {
            "gender": c.rng.choice(["F", "M"]),
            "birthYear": c.rng.randint(1960, 2004),
            "city": "Tbilisi",
        }
    )
    b.decoy("self-declared gender on a form")
    b.ok_json({"step": 3})
    return b.build()
