"""A ride-hailing driver app ("Gidi Rides"): periodic driver selfie checks (the
selfie uploaded, then the face-match result sent on), the driver's phone
binding, trip routes, fares and rider photos (decoys).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://driver-api.gidirides.com"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "gidirides", method, API + path)
    b.header("user-agent", ua("GidiDriver", "6.2.1"))
    b.header("x-install-id", c.phone.ride_install)
    b.other_id("ride_install", "header.x-install-id")
    return b


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/driver/identity/selfie-check")
    bnd = "gd" + new_hex(c.rng, 16)
    parts = [
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ("driverId", None, None, c.phone.ride_driver.encode()),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "body.selfie")
    b.ok_json({"checkId": rid(c.rng), "status": "pending"})
    return b.build()


def face_match(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/driver/identity/face-match")
    b.json(
        {
            "checkId": rid(c.rng),
            "similarity": rf(c.rng, 0.6, 0.99),
            "faceBox": [c.rng.randint(100, 300), c.rng.randint(200, 400), 320, 320],
            "eyesOpen": True,
            "landmarks5": [[rf(c.rng, 200, 500, 1), rf(c.rng, 300, 700, 1)] for _ in range(5)],
        }
    )
    b.bio("face_analysis", "body.similarity+landmarks5")
    b.no_content()
    return b.build()


def go_online(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/driver/online")
    b.json(
        {
            "deviceSerial": b.id("aid_ride", where="body.deviceSerial"),
            "lat": rf(c.rng, 6.4, 6.7),
            "lng": rf(c.rng, 3.3, 3.6),
            "at": iso(c),
        }
    )
    b.ok_json({"online": True})
    return b.build()


def route(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/trips/{new_hex(c.rng, 12)}/route")
    b.ok_json({"polyline": [[rf(c.rng, 6.4, 6.7, 5), rf(c.rng, 3.3, 3.6, 5)] for _ in range(30)]})
    b.decoy("coordinate list")
    return b.build()


def fare(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/earnings/week")
    b.ok_json({"daily": [rf(c.rng, 2000, 40000, 2) for _ in range(7)], "currency": "NGN"})
    b.decoy("numeric series")
    return b.build()


def rider_photo(c: Context) -> Flow:
    b = FB(c, "gidirides", "GET", f"https://media.gidirides.com/avatars/{new_hex(c.rng, 20)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    b.decoy("profile photo download")
    return b.build()
