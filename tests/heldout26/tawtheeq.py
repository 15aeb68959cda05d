"""Tawtheeq, a government services app with Nafath / UAE Pass-style face
verification: liveness frames, a selfie match against the ID-card photo, the
liveness result with landmarks sent on, and an AWS Rekognition CompareFaces
call.

Rekognition: POST to rekognition.<region>.amazonaws.com with
`X-Amz-Target: RekognitionService.CompareFaces`, content type
`application/x-amz-json-1.1`, body `SourceImage.Bytes` / `TargetImage.Bytes`
(base64) and `SimilarityThreshold` (AWS Rekognition API reference,
CompareFaces). The app's own backend is fictional; its names are its own.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, jsb, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.tawtheeq.gov.example"
UA = ua("Tawtheeq", "3.9.0")


def _base(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tawtheeq", method, url)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b


def _jpeg(c: Context, size: int = 900) -> bytes:
    return fake_jpeg(c.rng.randint(1, 10**9), size)


def liveness_frames(c: Context) -> Flow:
    sess = rid(c.rng)
    b = _base(c, "POST", f"{API}/nafath/v1/liveness/{sess}/frames")
    bnd = "----okhttp" + new_hex(c.rng, 24)
    meta = jsb(
        {"challenge": c.rng.choice(["turn_left", "blink", "smile"]), "frames": 3, "ts": ms(c)}
    )
    parts = [("meta", None, "application/json", meta)]
    parts += [(f"frame_{i}", f"face_{i}.jpg", "image/jpeg", _jpeg(c)) for i in range(3)]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart.frame_*")
    b.ok_json({"status": "RECEIVED"})
    return b.build()


def id_photo_match(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/identity/v2/face-match")
    b.json(
        {
            "idNumber": c.phone.national_id,
            "selfieImage": b64(_jpeg(c)),
            "imageFormat": "jpeg",
            "matchAgainst": "NIC_PHOTO",
            "returnScore": True,
        }
    )
    b.bio("face_image", "body.selfieImage")
    b.ok_json({"match": True, "similarity": rf(c.rng, 0.86, 0.99), "ref": rid(c.rng)})
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/nafath/v1/liveness/result")
    lm = [[rf(c.rng, 180, 460, 1), rf(c.rng, 220, 560, 1)] for _ in range(68)]
    b.json(
        {
            "sessionId": rid(c.rng),
            "isLive": True,
            "livenessScore": rf(c.rng, 0.9, 1.0),
            "face": {
                "landmarks68": lm,
                "headPose": {
                    "yaw": rf(c.rng, -20, 20, 2),
                    "pitch": rf(c.rng, -10, 10, 2),
                    "roll": rf(c.rng, -5, 5, 2),
                },
                "eyesOpenProbability": rf(c.rng, 0.7, 1.0),
                "bbox": [150, 190, 330, 400],
            },
        }
    )
    b.bio("face_landmarks", "body.face.landmarks68")
    b.ok_json({"ok": True})
    return b.build()


def rekognition_compare(c: Context) -> Flow:
    b = FB(c, "aws-rekognition", "POST", "https://rekognition.me-central-1.amazonaws.com/")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", iso(c).replace("-", "").replace(":", "")[:15] + "Z")
    b.header("authorization", "AWS4-HMAC-SHA256 Credential=ASIA" + new_hex(c.rng, 16).upper())
    b.set_body(
        jsb(
            {
                "SourceImage": {"Bytes": b64(_jpeg(c))},
                "TargetImage": {"Bytes": b64(_jpeg(c))},
                "SimilarityThreshold": 90,
            }
        ),
        "application/x-amz-json-1.1",
    )
    b.bio("face_image", "body.SourceImage.Bytes")
    b.ok_json({"FaceMatches": [{"Similarity": rf(c.rng, 90, 99.9, 3)}], "UnmatchedFaces": []})
    return b.build()


def sealed_liveness(c: Context) -> Flow:
    """The vendor SDK's sealed liveness package: AES blob, nothing readable."""
    b = _base(c, "POST", f"{API}/nafath/v1/lv/submit")
    blob = bytes(c.rng.getrandbits(8) for _ in range(700))
    b.json({"pkg": base64.b64encode(blob).decode(), "iv": new_hex(c.rng, 32), "v": 4})
    b.bio("face_image", "body.pkg (encrypted)", detectable=False)
    b.ok_json({"decision": "PASS"})
    return b.build()


def register_device(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/auth/v1/devices")
    b.json(
        {
            "androidId": b.id("aid_tawtheeq", where="body.androidId"),
            "platform": "ANDROID",
            "pushToken": "f" + new_hex(c.rng, 20) + ":APA91b" + new_hex(c.rng, 60),
            "model": "Pixel 8",
            "osVersion": "14",
            "trusted": True,
        }
    )
    b.ok_json({"deviceRef": rid(c.rng)})
    return b.build()


def session_header(c: Context) -> Flow:
    b = _base(c, "GET", f"{API}/services/v1/traffic-fines")
    b.header(
        "x-device-fingerprint",
        b.id("aid_tawtheeq", how="sha256", where="header.x-device-fingerprint"),
    )
    fines = [
        {
            "plate": f"{c.rng.randint(1000, 9999)} ب ر ع",
            "amount": c.rng.choice([150, 300, 500]),
            "date": iso(c)[:10],
        }
        for _ in range(2)
    ]
    b.decoy("traffic fines list with plate numbers")
    b.ok_json({"fines": fines})
    return b.build()


def services(c: Context) -> Flow:
    b = _base(c, "GET", f"{API}/services/v1/catalogue?lang=ar")
    b.decoy("service catalogue")
    b.ok_json(
        {
            "items": [
                {"id": "renew-iqama", "name": "تجديد الإقامة"},
                {"id": "passport", "name": "جواز السفر"},
            ]
        }
    )
    return b.build()


def profile_form(c: Context) -> Flow:
    b = _base(c, "PATCH", f"{API}/profile/v1/me")
    b.json(
        {"gender": "male", "maritalStatus": "married", "city": "الرياض", "birthDate": "1991-03-14"}
    )
    b.decoy("self-declared gender and marital status on a profile form")
    b.ok_json({"updated": True})
    return b.build()
