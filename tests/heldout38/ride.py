"""GariGo, a ride-hailing driver app used in Dhaka and Hyderabad: periodic
driver selfie checks (multipart to the app's backend), a direct AWS
Rekognition CompareFaces call through the mobile SDK, ML Kit face results
sent on, an encrypted selfie frame, Branch install attribution, and decoys:
GPS trip polylines, demand heat maps, fare estimates, a vehicle inspection
photo (a car, not a face).

Sources: AWS Rekognition CompareFaces (POST rekognition.<region>.amazonaws.com,
X-Amz-Target RekognitionService.CompareFaces, application/x-amz-json-1.1, body
SourceImage.Bytes / TargetImage.S3Object / SimilarityThreshold:
docs.aws.amazon.com/rekognition/latest/APIReference/API_CompareFaces.html);
ML Kit face detection fields (boundingBox, headEulerAngleX/Y/Z,
leftEyeOpenProbability, smilingProbability, contours FACE:
developers.google.com/ml-kit/vision/face-detection); Branch v1/install with
hardware_id / is_hardware_id_real / google_advertising_id (branch-android-sdk
ServerRequest, Defines.Jsonkey). The backend's keys are this set's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, js, multipart

from .phone import FB, ms, points, rf, rid, ua

API = "https://api.garigo.app"


def _b(c: Context, method: str, url: str, sdk: str = "garigo") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", ua("GariGoDriver", "5.19.3"))
    return b


def _mp(b: FB, c: Context, parts: list) -> None:
    boundary = "----GariGo" + new_hex(c.rng, 16)
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/driver/v3/selfie-check")
    b.header("x-install-id", b.id("ride_install", where="header x-install-id"))
    _mp(
        b,
        c,
        [
            ("driver_id", None, None, b.acct("ride_driver").encode()),
            (
                "selfie",
                f"selfie_{ms(c)}.jpg",
                "image/jpeg",
                fake_jpeg(c.rng.getrandbits(32), 1300),
            ),
            ("lat", None, None, b"23.7806"),
            ("lng", None, None, b"90.4193"),
        ],
    )
    b.bio("face_image", "multipart selfie (driver identity check)")
    b.ok_json({"status": "MATCH", "score": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def rekognition(c: Context) -> Flow:
    b = _b(c, "POST", "https://rekognition.ap-south-1.amazonaws.com/", "aws-rekognition")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20241105T080000Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=ASIA" + new_hex(c.rng, 12).upper() + "/ap-south-1/rekognition",
    )
    b.set_body(
        js(
            {
                "SourceImage": {"Bytes": b64(fake_jpeg(c.rng.getrandbits(32), 900))},
                "TargetImage": {
                    "S3Object": {
                        "Bucket": "garigo-driver-kyc",
                        "Name": f"drivers/{b.acct('ride_driver')}.jpg",
                    }
                },
                "SimilarityThreshold": 90,
            }
        ).encode(),
        "application/x-amz-json-1.1",
    )
    b.bio("face_image", "body.SourceImage.Bytes (CompareFaces)")
    b.respond(
        200,
        "application/x-amz-json-1.1",
        b'{"FaceMatches":[{"Similarity":98.1}],"UnmatchedFaces":[]}',
    )
    return b.build()


def mlkit_meta(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/driver/v3/face-meta")
    face = {
        "boundingBox": {"left": 96, "top": 140, "right": 392, "bottom": 470},
        "headEulerAngleX": rf(c.rng, -10, 10, 2),
        "headEulerAngleY": rf(c.rng, -15, 15, 2),
        "headEulerAngleZ": rf(c.rng, -8, 8, 2),
        "leftEyeOpenProbability": rf(c.rng, 0.5, 1, 3),
        "rightEyeOpenProbability": rf(c.rng, 0.5, 1, 3),
        "smilingProbability": rf(c.rng, 0, 1, 3),
        "contours": {"FACE": points(c.rng, 36)},
    }
    b.json({"driverId": b.acct("ride_driver"), "capturedAt": ms(c), "faces": [face]})
    b.bio("face_landmarks", "body.faces[0] (ML Kit contours / eye-open / smiling)")
    b.ok_json({"ok": True})
    return b.build()


def frame_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/driver/v3/blob")
    _mp(
        b,
        c,
        [
            ("k", None, None, b"7"),
            ("blob", "f.bin", "application/octet-stream", c.rng.randbytes(700)),
        ],
    )
    b.bio("face_image", "multipart blob (encrypted selfie frame)", detectable=False)
    b.no_content()
    return b.build()


def branch_install(c: Context) -> Flow:
    b = _b(c, "POST", "https://api2.branch.io/v1/install", "branch")
    b.json(
        {
            "hardware_id": b.id("aid_ride", where="body.hardware_id"),
            "is_hardware_id_real": True,
            "google_advertising_id": b.id("gaid", where="body.google_advertising_id"),
            "brand": "vivo",
            "model": "V2250",
            "os": "Android",
            "os_version": 34,
            "screen_dpi": 400,
            "wifi": True,
            "branch_key": "key_live_" + new_hex(c.rng, 20),
            "sdk": "android5.9.0",
            "first_install_time": ms(c) - 86400000 * 3,
        }
    )
    b.ok_json({"session_id": str(c.rng.getrandbits(60)), "data": "{}"})
    return b.build()


def trip_track(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/trip/v2/track")
    lat, lng = 23.78 + c.rng.uniform(-0.03, 0.03), 90.41 + c.rng.uniform(-0.03, 0.03)
    b.json(
        {
            "tripId": rid(c.rng),
            "pts": [
                [round(lat + i * 0.0004, 6), round(lng + i * 0.0003, 6), ms(c) + i * 5000]
                for i in range(20)
            ],
            "speed": [rf(c.rng, 0, 40, 1) for _ in range(20)],
        }
    )
    b.decoy("GPS polyline and speed series")
    b.ok_json({"ok": True})
    return b.build()


def heatmap(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/driver/v3/demand?city=DHK&z=13")
    b.ok_json(
        {
            "cells": [
                {"c": [rf(c.rng, 23.7, 23.9, 4), rf(c.rng, 90.3, 90.5, 4)], "w": rf(c.rng, 0, 1, 2)}
                for _ in range(20)
            ]
        }
    )
    b.decoy("coordinate list with weights")
    return b.build()


def fare(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/trip/v2/fare?km={rf(c.rng, 1, 25, 1)}&type=cng")
    b.ok_json(
        {"fare_bdt": c.rng.randint(80, 900), "surge": rf(c.rng, 1, 1.8, 1), "quoteId": rid(c.rng)}
    )
    return b.build()


def vehicle_photo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/vehicle/v1/inspection")
    _mp(
        b,
        c,
        [
            ("vehicle_no", None, None, b"DHAKA METRO-GA 11-2345"),
            ("front", "vehicle_front.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 1100)),
        ],
    )
    b.decoy("vehicle photo upload (no face)")
    b.ok_json({"accepted": True})
    return b.build()
