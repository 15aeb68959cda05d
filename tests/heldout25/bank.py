"""Mobi Bank: a KakaoBank-like mobile bank with face authentication and a
selfie-to-ID-card (jumin deungnokjeung) photo match at account opening.

The photo match calls Amazon Rekognition CompareFaces as its API reference
documents it: POST to rekognition.<region>.amazonaws.com with
`X-Amz-Target: RekognitionService.CompareFaces`, content type
`application/x-amz-json-1.1`, a SigV4 `Authorization` header and a body of
`SourceImage.Bytes` / `TargetImage.Bytes` (base64 JPEG) and
`SimilarityThreshold`. The bank's own face-login and fraud-detection calls
are in-house (fictional hosts, plausible keys).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, gz, jsb

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://m.mobibank.example.kr"
REKOG = "https://rekognition.ap-northeast-2.amazonaws.com/"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mobibank", method, url)
    b.header("user-agent", ua("MobiBank", "2407"))
    b.header("x-mb-session", rid(c.rng).replace("-", ""))
    return b


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/face/verify")
    b.json(
        {
            "custNo": b.acct("bank_cust"),
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "templateVer": "MBF-3.1",
            "livenessScore": rf(c.rng, 0.8, 0.99),
            "deviceId": b.id("idfv_bank", "plain", "body deviceId"),
        }
    )
    b.bio("face_template", "body faceTemplate (128-d face embedding)")
    b.ok_json({"authResult": "SUCCESS", "token": rid(c.rng)})
    return b.build()


def liveness_landmarks(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/face/liveness")
    pts = [{"x": rf(c.rng, 0.2, 0.8), "y": rf(c.rng, 0.15, 0.85)} for _ in range(68)]
    b.json(
        {
            "challenge": c.rng.choice(["BLINK", "TURN_LEFT", "SMILE"]),
            "frames": [
                {
                    "t": i * 66,
                    "faceLandmarks": pts,
                    "headPose": {
                        "yaw": rf(c.rng, -30, 30, 1),
                        "pitch": rf(c.rng, -15, 15, 1),
                        "roll": rf(c.rng, -10, 10, 1),
                    },
                    "eyeOpenProb": rf(c.rng, 0, 1, 2),
                }
                for i in range(3)
            ],
        }
    )
    b.bio("face_landmarks", "body frames[].faceLandmarks (68 points) + head pose")
    b.ok_json({"live": True})
    return b.build()


def _sigv4(c: Context) -> str:
    day = iso(c)[:10].replace("-", "")
    sig = "".join(c.rng.choice("0123456789abcdef") for _ in range(64))
    return (
        f"AWS4-HMAC-SHA256 Credential=AKIA5QX7EXAMPLE2KR/{day}/ap-northeast-2/rekognition/"
        f"aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature={sig}"
    )


def rekognition_compare(c: Context) -> Flow:
    b = FB(c, "aws-rekognition", "POST", REKOG)
    b.header("user-agent", "aws-sdk-swift/0.40.0 ua/2.0 api/rekognition#0.40.0 os/ios#17.5.1")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", iso(c)[:19].replace("-", "").replace(":", "") + "Z")
    b.header("authorization", _sigv4(c))
    selfie = fake_jpeg(c.rng.getrandbits(32), 700)
    card = fake_jpeg(c.rng.getrandbits(32), 700)
    b.set_body(
        jsb(
            {
                "SourceImage": {"Bytes": b64(selfie)},
                "TargetImage": {"Bytes": b64(card)},
                "SimilarityThreshold": 90,
                "QualityFilter": "AUTO",
            }
        ),
        "application/x-amz-json-1.1",
    )
    b.bio("face_image", "body SourceImage/TargetImage (selfie vs ID-card photo to CompareFaces)")
    b.ok_json(
        {
            "FaceMatches": [
                {
                    "Similarity": rf(c.rng, 92, 99.9, 3),
                    "Face": {
                        "BoundingBox": {"Width": 0.41, "Height": 0.52, "Left": 0.3, "Top": 0.2},
                        "Confidence": 99.9,
                    },
                }
            ],
            "UnmatchedFaces": [],
        }
    )
    return b.build()


def idcard_match_result(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/onboard/v1/jumin/face-match")
    b.json(
        {
            "applyNo": f"A{c.rng.randint(10**9, 10**10)}",
            "idType": "JUMIN",
            "faceMatch": {
                "similarity": rf(c.rng, 92, 99.9, 2),
                "threshold": 90,
                "selfieFaceBox": [rf(c.rng, 0, 1) for _ in range(4)],
            },
            "ocrConfidence": rf(c.rng, 0.9, 1),
        }
    )
    b.bio("face_match", "body faceMatch (selfie vs ID-card similarity sent on)")
    b.ok_json({"next": "ACCOUNT_PASSWORD"})
    return b.build()


def face_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/sec/v1/ekyc")
    blob = b64(gz(jsb({"t": floats(c.rng, 32)})))
    b.json({"encData": blob, "keyIdx": c.rng.randint(1, 9), "ver": 2})
    b.bio("face_template", "body encData (encrypted face template)", detectable=False)
    b.ok_json({"rc": "0000"})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device/v1/bind")
    b.json(
        {
            "deviceId": b.id("idfv_bank", "plain", "body deviceId"),
            "deviceModel": "iPad13,16",
            "osVersion": "17.5.1",
            "jailbroken": False,
            "pushEnabled": True,
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def fds_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/fds/v3/collect")
    b.json(
        {
            "fdsToken": b.id("bank_fds", "plain", "body fdsToken", detectable=False),
            "vpn": False,
            "tz": "Asia/Seoul",
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/acct/v1/summary")
    b.ok_json(
        {
            "accounts": [
                {
                    "acctNo": f"3333-{c.rng.randint(10, 99)}-{c.rng.randint(10**6, 10**7)}",
                    "balance": c.rng.randint(10000, 9000000),
                    "currency": "KRW",
                }
            ],
            "traceId": rid(c.rng),
        }
    )
    b.decoy("account summary with a trace id")
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/transfer/v2/execute")
    b.json(
        {
            "toBank": "088",
            "amount": c.rng.randint(1000, 500000),
            "memo": "학원비",
            "txId": f"TX{ms(c)}{c.rng.randint(100, 999)}",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"status": "DONE", "approvalNo": str(c.rng.randint(10**7, 10**8))})
    b.decoy("money transfer with transaction id and idempotency key")
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/fx/v1/rates?cur=USD&days=30")
    b.ok_json({"series": [rf(c.rng, 1320, 1395, 2) for _ in range(30)], "base": "KRW"})
    b.decoy("exchange-rate series")
    return b.build()
