"""Gidi Dispatch (fictional): a ride and delivery app for Lagos, Kano and Addis.
Riders take a selfie before each shift: the app uploads it to its backend, runs
Amazon Rekognition CompareFaces against the enrolment photo (JSON 1.1 POST with
X-Amz-Target RekognitionService.CompareFaces, SourceImage.Bytes base64,
TargetImage.S3Object, SimilarityThreshold: AWS Rekognition API reference), and
sends the on-device ML Kit face check (FaceContour types FACE, LEFT_EYE...,
headEulerAngleY/Z, smilingProbability, leftEyeOpenProbability: ML Kit Face
Detection API) with the shift start. Device ids at install and in every ping
header. Decoys: GPS traces and route polylines, fare quotes, order numbers, a
parcel photo, map tiles.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://rider.gididispatch.com/api"
UA = ua("GidiRider", "9.4.1")
CITY = [(6.5244, 3.3792), (12.0022, 8.592), (9.0054, 38.7636)]


def _b(c: Context, method: str, url: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "okada", method, url, params)
    b.header("user-agent", UA)
    return b


def _pt(c: Context) -> tuple[float, float]:
    lat, lon = c.rng.choice(CITY)
    return rf(c.rng, lat - 0.03, lat + 0.03, 6), rf(c.rng, lon - 0.03, lon + 0.03, 6)


def selfie_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/shift/selfie")
    b.header("x-install-id", b.id("okada_install", where="header.x-install-id"))
    parts = [
        ("shift_id", None, None, f"SH{c.rng.randint(10**6, 10**7 - 1)}".encode()),
        ("rider_selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 1100)),
    ]
    boundary = new_hex(c.rng, 30)
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("face_image", "multipart.rider_selfie")
    b.ok_json({"check": "queued"})
    return b.build()


def rekognition_compare(c: Context) -> Flow:
    b = FB(
        c, "aws", "POST", "https://rekognition.eu-west-1.amazonaws.com/", http_version="HTTP/1.1"
    )
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    day = iso(c)[:10].replace("-", "")
    b.header("x-amz-date", f"{day}T{c.rng.randint(80000, 175959):06d}Z")
    b.header(
        "authorization",
        f"AWS4-HMAC-SHA256 Credential=ASIA{new_hex(c.rng, 16).upper()}/{day}/eu-west-1/"
        "rekognition/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, "
        f"Signature={new_hex(c.rng, 64)}",
    )
    body = {
        "SourceImage": {"Bytes": b64(fake_jpeg(c.rng.getrandbits(32), 900))},
        "TargetImage": {
            "S3Object": {"Bucket": "gidi-riders-kyc", "Name": f"enrol/{b.acct('okada_user')}.jpg"}
        },
        "SimilarityThreshold": 90,
        "QualityFilter": "AUTO",
    }
    b.json(body, ctype="application/x-amz-json-1.1")
    b.bio("face_image", "body.SourceImage.Bytes")
    b.ok_json({"FaceMatches": [{"Similarity": rf(c.rng, 90, 99.9, 3)}], "UnmatchedFaces": []})
    return b.build()


def mlkit_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/shift/start")
    cx, cy = c.rng.uniform(200, 280), c.rng.uniform(280, 360)
    contour = [
        [round(cx + c.rng.gauss(0, 60), 1), round(cy + c.rng.gauss(0, 80), 1)] for _ in range(36)
    ]
    eye = [
        [round(cx - 40 + c.rng.gauss(0, 8), 1), round(cy - 30 + c.rng.gauss(0, 4), 1)]
        for _ in range(16)
    ]
    lat, lon = _pt(c)
    b.json(
        {
            "lat": lat,
            "lng": lon,
            "faceCheck": {
                "contours": {"FACE": contour, "LEFT_EYE": eye},
                "headEulerAngleY": rf(c.rng, -12, 12, 2),
                "headEulerAngleZ": rf(c.rng, -8, 8, 2),
                "smilingProbability": rf(c.rng, 0, 1, 3),
                "leftEyeOpenProbability": rf(c.rng, 0.6, 1, 3),
            },
        }
    )
    b.bio("face_landmarks", "body.faceCheck.contours")
    b.ok_json({"shift": "started"})
    return b.build()


def install(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/install")
    b.json(
        {
            "install_id": b.id("okada_install", where="body.install_id"),
            "android_id": b.id("aid_okada", where="body.android_id"),
            "advertising_id": b.id("gaid", where="body.advertising_id"),
            "app_version": "9.4.1",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def location_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/rider/loc")
    b.header("x-did", b.id("aid_okada", how="sha256", where="header.x-did"))
    pts = [[*_pt(c), ms(c) - i * 5000] for i in range(6)]
    b.json({"trace": pts, "battery": c.rng.randint(10, 99), "req": rid(c.rng)})
    b.no_content()
    return b.build()


def route(c: Context) -> Flow:
    (a, o), (d1, d2) = _pt(c), _pt(c)
    b = _b(c, "GET", f"{API}/v1/route", [("from", f"{a},{o}"), ("to", f"{d1},{d2}")])
    poly = [[rf(c.rng, a, d1 + 0.001, 5), rf(c.rng, o, d2 + 0.001, 5)] for _ in range(15)]
    b.ok_json({"polyline": poly, "eta_s": c.rng.randint(300, 2400)})
    b.decoy("route polyline: a coordinate list")
    return b.build()


def fare_quote(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/quote")
    b.json({"pickup": list(_pt(c)), "dropoff": list(_pt(c)), "vehicle": "okada"})
    b.ok_json({"fare": c.rng.randint(800, 4500), "currency": "NGN", "surge": [1.0, 1.2, 1.1]})
    b.decoy("fare quote with surge series")
    return b.build()


def order_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/orders/GD-{c.rng.randint(10**7, 10**8 - 1)}")
    b.ok_json({"status": "picked_up", "updated": iso(c), "trace_id": rid(c.rng)})
    b.decoy("order status with order number and trace id")
    return b.build()


def parcel_photo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/orders/proof")
    parts = [("parcel_photo", "parcel.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 800))]
    boundary = new_hex(c.rng, 30)
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"ok": True})
    b.decoy("proof-of-delivery photo of a parcel (not a face)")
    return b.build()
