"""Vozi: a ride-hailing driver app (Belgrade, Zagreb, Sofia, Ljubljana) whose
real-time ID check asks the driver for a selfie before a shift. The selfie is
compared with AWS Rekognition CompareFaces (JSON 1.1 over POST /,
`X-Amz-Target: RekognitionService.CompareFaces`, `SourceImage.Bytes` base64,
`TargetImage.S3Object`, `SimilarityThreshold`; docs.aws.amazon.com/rekognition/
latest/APIReference/API_CompareFaces.html) and the on-device DetectFaces-style
result (`FaceDetails`, `Landmarks[{Type,X,Y}]`, `Pose`) is forwarded.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://driver-api.vozi.app"
UA = ua("VoziDriver", "11.2.0")
LM = ["eyeLeft", "eyeRight", "nose", "mouthLeft", "mouthRight", "leftPupil", "rightPupil"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vozi", method, url)
    b.header("user-agent", UA)
    b.header("x-driver", c.phone.ride_driver)
    return b


def selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/identity/selfie-check")
    bnd = "vozi" + rid(c.rng).replace("-", "")[:20]
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("shift_id", None, None, str(c.rng.randint(10**6, 10**7)).encode()),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 900)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart:selfie (identity check)")
    b.ok_json({"status": "pending"})
    return b.build()


def compare_faces(c: Context) -> Flow:
    b = FB(c, "aws", "POST", "https://rekognition.eu-central-1.amazonaws.com/")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20250312T081500Z")
    b.header("authorization", "AWS4-HMAC-SHA256 Credential=ASIA" + rid(c.rng)[:16].upper())
    b.json(
        {
            "SourceImage": {"Bytes": b64(fake_jpeg(c.rng.getrandbits(32), 700))},
            "TargetImage": {
                "S3Object": {"Bucket": "vozi-drivers", "Name": f"ref/{c.phone.ride_driver}.jpg"}
            },
            "SimilarityThreshold": 90,
        },
        ctype="application/x-amz-json-1.1",
    )
    b.bio("face_image", "json:SourceImage.Bytes (CompareFaces)")
    b.ok_json({"FaceMatches": [{"Similarity": rf(c.rng, 90, 99.9, 2)}], "UnmatchedFaces": []})
    return b.build()


def face_details(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/identity/face-quality")
    lms = [{"Type": t, "X": rf(c.rng, 0.3, 0.7), "Y": rf(c.rng, 0.3, 0.7)} for t in LM]
    b.json(
        {
            "FaceDetails": [
                {
                    "BoundingBox": {"Width": rf(c.rng, 0.3, 0.5), "Height": rf(c.rng, 0.4, 0.6)},
                    "Landmarks": lms,
                    "Pose": {
                        "Roll": rf(c.rng, -5, 5, 2),
                        "Yaw": rf(c.rng, -15, 15, 2),
                        "Pitch": rf(c.rng, -10, 10, 2),
                    },
                    "EyesOpen": {"Value": True, "Confidence": rf(c.rng, 90, 99, 2)},
                }
            ]
        }
    )
    b.bio("face_landmarks", "json:FaceDetails[].Landmarks")
    b.ok_json({"ok": True})
    return b.build()


def selfie_opaque(c: Context) -> Flow:
    """Retry path: the selfie goes up as a raw upload to a signed URL, no names."""
    key = rid(c.rng).replace("-", "")
    b = FB(c, "vozi", "PUT", f"https://vozi-uploads.s3.eu-central-1.amazonaws.com/u/{key}")
    b.header("user-agent", UA)
    b.param("X-Amz-Signature", key + key[:32])
    b.set_body(fake_jpeg(c.rng.getrandbits(32), 800), "application/octet-stream")
    b.bio("face_image", "body:raw JPEG to signed URL", detectable=False)
    b.respond(200, None)
    return b.build()


def device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/session/start")
    b.json(
        {
            "device": {
                "android_id": b.id("aid_ride", where="json:device.android_id"),
                "install_id": b.id("ride_install", where="json:device.install_id"),
                "os": "android 14",
            },
            "app_version": "11.2.0",
        }
    )
    b.ok_json({"session": rid(c.rng)})
    return b.build()


def location(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/location/batch")
    lat, lon = c.rng.choice([(44.8125, 20.4612), (45.815, 15.9819), (42.6977, 23.3219)])
    pts = [
        [
            round(lat + c.rng.gauss(0, 0.002), 6),
            round(lon + c.rng.gauss(0, 0.002), 6),
            ms(c) - i * 4000,
        ]
        for i in range(8)
    ]
    b.json({"points": pts})
    b.ok_json({"ok": True})
    b.decoy("GPS trail (coordinate list)")
    return b.build()


def fare(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/pricing/surge")
    b.ok_json({"multipliers": [rf(c.rng, 1, 2.4, 2) for _ in range(24)], "at": iso(c)})
    b.decoy("surge price series")
    return b.build()


def offers(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/offers")
    b.ok_json(
        {
            "offers": [
                {"id": rid(c.rng), "eta": c.rng.randint(2, 9), "fare": rf(c.rng, 300, 1800, 0)}
            ]
        }
    )
    b.decoy("ride offers with request ids")
    return b.build()
