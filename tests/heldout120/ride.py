"""Feres-style ride-hailing driver app (fictional `zuret.example`): selfie checks
before a shift through AWS Rekognition and the app's own face check.

The selfie sent to CompareFaces and the in-house landmark check are biometric; an
encrypted selfie blob is biometric too, but nothing readable says so. GPS pings,
fares and the OCR boxes read off a driving licence are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://driver.zuret.example"
UA = ua("ZuretDriver", "7.2.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "zuret", method, url)
    b.header("user-agent", UA)
    b.header("x-driver-device", b.id("aid_ride", where="header x-driver-device"))
    return b


def rekognition_compare(c: Context) -> Flow:
    b = FB(c, "aws-rekognition", "POST", "https://rekognition.eu-west-1.amazonaws.com/")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.bio("face_image", "json SourceImage.Bytes (shift-start selfie to CompareFaces)")
    selfie = b64(fake_jpeg(c.rng.randint(0, 10**9), 700))
    b.set_body(
        (
            '{"SimilarityThreshold":90,"SourceImage":{"Bytes":"' + selfie + '"},'
            '"TargetImage":{"S3Object":{"Bucket":"zuret-drivers","Name":"'
            + c.phone.driver_id
            + '.jpg"}}}'
        ).encode(),
        "application/x-amz-json-1.1",
    )
    b.ok_json({"FaceMatches": [{"Similarity": rf(c.rng, 91, 99.9, 2)}]})
    return b.build()


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/shift/fit-marregaggecha")
    b.bio("face_landmarks", "json yefit_netboch[] (romanised Amharic 'face points'), head pose")
    pts = [[rf(c.rng, 200, 440, 1), rf(c.rng, 150, 400, 1)] for _ in range(68)]
    b.json(
        {
            "driver": c.phone.driver_id,
            "yefit_netboch": pts,
            "ras_atekakem": {"yaw": rf(c.rng, -10, 10, 2), "pitch": rf(c.rng, -8, 8, 2)},
            "ayn_bilichta": True,
            "at": iso(c),
        }
    )
    b.ok_json({"passed": True, "score": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def sealed_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/u")
    b.bio("face_image", "multipart part 'p' (AES-GCM sealed selfie bytes)", detectable=False)
    boundary = new_hex(c.rng, 16)
    blob = bytes(c.rng.getrandbits(8) for _ in range(900))
    b.set_body(
        multipart(boundary, [("p", "blob", "application/octet-stream", blob)]),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"ok": 1})
    return b.build()


def gps_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/location")
    b.decoy("driver GPS breadcrumb with heading: coordinates, not biometric")
    b.json(
        {
            "lat": rf(c.rng, 8.5, 9.1, 6),
            "lng": rf(c.rng, 38.6, 39.3, 6),
            "heading": rf(c.rng, 0, 359, 1),
            "trace": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def licence_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/documents/licence/ocr")
    b.decoy("OCR boxes over a driving-licence scan: text boxes, no face data")
    b.json(
        {
            "boxes": [
                {"text": w, "x": rf(c.rng, 0, 600, 1), "y": rf(c.rng, 0, 400, 1)}
                for w in ["መንጃ ፈቃድ", "Addis Ababa", "Grade 3"]
            ],
            "doc": new_hex(c.rng, 12),
        }
    )
    b.ok_json({"status": "read"})
    return b.build()


def fare(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trips/{rid(c.rng)}/fare")
    b.decoy("trip fare breakdown with trip id: an order id")
    b.ok_json({"birr": rf(c.rng, 90, 650, 2), "surge": 1.0})
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.13/androidevent?app_id=et.zuret.driver",
    )
    b.header("user-agent", UA)
    b.json(
        {
            "uid": b.id("af_uid", where="json uid (AppsFlyer)"),
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "android_id": b.id("aid_ride", where="json android_id"),
            "eventName": "shift_started",
            "date1": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
