"""Her bank app: selfie match and liveness at login, and voice-ID enrolment (truly biometric).

Face: Amazon Rekognition CompareFaces called from the app through a Cognito
identity (POST rekognition.{region}.amazonaws.com, X-Amz-Target
RekognitionService.CompareFaces, {SourceImage: {Bytes}, TargetImage:
{S3Object}, SimilarityThreshold}; docs.aws.amazon.com/rekognition/latest/
APIReference/API_CompareFaces.html), a selfie multipart to the bank's own eKYC
API, a liveness result with 68 landmarks and head pose sent on, and an
encrypted liveness package (opaque). Voice: Azure Speaker Recognition
text-dependent enrolment (POST /speaker/verification/v2.0/text-dependent/
profiles/{id}/enrollments, audio/wav; learn.microsoft.com/rest/api/speakerrecognition)
and the bank's own voiceprint (base64 float32 speaker embedding).
Decoys: balances, transaction amount series, a biometric-login toggle, OTPs,
branch coordinates, a promo article about Face ID.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, ms, rf, rid, series, ua

API = "https://mobile.bayanbank.com.ph"
UA = ua("BayanMobile", "12.4.1")


def _b(c: Context, method: str, path: str, device: bool = False) -> FB:
    b = FB(c, "bayanbank", method, API + path)
    b.header("user-agent", UA)
    b.header("x-correlation-id", rid(c.rng))
    if device:
        b.header("x-device-binding", b.acct("bank_binding"))
        b.other_id("bank_binding", where="header.x-device-binding")
    return b


def rekognition(c: Context) -> Flow:
    b = FB(
        c,
        "aws-rekognition",
        "POST",
        "https://rekognition.ap-southeast-1.amazonaws.com/",
        http_version="HTTP/1.1",
    )
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20261129T" + new_digits(c.rng, 6) + "Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=ASIA"
        + new_hex(c.rng, 16).upper()
        + "/20261129/ap-southeast-1/rekognition/aws4_request",
    )
    body = {
        "SourceImage": {"Bytes": b64(fake_jpeg(c.rng.randint(0, 10**6)))},
        "TargetImage": {
            "S3Object": {"Bucket": "bayan-kyc-id", "Name": f"id/{b.acct('bank_cust')}.jpg"}
        },
        "SimilarityThreshold": 90,
    }
    b.json(body, ctype="application/x-amz-json-1.1")
    b.bio("face_image", "body.json.SourceImage.Bytes")
    b.ok_json({"FaceMatches": [{"Similarity": rf(c.rng, 90, 99.9, 3)}], "UnmatchedFaces": []})
    return b.build()


def selfie_match(c: Context) -> Flow:
    b = _b(c, "POST", "/ekyc/v2/selfie-match", device=True)
    bnd = "bayan" + new_hex(c.rng, 14)
    b.set_body(
        multipart(
            bnd,
            [
                ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6))),
                ("purpose", None, None, b"login_step_up"),
                ("customerNo", None, None, b.acct("bank_cust").encode()),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.bio("face_image", "body.multipart.selfie")
    b.ok_json({"match": True, "score": rf(c.rng, 0.9, 1)})
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = _b(c, "POST", "/ekyc/v2/liveness/result")
    cx, cy = c.rng.uniform(300, 420), c.rng.uniform(380, 520)
    pts = [
        [round(cx + c.rng.gauss(0, 60), 1), round(cy + c.rng.gauss(0, 80), 1)] for _ in range(68)
    ]
    b.json(
        {
            "sessionId": rid(c.rng),
            "isLive": True,
            "livenessScore": rf(c.rng, 0.8, 1),
            "face": {
                "landmarks68": pts,
                "headPose": {
                    "yaw": rf(c.rng, -10, 10, 2),
                    "pitch": rf(c.rng, -10, 10, 2),
                    "roll": rf(c.rng, -5, 5, 2),
                },
                "boundingBox": [int(cx - 150), int(cy - 180), 300, 360],
            },
        }
    )
    b.bio("landmarks", "body.json.face.landmarks68")
    b.ok_json({"status": "PASSED"})
    return b.build()


def liveness_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/ekyc/v2/lv/pkg")
    blob = bytes(c.rng.getrandbits(8) for _ in range(300))
    b.set_body(blob, "application/octet-stream")
    b.bio("face_frames", "body (encrypted liveness package)", detectable=False)
    b.ok_json({"status": "RECEIVED"})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", "/auth/v1/device/bind", device=True)
    b.json(
        {
            "androidId": b.id("aid_bank", where="body.json.androidId"),
            "model": "SM-A546E",
            "attestation": new_hex(c.rng, 64),
            "ts": ms(c),
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def balances(c: Context) -> Flow:
    b = _b(c, "GET", "/accounts/v1/summary")
    b.ok_json(
        {
            "accounts": [
                {
                    "type": "SA",
                    "no": "****" + new_digits(c.rng, 4),
                    "balance": rf(c.rng, 1000, 90000, 2),
                }
            ],
            "last30dBalances": series(c.rng, 30, 24000, 3000),
        }
    )
    b.decoy("balance and a 30-day balance series")
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"/accounts/v1/txns?from=2026-11-01&page={c.rng.randint(1, 3)}")
    b.ok_json(
        {
            "txns": [
                {
                    "ref": "FT" + new_digits(c.rng, 12),
                    "amt": rf(c.rng, -5000, 5000, 2),
                    "at": iso(c),
                    "desc": c.rng.choice(
                        ["GCASH CASH IN", "MERALCO", "SALARY KALINGA CX", "JOLLIBEE"]
                    ),
                }
                for _ in range(6)
            ]
        }
    )
    b.decoy("transaction list with reference numbers")
    return b.build()


def bio_toggle(c: Context) -> Flow:
    b = _b(c, "PATCH", "/settings/v1/security")
    b.json(
        {
            "faceLoginEnabled": c.rng.choice([True, False]),
            "voiceIdEnabled": True,
            "fingerprintLogin": True,
        }
    )
    b.decoy("biometric-login setting toggles: booleans, no biometric data")
    b.ok_json({"ok": True})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", "/auth/v1/otp/verify")
    b.json({"otp": new_digits(c.rng, 6), "txnRef": "FT" + new_digits(c.rng, 12)})
    b.decoy("OTP verification")
    b.ok_json({"verified": True})
    return b.build()


def promo_article(c: Context) -> Flow:
    b = _b(c, "GET", "/content/v1/articles/face-id-login-safety")
    b.ok_json(
        {
            "title": "How Face ID login keeps your account safe",
            "body": "Your face data never leaves your phone. Face landmarks, liveness and voice ID"
            " explained...",
            "heroImage": f"https://cdn.bayanbank.com.ph/a/{new_hex(c.rng, 10)}.jpg",
        }
    )
    b.decoy("an article about face ID: text about faces, no face data")
    return b.build()
