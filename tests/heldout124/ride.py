"""Lanpya: a ride-hailing and food-delivery app; the father drives for it in Mandalay.

Before a shift the driver app takes a selfie check (multipart `driver_selfie`
to the app's face-match service); the on-device model also sends a face
embedding with five landmarks, and the offline queue ships the embedding as
base64 float32 under `e`. Adjust tracks installs (`gps_adid`, `android_uuid`;
the answer's `adid`, https://help.adjust.com/en/article/device-identifiers).
GPS tracks, routes, fares, demand heat maps, a vehicle-plate photo and the
passenger's rating are ordinary trip data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, floats_b64, multipart

from .phone import FB, builder, floats, iso, ms, points, rf, rid, ua

API = "https://driver.lanpya.example"
UA = ua("LanpyaDriver", "6.4.0")
ADJUST_TOKEN = "q8w3lx2k9d1s"


def _b(c: Context, method: str, url: str, dev: bool = True) -> FB:
    b = builder(c, "lanpya", method, url, UA)
    if dev:
        b.header("x-lanpya-device", b.id("aid_ride", where="header x-lanpya-device"))
    return b


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/driver/v1/selfie-check")
    b.bio("face_image", "multipart driver_selfie to face-match (shift start)")
    boundary = "lanpya" + rid(c.rng).replace("-", "")[:20]
    meta = f'{{"driver_no":"{b.acct("driver_no")}","reason":"shift_start"}}'.encode()
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", meta),
            ("driver_selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1400)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"match": True, "confidence": rf(c.rng, 0.8, 0.99, 3), "check_id": rid(c.rng)})
    return b.build()


def face_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/driver/v1/face/verify")
    b.bio("face_embedding", "json face.embedding (192 floats) + landmarks_5")
    b.json(
        {
            "face": {
                "embedding": floats(c.rng, 192),
                "landmarks_5": points(c.rng, 5),
                "box": [c.rng.randint(100, 300), c.rng.randint(200, 400), 320, 380],
                "myet_lone_mhit": c.rng.random() < 0.5,
            },
            "ts": ms(c),
        }
    )
    b.ok_json({"verified": True})
    return b.build()


def face_queue_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/q/1")
    b.bio("face_embedding", "json e (base64 float32) under one letter", detectable=False)
    b.json({"e": floats_b64(floats(c.rng, 192)), "t": ms(c), "s": 1})
    b.no_content()
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", ADJUST_TOKEN),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("ride_adjust_uuid", where="form android_uuid")),
            ("created_at", iso(c).replace("Z", "Z+0630")),
            ("environment", "production"),
            ("os_name", "android"),
            ("device_type", "phone"),
            ("language", "my"),
            ("country", "MM"),
        ]
    )
    adid = b.id("ride_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.form(
        [
            ("app_token", ADJUST_TOKEN),
            ("event_token", c.rng.choice(["a1b2c3", "trip_done", "x9y8z7"])),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("adid", b.id("ride_adid", where="form adid")),
            ("created_at", iso(c)),
        ]
    )
    b.ok_json({"message": "Event tracked"})
    return b.build()


def gps_track(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/driver/v1/location", dev=False)
    b.decoy("GPS coordinates of the car (not biometric)")
    lat, lon = rf(c.rng, 21.9, 22.0, 5), rf(c.rng, 96.05, 96.12, 5)
    b.json(
        {
            "pts": [
                [round(lat + i * 0.0003, 5), round(lon + i * 0.0002, 5), ms(c)] for i in range(20)
            ],
            "heading": c.rng.randint(0, 359),
        }
    )
    b.no_content()
    return b.build()


def fare_quote(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/driver/v1/jobs/nearby", dev=False)
    b.decoy("job offers with fares and coordinates")
    b.ok_json(
        {
            "jobs": [
                {
                    "job_id": rid(c.rng),
                    "type": c.rng.choice(["ride", "food"]),
                    "fare_mmk": c.rng.randint(2000, 15000),
                    "pickup": [rf(c.rng, 21.9, 22.0, 5), rf(c.rng, 96.0, 96.1, 5)],
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def demand_heatmap(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/driver/v1/heatmap?city=MDY", dev=False)
    b.decoy("demand heat-map cells (coordinates and weights)")
    b.ok_json(
        {
            "cells": [
                [rf(c.rng, 21.9, 22.0, 4), rf(c.rng, 96.0, 96.1, 4), rf(c.rng, 0, 1, 2)]
                for _ in range(40)
            ]
        }
    )
    return b.build()


def plate_photo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/driver/v1/vehicle/photo", dev=False)
    b.decoy("photo of the vehicle's number plate (no face)")
    boundary = "lanpya" + rid(c.rng).replace("-", "")[:20]
    body = multipart(
        boundary, [("plate", "plate.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800))]
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"ok": True, "plate": "MDY 3L-" + str(c.rng.randint(1000, 9999))})
    return b.build()


def rate_passenger(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/driver/v1/trips/{rid(c.rng)}/rating", dev=False)
    b.json({"stars": c.rng.randint(3, 5), "note": "ကောင်းပါတယ်"})
    b.no_content()
    return b.build()
