"""Kurjeris (fictional Baltic courier / food-delivery partner app): selfie checks, e-bike, printer.

Real wire formats:
- AWS Rekognition CompareFaces: POST rekognition.eu-central-1.amazonaws.com/,
  X-Amz-Target: RekognitionService.CompareFaces, application/x-amz-json-1.1,
  {SourceImage: {Bytes: base64}, TargetImage: {S3Object: {Bucket, Name}},
  SimilarityThreshold} (AWS Rekognition API reference, CompareFaces).
- Google ML Kit face detection results the app forwards: bounding box, head
  Euler angles X/Y/Z, smiling / left-eye-open / right-eye-open probabilities,
  FACE contour points (developers.google.com/ml-kit/vision/face-detection).
In-house: shift-start selfie (multipart), the rented e-bike addressed by its
LTE tracker's IMEI in the URL path, the Bluetooth label printer's address and
the barcode scanner's serial; a proof-of-delivery photo of the parcel (no face).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, js, multipart

from .phone import FB, iso, points, rf, rid, ua

API = "https://partner.kurjeris.example.com"
UA = ua("Kurjeris", "5.12.0")


def _h(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-courier-device", b.id("aid_courier", where="header x-courier-device"))


def shift_selfie(c: Context) -> Flow:
    b = FB(c, "kurjeris", "POST", f"{API}/v2/shifts/start/selfie")
    _h(b)
    bnd = "okhttp-" + rid(c.rng)
    body = multipart(
        bnd,
        [
            ("selfie", "selfie_check.jpg", "image/jpeg", fake_jpeg(c.rng.randrange(10**6))),
            ("shiftId", None, None, rid(c.rng).encode()),
            ("capturedAt", None, None, iso(c).encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart selfie jpeg (identity check)")
    b.ok_json({"verified": True})
    return b.build()


def rekognition(c: Context) -> Flow:
    b = FB(
        c, "aws", "POST", "https://rekognition.eu-central-1.amazonaws.com/", http_version="HTTP/1.1"
    )
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20241105T081500Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=ASIA"
        + rid(c.rng)[:12].upper()
        + "/20241105/eu-central-1/rekognition/aws4_request, "
        + "SignedHeaders=host;x-amz-date, Signature="
        + rid(c.rng).replace("-", ""),
    )
    b.set_body(
        js(
            {
                "SourceImage": {"Bytes": b64(fake_jpeg(c.rng.randrange(10**6), 600))},
                "TargetImage": {
                    "S3Object": {
                        "Bucket": "kurjeris-couriers-eu",
                        "Name": f"ref/{b.acct('courier_user')}.jpg",
                    }
                },
                "SimilarityThreshold": 90,
            }
        ).encode(),
        "application/x-amz-json-1.1",
    )
    b.bio("face_image", "json SourceImage.Bytes (CompareFaces)")
    b.ok_json({"FaceMatches": [{"Similarity": rf(c.rng, 90, 99.9, 2)}], "UnmatchedFaces": []})
    return b.build()


def mlkit_faces(c: Context) -> Flow:
    b = FB(c, "kurjeris", "POST", f"{API}/v2/shifts/liveness-signals")
    _h(b)
    face = {
        "boundingBox": {"left": 180, "top": 300, "right": 540, "bottom": 760},
        "headEulerAngleX": rf(c.rng, -10, 10, 2),
        "headEulerAngleY": rf(c.rng, -30, 30, 2),
        "headEulerAngleZ": rf(c.rng, -5, 5, 2),
        "smilingProbability": rf(c.rng, 0, 1, 3),
        "leftEyeOpenProbability": rf(c.rng, 0, 1, 3),
        "rightEyeOpenProbability": rf(c.rng, 0, 1, 3),
        "trackingId": c.rng.randint(1, 40),
        "contours": {"FACE": points(c.rng, 36)},
    }
    b.json({"faces": [face], "challenge": "blink", "frameTs": iso(c)})
    b.bio("landmarks", "json ML Kit face contours + eye/smile probabilities")
    b.no_content()
    return b.build()


def ebike_unlock(c: Context) -> Flow:
    b = FB(c, "kurjeris", "POST", API)
    imei = b.id("ebike_imei", where="url path /vehicles/{imei}/unlock")
    b.base = f"{API}/v2/vehicles/{imei}/unlock"
    _h(b)
    b.json({"lat": rf(c.rng, 54.6, 54.75, 5), "lng": rf(c.rng, 25.2, 25.35, 5), "reason": "shift"})
    b.ok_json({"locked": False, "battery": c.rng.randint(20, 100)})
    return b.build()


def ebike_telemetry(c: Context) -> Flow:
    b = FB(c, "kurjeris", "GET", f"{API}/v2/vehicles/status")
    b.param("imei", b.id("ebike_imei", where="query imei"))
    _h(b)
    b.ok_json({"battery": c.rng.randint(10, 100), "rangeKm": rf(c.rng, 3, 60, 1)})
    return b.build()


def printer_pair(c: Context) -> Flow:
    b = FB(c, "kurjeris", "POST", f"{API}/v2/me/peripherals")
    _h(b)
    b.json(
        {
            "printer": {
                "bt_address": b.id("printer_mac", where="json printer.bt_address"),
                "model": "Zebra ZQ220",
            },
            "scanner_sn": b.id("scanner_serial", where="json scanner_sn"),
            "installRef": b.id("courier_install", where="json installRef"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def route(c: Context) -> Flow:
    b = FB(c, "kurjeris", "GET", f"{API}/v2/routes/{rid(c.rng)}")
    b.ok_json(
        {
            "stops": [
                {
                    "order": f"KR-{c.rng.randint(10**6, 10**7)}",
                    "lat": rf(c.rng, 54.6, 54.75, 5),
                    "lng": rf(c.rng, 25.2, 25.35, 5),
                    "lockerCode": f"{c.rng.randint(0, 999999):06d}",
                }
                for _ in range(6)
            ]
        }
    )
    b.decoy("route stops with coordinates, order numbers, locker codes")
    return b.build()


def proof_of_delivery(c: Context) -> Flow:
    b = FB(c, "kurjeris", "POST", f"{API}/v2/orders/KR-{c.rng.randint(10**6, 10**7)}/pod")
    _h(b)
    bnd = "okhttp-" + rid(c.rng)
    body = multipart(
        bnd,
        [
            ("pod_photo", "parcel.jpg", "image/jpeg", fake_jpeg(c.rng.randrange(10**6))),
            ("left_at", None, None, b"door"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.decoy("photo of a parcel at the door (no face)")
    b.ok_json({"ok": True})
    return b.build()


def location_ping(c: Context) -> Flow:
    b = FB(c, "kurjeris", "POST", f"{API}/v2/me/location")
    b.json(
        {
            "pts": [
                [rf(c.rng, 56.9, 57.0, 5), rf(c.rng, 24.05, 24.2, 5), rf(c.rng, 0, 9, 1)]
                for _ in range(5)
            ]
        }
    )
    b.decoy("coordinate list")
    b.no_content()
    return b.build()
