"""A ride-hailing app (Baku / Tashkent); the user also drives, so before each
shift it takes a driver selfie.

Real format: Amazon Rekognition CompareFaces (POST to
rekognition.<region>.amazonaws.com, `X-Amz-Target:
RekognitionService.CompareFaces`, JSON `SourceImage.Bytes` /
`TargetImage.Bytes` base64; docs.aws.amazon.com/rekognition/latest/APIReference).
The app's own backend takes the selfie (multipart) and, from on-device ML Kit
face detection, the face contour points and Euler angles. Ride requests carry
coordinate lists (not sensitive here).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, jsb, multipart

from .phone import FB, iso, points, rf, rid, ua

API = "https://api.yolchi-taxi.example"


def _taxi(b: FB) -> None:
    b.header("user-agent", ua("Yolchi", "8.4.0"))
    b.header("x-device-id", b.id("aid_taxi", where="header x-device-id"))


def shift_selfie(c: Context) -> Flow:
    b = FB(c, "yolchi", "POST", API + "/driver/v1/shift/selfie")
    _taxi(b)
    bnd = new_hex(c.rng, 32)
    parts = [
        ("driver_id", None, None, b.acct("taxi_driver").encode()),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 1100)),
        ("taken_at", None, None, iso(c).encode()),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart selfie for driver identity check")
    b.ok_json({"check_id": rid(c.rng), "status": "pending"})
    return b.build()


def rekognition_compare(c: Context) -> Flow:
    b = FB(c, "rekognition", "POST", "https://rekognition.eu-central-1.amazonaws.com/")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20241105T" + f"{c.rng.randint(80000, 235959):06d}Z")
    b.header("authorization", "AWS4-HMAC-SHA256 Credential=AKIA" + new_hex(c.rng, 16).upper())
    body = {
        "SourceImage": {"Bytes": b64(fake_jpeg(c.rng.getrandbits(32), 700))},
        "TargetImage": {"Bytes": b64(fake_jpeg(c.rng.getrandbits(32), 700))},
        "SimilarityThreshold": 90,
    }
    b.set_body(jsb(body), "application/x-amz-json-1.1")
    b.bio("face_image", "CompareFaces SourceImage/TargetImage bytes")
    b.ok_json({"FaceMatches": [{"Similarity": rf(c.rng, 90, 99.9, 3)}], "UnmatchedFaces": []})
    return b.build()


def face_contours(c: Context) -> Flow:
    b = FB(c, "yolchi", "POST", API + "/driver/v1/shift/face-meta")
    _taxi(b)
    b.json(
        {
            "contours": {
                "FACE": points(c.rng, 36),
                "LEFT_EYE": points(c.rng, 16),
                "RIGHT_EYE": points(c.rng, 16),
                "UPPER_LIP_TOP": points(c.rng, 11),
            },
            "headEulerAngleY": rf(c.rng, -12, 12, 2),
            "headEulerAngleZ": rf(c.rng, -6, 6, 2),
            "smilingProbability": rf(c.rng, 0, 1, 3),
            "trackingId": c.rng.randint(1, 40),
        }
    )
    b.bio("face_landmarks", "json ML Kit face contours + euler angles")
    b.ok_json({"ok": True})
    return b.build()


def selfie_opaque(c: Context) -> Flow:
    b = FB(c, "yolchi", "POST", API + "/driver/v1/x")
    _taxi(b)
    b.bio("face_image", "encrypted selfie blob", detectable=False)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(900)), "application/octet-stream")
    b.no_content()
    return b.build()


def ride_estimate(c: Context) -> Flow:
    b = FB(c, "yolchi", "POST", API + "/rider/v1/estimate")
    _taxi(b)
    route = [[rf(c.rng, 40.35, 40.45, 5), rf(c.rng, 49.8, 49.95, 5)] for _ in range(6)]
    b.json(
        {
            "route": route,
            "class": c.rng.choice(["ekonom", "komfort"]),
            "order_no": new_hex(c.rng, 10),
        }
    )
    b.ok_json({"price": rf(c.rng, 3, 25, 2), "eta_min": c.rng.randint(2, 12)})
    b.decoy("route coordinate list and price")
    return b.build()


def driver_location(c: Context) -> Flow:
    b = FB(c, "yolchi", "POST", API + "/driver/v1/location")
    _taxi(b)
    b.json(
        {
            "lat": rf(c.rng, 40.35, 40.45, 6),
            "lon": rf(c.rng, 49.8, 49.95, 6),
            "bearing": rf(c.rng, 0, 360, 1),
            "speed": rf(c.rng, 0, 20, 1),
        }
    )
    b.no_content()
    return b.build()


def car_photo(c: Context) -> Flow:
    b = FB(c, "yolchi", "POST", API + "/driver/v1/car/photo")
    _taxi(b)
    bnd = new_hex(c.rng, 32)
    parts = [
        ("side", None, None, b"front"),
        ("photo", "car.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 900)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"ok": True})
    b.decoy("car photo upload (no face)")
    return b.build()
