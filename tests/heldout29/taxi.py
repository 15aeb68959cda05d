"""Doroga Pro: a taxi driver app (Yandex Pro-like) in Almaty and Moscow.

Drivers pass a "photo control" selfie check before a shift (the in-house face
match compares it with the licence photo) and sometimes a blink / turn-head
liveness video. Endpoint names and keys are the app's own; AppMetrica rides
along (sdk_ru). The vehicle inspection photos, routes, GPS and surge map are
ordinary traffic.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4, multipart, pb_bytes, pb_varint

from . import sdk_ru
from .phone import FB, iso, ms, points, rf, rid, ua

API = "https://driver.doroga-taxi.example.kz"


def _api(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "doroga", method, API + path)
    b.header("user-agent", ua("DorogaPro", "11.02"))
    b.header("x-driver-session", new_hex(ctx.rng, 32))
    return b


def _mp(b: FB, ctx: Context, parts: list[tuple[str, str | None, str | None, bytes]]) -> None:
    bnd = new_hex(ctx.rng, 8) + "-" + new_hex(ctx.rng, 4)
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")


def selfie_check(ctx: Context) -> Flow:
    cid = new_hex(ctx.rng, 24)
    b = _api(ctx, "POST", f"/driver/v1/selfie-checks/{cid}/upload")
    _mp(
        b,
        ctx,
        [
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 1100)),
            ("check_type", None, None, b"identity"),
            ("taken_at", None, None, iso(ctx).encode()),
        ],
    )
    b.bio("face_image", "body.selfie")
    b.ok_json({"check_id": cid, "status": "pending"})
    return b.build()


def face_match(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/driver/v1/photocontrol/result")
    b.json(
        {
            "driver": b.acct("taxi_driver"),
            "face_match": {
                "similarity": rf(ctx.rng, 0.6, 0.99, 3),
                "threshold": 0.72,
                "landmarks5": points(ctx.rng, 5, 480, 640),
                "face_box": [88, 120, 300, 330],
            },
        }
    )
    b.bio("face_analysis", "body.face_match")
    b.ok_json({"ok": True})
    return b.build()


def liveness_video(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/driver/v1/selfie-checks/liveness")
    _mp(
        b,
        ctx,
        [
            ("liveness_video", "lv.mp4", "video/mp4", fake_mp4(ctx.rng.randint(0, 10**6), 1200)),
            ("gesture", None, None, ctx.rng.choice([b"blink", b"turn_left", b"smile"])),
        ],
    )
    b.bio("face_video", "body.liveness_video")
    b.ok_json({"status": "processing"})
    return b.build()


def photo_pb(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/driver/v2/pc")
    body = (
        pb_varint(1, ctx.rng.randint(1, 9))
        + pb_bytes(2, new_hex(ctx.rng, 24))
        + pb_bytes(7, fake_jpeg(ctx.rng.randint(0, 10**6), 700))
    )
    b.set_body(body, "application/x-protobuf")
    b.bio("face_image", "body.protobuf.7 (jpeg, unnamed)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def register(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/driver/v1/device/register")
    b.header("x-device-id", b.id("taxi_device", where="header.x-device-id"))
    b.json(
        {
            "device": {
                "android_id": b.id("aid_taxi", where="body.device.android_id"),
                "advertising_id": b.id("gaid", where="body.device.advertising_id"),
                "model": ctx.phone.model,
                "os": "Android 14",
            },
            "push_token": "c" + new_hex(ctx.rng, 20) + ":APA91b" + new_hex(ctx.rng, 24),
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def status(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/driver/v1/status")
    b.header("x-device-id", b.id("taxi_device", where="header.x-device-id"))
    b.json({"status": ctx.rng.choice(["free", "busy", "offline"]), "ts": ms(ctx)})
    return b.build()


def car_photo(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/driver/v1/vehicle/inspection/photo")
    _mp(
        b,
        ctx,
        [
            ("photo", "car.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 900)),
            ("side", None, None, ctx.rng.choice([b"front_left", b"rear", b"salon"])),
        ],
    )
    b.decoy("vehicle inspection photo upload (a car, not a face)")
    b.ok_json({"ok": True})
    return b.build()


def route(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "/driver/v1/orders/route")
    b.param("order_id", "ORD-" + new_digits(ctx.rng, 10))
    b.decoy("route polyline coordinates")
    b.ok_json(
        {
            "polyline": [
                [rf(ctx.rng, 43.2, 43.3, 5), rf(ctx.rng, 76.8, 77.0, 5)] for _ in range(12)
            ],
            "eta_sec": ctx.rng.randint(120, 1500),
            "price": ctx.rng.randint(900, 6000),
        }
    )
    return b.build()


def gps(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/driver/v1/positions")
    b.json(
        {
            "positions": [
                {
                    "lat": rf(ctx.rng, 55.7, 55.8, 6),
                    "lon": rf(ctx.rng, 37.5, 37.7, 6),
                    "speed": rf(ctx.rng, 0, 20, 1),
                    "ts": ms(ctx),
                }
                for _ in range(5)
            ]
        }
    )
    b.decoy("GPS positions")
    b.no_content()
    return b.build()


def surge(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "/driver/v1/surge/map")
    b.header("x-request-id", rid(ctx.rng))
    b.decoy("surge coefficients grid")
    b.ok_json({"cells": [[rf(ctx.rng, 1, 2.4, 1) for _ in range(6)] for _ in range(6)]})
    return b.build()


BIO = [selfie_check, face_match, liveness_video, selfie_check, photo_pb, face_match]
DEV = [register, status, lambda c: sdk_ru.am_startup(c, "4477021", "aid_taxi"), status]
BENIGN = [car_photo, route, gps, surge, gps]
