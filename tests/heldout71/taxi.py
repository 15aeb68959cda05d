"""Jolda Driver: the taxi app the tester drives for, with periodic driver
selfie checks (fictional backend; the check mirrors what ride-hailing apps
do: a selfie compared with the registered driver photo, then a result).

Biometric: the selfie upload, the face-match result sent on with the face's
landmarks, and a face embedding computed on the phone. Device ids: header and
JSON. Decoys: route polylines and coordinates, fare price series, order
numbers, the car photo upload, self-declared gender on the driver profile.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://driver-api.jolda.kz"
UA = ua("JoldaDriver", "5.7.3")


def _b(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "jolda", method, API + path)
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("aid_taxi", where="header.x-device-id"))
    b.header("x-driver", b.acct("taxi_user"))
    return b


def selfie_check(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/driver/selfie-check")
    bnd = "jolda" + rid(ctx.rng)[:10]
    parts = [
        ("check_id", None, None, rid(ctx.rng).encode()),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**9), 700)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart selfie -> /selfie-check")
    b.ok_json({"status": "pending"})
    return b.build()


def selfie_b64(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/driver/identity/face")
    b.json({"faceImage": b64(fake_jpeg(ctx.rng.randint(0, 10**9), 600)), "reason": "shift_start"})
    b.bio("face_image", "body.faceImage")
    b.ok_json({"status": "ok"})
    return b.build()


def match_result(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/driver/identity/result")
    b.json(
        {
            "checkId": rid(ctx.rng),
            "faceMatch": {"similarity": rf(ctx.rng, 0.7, 0.99), "passed": True},
            "faceLandmarks": [
                [rf(ctx.rng, 50, 400, 1), rf(ctx.rng, 50, 500, 1)] for _ in range(68)
            ],
        }
    )
    b.bio("landmarks", "body.faceLandmarks")
    b.no_content()
    return b.build()


def face_embedding(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/driver/identity/template")
    b.json({"face_embedding": floats_b64(floats(ctx.rng, 512)), "model": "arcface-r50"})
    b.bio("embedding", "body.face_embedding")
    b.no_content()
    return b.build()


def route(ctx: Context) -> Flow:
    b = _b(ctx, "GET", f"/v1/orders/{ctx.rng.randint(10**7, 10**8)}/route")
    pts = [[rf(ctx.rng, 43.2, 43.3, 5), rf(ctx.rng, 76.85, 76.95, 5)] for _ in range(25)]
    b.ok_json({"points": pts, "eta_sec": ctx.rng.randint(120, 1800)})
    b.decoy("route coordinate list")
    return b.build()


def location_ping(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/driver/location")
    jt = b.id("aid_taxi", how="sha256", where="cookie._jt", detectable=False)
    b.header("cookie", "_jt=" + jt)
    b.json({"lat": rf(ctx.rng, 43.2, 43.3, 6), "lon": rf(ctx.rng, 76.85, 76.95, 6), "bearing": 90})
    b.decoy("driver location ping")
    b.no_content()
    return b.build()


def fares(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v1/surge?zone=almaty-center")
    b.ok_json(
        {
            "prices": [ctx.rng.randint(800, 3000) for _ in range(12)],
            "order": f"JL-{ctx.rng.randint(10**6, 10**7)}",
        }
    )
    b.decoy("fare price series and order number")
    return b.build()


def car_photo(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/driver/vehicle/photo?side=front")
    b.set_body(fake_jpeg(ctx.rng.randint(0, 10**9), 600), "image/jpeg")
    b.decoy("vehicle photo upload (no face)")
    b.ok_json({"ok": True})
    return b.build()


def profile(ctx: Context) -> Flow:
    b = _b(ctx, "PATCH", "/v1/driver/profile")
    b.json({"gender": "female", "languages": ["kk", "ru"], "updated": iso(ctx)})
    b.decoy("self-declared gender on profile")
    b.ok_json({"ok": True})
    return b.build()
