"""MakanGo: a food-delivery app in rider mode (the family's son rides weekend
shifts): selfie checks at shift start, with face matching via Amazon Rekognition,
plus the customer side's menus, review photos and live rider tracking.

Sources: Amazon Rekognition JSON API (POST https://rekognition.<region>.
amazonaws.com/, X-Amz-Target RekognitionService.CompareFaces / DetectFaces,
application/x-amz-json-1.1, SourceImage / TargetImage {Bytes}, SimilarityThreshold;
FaceDetails[].BoundingBox/Landmarks/Pose/Quality in the answer; AWS Rekognition
API reference); Firebase Installations (POST firebaseinstallations.googleapis.com
/v1/projects/{project}/installations with fid, appId, authVersion FIS_v2,
sdkVersion; firebase-ios-sdk FIRInstallationsAPIService).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, cfnet, ios_ua, iso, rf, rid

API = "https://rider-api.makango.my"
UA = ios_ua("MakanGo", "12.7.0")
BOUNDARY = "alamofire.boundary.3f9c2b7e1d0a4c58"


def _base(c: Context, method: str, path: str, host: str = API) -> FB:
    b = FB(c, "makango", method, host + path)
    b.header("user-agent", UA)
    return b


def shift_selfie(c: Context) -> Flow:
    b = _base(c, "POST", "/v3/rider/shift/selfie-check")
    b.header("x-device-id", b.id("idfv_makan", where="header x-device-id"))
    parts = [
        ("rider_id", None, None, b.acct("rider_id").encode()),
        ("shift_id", None, None, rid(c.rng).encode()),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32))),
    ]
    b.set_body(multipart(BOUNDARY, parts), f"multipart/form-data; boundary={BOUNDARY}")
    b.bio("face_image", "multipart selfie (rider face photo)")
    b.ok_json({"verified": True})
    return b.build()


def _aws(c: Context, target: str) -> FB:
    b = FB(c, "rekognition", "POST", "https://rekognition.ap-southeast-1.amazonaws.com/")
    b.header("user-agent", "aws-sdk-iOS/2.36.0 iOS/17.5.1 en_MY")
    b.header("x-amz-target", f"RekognitionService.{target}")
    b.header("x-amz-date", "20250315T010203Z")
    return b


def compare_faces(c: Context) -> Flow:
    b = _aws(c, "CompareFaces")
    b.json(
        {
            "SourceImage": {"Bytes": b64(fake_jpeg(c.rng.getrandbits(32), 500))},
            "TargetImage": {"S3Object": {"Bucket": "makango-rider-kyc", "Name": "ref.jpg"}},
            "SimilarityThreshold": 90,
        },
        ctype="application/x-amz-json-1.1",
    )
    b.bio("face_image", "body SourceImage.Bytes (CompareFaces)")
    b.ok_json({"FaceMatches": [{"Similarity": rf(c.rng, 92, 99.9, 2)}]})
    return b.build()


def face_result(c: Context) -> Flow:
    """DetectFaces output forwarded to the app's backend as the audit record."""
    b = _base(c, "POST", "/v3/rider/shift/face-audit")
    lm = [
        {"Type": t, "X": rf(c.rng, 0.3, 0.7), "Y": rf(c.rng, 0.3, 0.7)}
        for t in ("eyeLeft", "eyeRight", "nose", "mouthLeft", "mouthRight")
    ]
    b.json(
        {
            "riderId": b.acct("rider_id"),
            "FaceDetails": [
                {
                    "BoundingBox": {
                        "Width": rf(c.rng, 0.3, 0.5),
                        "Height": rf(c.rng, 0.4, 0.6),
                        "Left": rf(c.rng, 0.2, 0.3),
                        "Top": rf(c.rng, 0.1, 0.2),
                    },
                    "Landmarks": lm,
                    "Pose": {
                        "Roll": rf(c.rng, -5, 5, 2),
                        "Yaw": rf(c.rng, -10, 10, 2),
                        "Pitch": rf(c.rng, -8, 8, 2),
                    },
                    "Confidence": rf(c.rng, 99, 99.99, 3),
                }
            ],
        }
    )
    b.bio("face_analysis", "body FaceDetails[].Landmarks")
    b.no_content()
    return b.build()


def firebase_install(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/makango-prod/installations/"
    b = FB(c, "firebase", "POST", url)
    b.header("user-agent", cfnet("MakanGo", "1270"))
    b.header("x-goog-api-key", "AIzaSyD3k9mPq2w8Lr5t1NvX0bY7cZ4aE6fH2jQ")
    b.json(
        {
            "fid": b.id("makan_fid", where="body fid"),
            "appId": "1:884512907731:ios:3a9f0c2e",
            "authVersion": "FIS_v2",
            "sdkVersion": "i:11.2.0",
        }
    )
    b.ok_json({"name": "projects/884512907731/installations/x", "refreshToken": rid(c.rng)})
    return b.build()


def rider_track(c: Context) -> Flow:
    b = _base(c, "POST", "/v3/rider/track")
    lat, lng = 3.139 + c.rng.uniform(-0.05, 0.05), 101.687 + c.rng.uniform(-0.05, 0.05)
    pts = [[round(lat + i * 0.0004, 6), round(lng + i * 0.0003, 6), iso(c)] for i in range(10)]
    b.json({"orderNo": f"MG{c.rng.randint(10**9, 10**10)}", "points": pts, "speedKmh": 24})
    b.decoy("rider GPS trail for an order (coordinates + order number)")
    b.no_content()
    return b.build()


def menu(c: Context) -> Flow:
    b = _base(c, "GET", f"/v2/outlets/{c.rng.randint(1000, 9999)}/menu", "https://api.makango.my")
    items = [{"n": n, "p": rf(c.rng, 6, 25, 2)} for n in ("Nasi Lemak", "Char Kuey Teow", "Roti")]
    b.ok_json({"items": items, "photo": "https://img.makango.my/m/1.jpg"})
    b.decoy("menu with prices")
    return b.build()


def review_photo(c: Context) -> Flow:
    b = _base(c, "POST", "/v2/reviews/photo", "https://api.makango.my")
    parts = [
        ("orderNo", None, None, f"MG{c.rng.randint(10**9, 10**10)}".encode()),
        ("stars", None, None, b"5"),
        ("photo", "makanan.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32))),
    ]
    b.set_body(multipart(BOUNDARY, parts), f"multipart/form-data; boundary={BOUNDARY}")
    b.decoy("food photo for a review (image upload, no face)")
    b.ok_json({"ok": True})
    return b.build()


def order_status(c: Context) -> Flow:
    b = _base(c, "GET", "/v2/orders/active", "https://api.makango.my")
    b.ok_json({"orderNo": f"MG{c.rng.randint(10**9, 10**10)}", "eta": 14, "traceId": rid(c.rng)})
    b.decoy("order number and trace id")
    return b.build()
