"""A bike-taxi app ("Zipride") with rider selfie checks: before going on duty
the captain takes a selfie, the app runs ML Kit blink / head-turn liveness and
sends the result, and the selfie is compared against the driving-licence photo
with Amazon Rekognition CompareFaces; plus location pings, fares and bookings.

Amazon Rekognition CompareFaces: POST with X-Amz-Target
RekognitionService.CompareFaces, JSON SourceImage.Bytes (base64),
TargetImage.S3Object {Bucket, Name}, SimilarityThreshold; response FaceMatches
[{Similarity, Face{BoundingBox, Landmarks...}}] (AWS API reference). ML Kit
face fields (leftEyeOpenProbability, headEulerAngleY): ML Kit Face detection
docs. The app's backend is fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.zipride.in"


def _b(c: Context, method: str, path: str, dev: bool = True) -> FB:
    b = FB(c, "zipride", method, API + path)
    b.header("user-agent", ua("ZiprideCaptain", "9.12.0"))
    if dev:
        b.header("x-install-id", b.id("ride_install", where="header x-install-id"))
    return b


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", "/captain/v1/duty/selfie")
    b.bio("face_image", "multipart selfie (captain face check before duty)")
    bnd = new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4) + "-" + new_hex(c.rng, 12)
    body = multipart(
        bnd,
        [
            ("captainId", None, None, b.acct("ride_user").encode()),
            (
                "selfie",
                "IMG_" + new_digits(c.rng, 8) + ".jpg",
                "image/jpeg",
                fake_jpeg(c.rng.randint(0, 10**9)),
            ),
            ("lat", None, None, str(rf(c.rng, 12.85, 13.1, 6)).encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"checkId": rid(c.rng), "status": "PROCESSING"})
    return b.build()


def rekognition(c: Context) -> Flow:
    b = FB(c, "aws-rekognition", "POST", "https://rekognition.ap-south-1.amazonaws.com/")
    b.header("user-agent", "aws-sdk-android/2.75.0 " + dalvik())
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20241105T" + f"{c.rng.randint(0, 235959):06d}Z")
    b.bio("face_image", "json SourceImage.Bytes (CompareFaces vs licence photo)")
    b.json(
        {
            "SourceImage": {"Bytes": b64(fake_jpeg(c.rng.randint(0, 10**9), 700))},
            "TargetImage": {
                "S3Object": {"Bucket": "zipride-dl-photos", "Name": f"dl/{new_hex(c.rng, 16)}.jpg"}
            },
            "SimilarityThreshold": 90,
        },
        ctype="application/x-amz-json-1.1",
    )
    box = {k: rf(c.rng, 0.1, 0.6, 4) for k in ("Width", "Height", "Left", "Top")}
    b.ok_json(
        {
            "FaceMatches": [
                {
                    "Similarity": rf(c.rng, 90, 99.9, 3),
                    "Face": {"BoundingBox": box, "Confidence": 99.9},
                }
            ],
            "UnmatchedFaces": [],
        }
    )
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = _b(c, "POST", "/captain/v1/duty/liveness")
    b.bio("face_analysis", "json face.leftEyeOpenProbability / headEulerAngleY (blink liveness)")
    frames = [
        {
            "t": i * 120,
            "leftEyeOpenProbability": rf(c.rng, 0, 1, 3),
            "rightEyeOpenProbability": rf(c.rng, 0, 1, 3),
            "headEulerAngleY": rf(c.rng, -25, 25, 2),
        }
        for i in range(6)
    ]
    b.json({"checkId": rid(c.rng), "face": frames, "challenge": "BLINK_TWICE", "passed": True})
    b.ok_json({"ok": True})
    return b.build()


def match_verdict(c: Context) -> Flow:
    b = _b(c, "POST", "/captain/v1/duty/verdict")
    b.bio("face_match_result", "json dlFaceSimilarity (selfie vs licence)")
    b.json(
        {
            "checkId": rid(c.rng),
            "dlFaceSimilarity": rf(c.rng, 85, 99.5, 2),
            "decision": "ALLOW",
            "at": iso(c),
        }
    )
    b.ok_json({"onDuty": True})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", "/captain/v1/device")
    b.json(
        {
            "androidId": b.id("aid_ride", where="json androidId"),
            "gaid": b.id("gaid", where="json gaid"),
            "fcm": new_hex(c.rng, 11) + ":APA91b" + new_hex(c.rng, 40),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def trace_hash(c: Context) -> Flow:
    b = _b(c, "GET", "/captain/v1/incentives", dev=False)
    b.header(
        "x-trace", b.id("aid_ride", "sha256", "header x-trace (sha256, no name)", detectable=False)
    )
    b.ok_json({"target": 12, "done": c.rng.randint(0, 12), "bonus": 150})
    return b.build()


def location_ping(c: Context) -> Flow:
    b = _b(c, "POST", "/captain/v1/location", dev=False)
    b.decoy("GPS coordinate list and bearing")
    b.json(
        {
            "points": [
                {
                    "lat": rf(c.rng, 12.9, 13.0, 6),
                    "lng": rf(c.rng, 77.55, 77.65, 6),
                    "bearing": rf(c.rng, 0, 359, 1),
                    "ts": ms(c) - i * 3000,
                }
                for i in range(5)
            ]
        }
    )
    b.no_content()
    return b.build()


def fare(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/fare/estimate?from=12.9716,77.5946&to=12.9352,77.6245", dev=False)
    b.decoy("fare series and coordinates")
    b.ok_json(
        {"bike": rf(c.rng, 40, 120, 0), "auto": rf(c.rng, 80, 200, 0), "surge": [1.0, 1.2, 1.0]}
    )
    return b.build()


def booking(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/rides")
    b.decoy("ride order number")
    b.json(
        {
            "pickup": [12.9716, 77.5946],
            "drop": [12.9352, 77.6245],
            "mode": "BIKE",
            "req": rid(c.rng),
        }
    )
    b.ok_json({"rideId": "ZR" + new_digits(c.rng, 12), "otp": new_digits(c.rng, 4)})
    return b.build()
