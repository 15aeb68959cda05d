"""Her bank app: face liveness / selfie match at login and a voice-ID login.

Sensitive: the selfie sent to Amazon Rekognition CompareFaces (JSON 1.1,
`X-Amz-Target: RekognitionService.CompareFaces`, `SourceImage.Bytes` base64,
`TargetImage.S3Object`, `SimilarityThreshold`; docs.aws.amazon.com Rekognition
API reference), the app's own liveness result with 106 face landmarks and head
pose, a face template (base64 float32), voice-ID verification and enrolment
(voice sample + speaker model id), and an encrypted liveness blob (opaque).
Decoys: Rekognition CreateFaceLivenessSession (no face data), balances, FX rate
series, transfers, App Attest.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, js, multipart

from .phone import FB, floats, iso, ms, rid, ua

API = "https://mapi.hanul-bank-example.co.kr"
REK = "https://rekognition.ap-northeast-2.amazonaws.com/"
UA = ua("HanulBank", "11.2.0")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "bank", method, API + path)
    b.header("user-agent", UA)
    b.header("x-txn-id", new_digits(c.rng, 20))
    return b


def _aws(c: Context, target: str) -> FB:
    b = FB(c, "rekognition", "POST", REK)
    b.header("x-amz-target", "RekognitionService." + target)
    hms = (c.rng.randint(0, 23), c.rng.randint(0, 59), c.rng.randint(0, 59))
    b.header("x-amz-date", "20261005T{:02d}{:02d}{:02d}Z".format(*hms))
    b.header("authorization", "AWS4-HMAC-SHA256 Credential=AKIA" + new_hex(c.rng, 16).upper())
    return b


def compare_faces(c: Context) -> Flow:
    b = _aws(c, "CompareFaces")
    b.bio("face_image", "body.SourceImage.Bytes (selfie to CompareFaces)")
    body = {
        "SourceImage": {"Bytes": b64(fake_jpeg(c.rng.getrandbits(32), 1200))},
        "TargetImage": {
            "S3Object": {"Bucket": "hanul-kyc-id", "Name": f"id/{new_hex(c.rng, 16)}.jpg"}
        },
        "SimilarityThreshold": 90,
        "QualityFilter": "AUTO",
    }
    b.set_body(js(body).encode(), "application/x-amz-json-1.1")
    b.ok_json({"FaceMatches": [{"Similarity": round(c.rng.uniform(92, 99.9), 3)}]})
    return b.build()


def create_liveness(c: Context) -> Flow:
    b = _aws(c, "CreateFaceLivenessSession")
    b.decoy("liveness session creation: settings and a client token, no face data")
    body = {"ClientRequestToken": new_uuid(c.rng), "Settings": {"AuditImagesLimit": 2}}
    b.set_body(js(body).encode(), "application/x-amz-json-1.1")
    b.ok_json({"SessionId": new_uuid(c.rng)})
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/auth/face/liveness")
    b.bio("landmarks", "body.faceLandmarks106 + headPose")
    pts = [
        [round(180 + c.rng.gauss(0, 40), 1), round(240 + c.rng.gauss(0, 55), 1)] for _ in range(106)
    ]
    b.json(
        {
            "sessionId": new_uuid(c.rng),
            "faceLandmarks106": pts,
            "headPose": {"yaw": round(c.rng.gauss(0, 6), 2), "pitch": round(c.rng.gauss(0, 5), 2)},
            "livenessScore": round(c.rng.uniform(0.8, 1.0), 4),
            "eyesOpen": True,
        }
    )
    b.ok_json({"passed": True})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/auth/face/verify")
    b.bio("embedding", "body.faceTemplate (512 float32, base64)")
    b.json(
        {
            "custNo": b.acct("bank_user"),
            "faceTemplate": floats_b64(floats(c.rng, 512)),
            "templateVersion": "arcface-r100-v2",
            "ts": ms(c),
        }
    )
    b.ok_json({"match": True, "score": round(c.rng.uniform(0.7, 0.99), 3)})
    return b.build()


def voice_verify(c: Context, enrol: bool = False) -> Flow:
    b = _b(c, "POST", "/v3/auth/voice/" + ("enroll" if enrol else "verify"))
    b.bio("voiceprint", "multipart voice_sample + speaker_model_id (voice-ID login)")
    boundary = "Boundary-" + new_uuid(c.rng).upper()
    meta = {"speaker_model_id": "spk_" + new_hex(c.rng, 16), "phrase": "my voice is my password"}
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", js(meta).encode()),
            ("voice_sample", "sample.wav", "audio/wav", fake_wav(c.rng.getrandbits(32), 1500)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"verified": True})
    return b.build()


def opaque_liveness(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/sdk/lv")
    b.bio("face_image", "body.payload (encrypted liveness capture)", detectable=False)
    b.json({"ver": 2, "payload": b64(new_hex(c.rng, 160).encode()), "kid": new_hex(c.rng, 8)})
    b.ok_json({"r": 0})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/device/bind")
    b.header("x-idfv", b.id("idfv_bank", where="header.x-idfv"))
    b.json({"attestKeyId": b64(new_hex(c.rng, 32).encode()), "os": "iOS 17.5", "jailbroken": False})
    b.ok_json({"bound": True})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/accounts/summary")
    b.decoy("account balances and masked account numbers")
    b.ok_json(
        {"accounts": [{"no": "110-***-" + new_digits(c.rng, 6), "bal": c.rng.randint(0, 10**7)}]}
    )
    return b.build()


def fx_series(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/fx/JPYKRW?range=1M")
    b.decoy("JPY/KRW exchange-rate series (float list)")
    b.ok_json({"rates": [round(c.rng.uniform(8.8, 9.4), 4) for _ in range(30)], "asOf": iso(c)})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/transfer")
    b.decoy("transfer with a request id and an OTP nonce")
    b.json(
        {
            "to": "3333-" + new_digits(c.rng, 7),
            "amount": c.rng.randint(1000, 500000),
            "nonce": rid(c.rng),
        }
    )
    b.ok_json({"txId": new_digits(c.rng, 16)})
    return b.build()
