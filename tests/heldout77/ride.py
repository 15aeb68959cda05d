"""Mishwar Captain: the driver ("captain") app of a Careem-like ride-hailing
service in Egypt and the Gulf. Before a shift the captain takes a selfie that is
matched against the profile photo; HMS ML Kit face detection runs on the phone
first and its result (MLFace: face shape points, rotation angles, emotion
probabilities, as HMS ML Kit's MLFace / MLFaceEmotion classes expose them) is
sent with the check. Trip GPS traces, heat maps, fare quotes and car-inspection
photos are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from . import sdks
from .phone import FB, ms, rf, rid, ua

API = "https://captain-api.mishwar.app"


def _hdr(b: FB) -> None:
    b.header("User-Agent", ua("MishwarCaptain", "9.4.3"))
    b.header("x-captain-id", b.acct("user_ride"))


def _points(c: Context, n: int) -> list[dict[str, float]]:
    cx, cy = c.rng.uniform(180, 300), c.rng.uniform(220, 360)
    return [
        {"x": round(cx + c.rng.gauss(0, 40), 1), "y": round(cy + c.rng.gauss(0, 55), 1)}
        for _ in range(n)
    ]


def selfie_check(c: Context) -> Flow:
    b = FB(c, "mishwar", "POST", f"{API}/v3/captain/identity/selfie")
    _hdr(b)
    bd = "----okhttp" + rid(c.rng)[:12]
    parts = [
        ("checkType", None, None, b"FACE_MATCH"),
        ("shiftId", None, None, rid(c.rng).encode()),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(int(c.now), 1000)),
    ]
    b.bio("face_image", "multipart selfie (face match check)")
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.ok_json({"result": "MATCHED", "similarity": rf(c.rng, 0.8, 0.99)})
    return b.build()


def mlkit_face(c: Context) -> Flow:
    b = FB(c, "mishwar", "POST", f"{API}/v3/captain/identity/face-analysis")
    _hdr(b)
    b.bio("face_landmarks", "body.mlFace.faceShapeList")
    face = {
        "faceShapeList": [
            {"faceShapeType": t, "points": _points(c, 16)}
            for t in ("FACE", "LEFT_EYE", "RIGHT_EYE", "UPPER_LIP_TOP")
        ],
        "rotationAngleX": rf(c.rng, -10, 10, 2),
        "rotationAngleY": rf(c.rng, -15, 15, 2),
        "rotationAngleZ": rf(c.rng, -8, 8, 2),
        "emotions": {
            "smilingProbability": rf(c.rng, 0, 1, 3),
            "neutralProbability": rf(c.rng, 0, 1, 3),
            "surpriseProbability": rf(c.rng, 0, 0.2, 3),
        },
        "opennessOfLeftEye": rf(c.rng, 0.5, 1, 3),
        "opennessOfRightEye": rf(c.rng, 0.5, 1, 3),
    }
    b.json({"mlFace": face, "frameTs": ms(c)})
    b.ok_json({"ok": True})
    return b.build()


def device_register(c: Context) -> Flow:
    b = FB(c, "mishwar", "POST", f"{API}/v3/captain/devices")
    _hdr(b)
    b.json(
        {
            "odid": b.id("odid", where="body.odid"),
            "android_id": b.id("aid_ride", where="body.android_id"),
            "model": "ALN-AL00",
            "appVersion": "9.4.3",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def gps_trace(c: Context) -> Flow:
    b = FB(c, "mishwar", "POST", f"{API}/v3/trips/{rid(c.rng)}/trace")
    _hdr(b)
    lat, lon = rf(c.rng, 29.9, 30.1), rf(c.rng, 31.1, 31.4)
    b.decoy("trip GPS trace: coordinate list")
    b.json(
        {
            "points": [
                [round(lat + i * 0.0004, 6), round(lon + i * 0.0003, 6), ms(c) + i * 5000]
                for i in range(20)
            ]
        }
    )
    b.no_content()
    return b.build()


def heatmap(c: Context) -> Flow:
    b = FB(
        c,
        "mishwar",
        "GET",
        f"{API}/v3/demand/heatmap",
        [("city", c.rng.choice(["cairo", "riyadh", "dubai"]))],
    )
    _hdr(b)
    b.decoy("demand heat map: hexagon ids and weights")
    b.ok_json(
        {
            "cells": [
                {"h3": "8a" + rid(c.rng).replace("-", "")[:13], "w": rf(c.rng, 0, 1, 3)}
                for _ in range(12)
            ]
        }
    )
    return b.build()


def car_inspection(c: Context) -> Flow:
    b = FB(c, "mishwar", "POST", f"{API}/v3/vehicle/inspection")
    _hdr(b)
    bd = "----okhttp" + rid(c.rng)[:12]
    parts = [
        ("side", None, None, c.rng.choice([b"front", b"rear", b"left"])),
        ("photo", "car.jpg", "image/jpeg", fake_jpeg(int(c.now) + 5, 800)),
    ]
    b.decoy("vehicle inspection photo (a car, not a face)")
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.ok_json({"accepted": True})
    return b.build()


def fare_quote(c: Context) -> Flow:
    b = FB(
        c,
        "mishwar",
        "GET",
        f"{API}/v3/fares/quote",
        [("from", "30.04,31.23"), ("to", "30.07,31.28")],
    )
    _hdr(b)
    b.decoy("fare quote")
    b.ok_json(
        {
            "fare": rf(c.rng, 40, 160, 2),
            "currency": "EGP",
            "surge": [rf(c.rng, 1, 2, 2) for _ in range(6)],
        }
    )
    return b.build()


def adjust(c: Context) -> Flow:
    return sdks.adjust_session(c, "ride")


def petal(c: Context) -> Flow:
    return sdks.petal_ads(c, "ride")
