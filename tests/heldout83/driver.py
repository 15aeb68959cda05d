"""Chalo Driver: a ride-hailing driver app (Pathao / Uber-driver-like) with selfie checks.

- Azure AI Face detect: POST {region}.api.cognitive.microsoft.com/face/v1.0/detect
  ?returnFaceId=true&returnFaceLandmarks=true&recognitionModel=recognition_04, body
  the JPEG as application/octet-stream, header Ocp-Apim-Subscription-Key (Microsoft
  Learn, Face - Detect REST reference; Uber's Real-Time ID Check used Microsoft Face).
- In-house shift-start selfie: multipart selfie plus a MediaPipe Face Mesh of 468
  normalised [x, y, z] points (google-ai-edge/mediapipe face_mesh docs), and
  InsightFace-style 106-point landmarks on retries.
GPS trails, vehicle photos and earnings are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, js, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://driver-api.chalo.com.bd"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "chalo-driver", method, API + path)
    b.header("user-agent", ua("ChaloDriver", "9.3.2"))
    b.header("x-install-id", b.id("driver_install", where="header x-install-id"))
    return b


def azure_detect(c: Context) -> Flow:
    url = "https://southeastasia.api.cognitive.microsoft.com/face/v1.0/detect"
    params = [
        ("returnFaceId", "true"),
        ("returnFaceLandmarks", "true"),
        ("recognitionModel", "recognition_04"),
        ("detectionModel", "detection_03"),
    ]
    b = FB(c, "azure-face", "POST", url, params)
    b.bio("face_image", "octet-stream JPEG to Azure Face detect")
    b.header("ocp-apim-subscription-key", rid(c.rng).replace("-", ""))
    b.set_body(fake_jpeg(c.rng.randint(0, 10**6), 1400), "application/octet-stream")
    lm = {
        k: {"x": rf(c.rng, 100, 400, 1), "y": rf(c.rng, 100, 500, 1)}
        for k in ["pupilLeft", "pupilRight", "noseTip", "mouthLeft", "mouthRight"]
    }
    b.ok_json(
        [
            {
                "faceId": rid(c.rng),
                "faceRectangle": {"top": 131, "left": 177, "width": 162, "height": 162},
                "faceLandmarks": lm,
            }
        ]
    )
    return b.build()


def _mesh(c: Context, n: int, dims: int) -> list[list[float]]:
    return [
        [round(c.rng.uniform(0.3, 0.7), 4) for _ in range(dims - 1)]
        + ([round(c.rng.gauss(0, 0.03), 4)] if dims == 3 else [])
        for _ in range(n)
    ]


def shift_selfie(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/compliance/selfie")
    b.bio("face_landmarks", "multipart selfie jpeg + face_mesh 468x3 json")
    bound = "chalo" + rid(c.rng)[:16]
    meta = {"face_mesh": _mesh(c, 468, 3), "shift_id": f"SH{c.rng.randint(10**6, 10**7)}"}
    parts = [
        ("meta", None, "application/json", js(meta).encode()),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 1000)),
    ]
    b.set_body(multipart(bound, parts), f"multipart/form-data; boundary={bound}")
    b.ok_json({"status": "MATCHED", "retry": False})
    return b.build()


def landmarks_retry(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/compliance/selfie/landmarks")
    b.bio("face_landmarks", "json lmk106: 106 face landmark points")
    b.json({"lmk106": _mesh(c, 106, 2), "img_w": 720, "img_h": 1280, "attempt": 2, "at": iso(c)})
    b.ok_json({"status": "MATCHED"})
    return b.build()


def location_ping(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/driver/location")
    b.decoy("GPS trail: coordinate list with timestamps")
    lat, lon = 23.78 + c.rng.uniform(-0.05, 0.05), 90.40 + c.rng.uniform(-0.05, 0.05)
    pts = [
        [round(lat + i * 0.0002, 6), round(lon + i * 0.0003, 6), ms(c) - i * 4000]
        for i in range(10)
    ]
    b.json(
        {
            "driver": c.phone.driver_code,
            "points": pts,
            "status": "ONLINE",
            "aid": b.id("aid_driver", where="json aid (ambiguous key)", detectable=False),
        }
    )
    b.no_content()
    return b.build()


def vehicle_photo(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/vehicle/photos")
    b.decoy("vehicle photo upload (number plate, not a face)")
    bound = "chalo" + rid(c.rng)[:16]
    parts = [
        ("side", None, None, c.rng.choice([b"front", b"rear", b"left"])),
        ("plate", None, None, "ঢাকা মেট্রো-গ ১২-৩৪৫৬".encode()),
        ("photo", "car.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 900)),
    ]
    b.set_body(multipart(bound, parts), f"multipart/form-data; boundary={bound}")
    b.ok_json({"ok": True})
    return b.build()


def earnings(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/earnings/week")
    b.decoy("daily earnings series and trip ids")
    b.ok_json(
        {
            "days": [round(c.rng.uniform(300, 2500), 2) for _ in range(7)],
            "trips": [f"TR{c.rng.randint(10**7, 10**8)}" for _ in range(5)],
        }
    )
    return b.build()


def heatmap(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/demand/heatmap")
    b.decoy("demand heatmap: hexagon ids with surge multipliers")
    cells = [{"h3": f"8a3c{rid(c.rng)[:11]}", "surge": rf(c.rng, 1.0, 2.2, 1)} for _ in range(12)]
    b.ok_json({"cells": cells})
    return b.build()
