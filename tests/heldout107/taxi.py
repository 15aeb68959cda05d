"""Jol Pro: a ride-hailing driver app (the father drives evenings in Shymkent).

Before a shift the app asks for a "photo check" (фотоконтроль): a selfie that the
backend matches to the driver's licence photo, plus photos of the car. The
selfie is biometric (face matching); the car photos, the GPS track, order
offers and earnings are not. Driver and order ids are accounts, not devices.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from . import sdks
from .phone import FB, b, iso, ms, rf, rid, ua

API = "https://driver.jolpro.example"
UA = ua("JolPro", "12.40")


def _dev(fb: FB) -> None:
    fb.header("x-install-id", fb.id("taxi_install", where="header x-install-id"))


def selfie_check(c: Context) -> Flow:
    fb = b(c, "jolpro", "POST", f"{API}/driver/v1/fotokontrol/selfie", UA)
    _dev(fb)
    fb.bio("face_image", "multipart selfie jpeg (photo check face match, path fotokontrol/selfie)")
    boundary = new_hex(c.rng, 32)
    parts = [
        ("driver_id", None, None, c.phone.taxi_driver.encode()),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ("sravnit_s", None, None, b"license_photo"),
    ]
    fb.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    fb.ok_json({"status": "processing", "check_id": rid(c.rng)})
    return fb.build()


def selfie_verdict(c: Context) -> Flow:
    fb = b(c, "jolpro", "GET", f"{API}/driver/v1/fotokontrol/status", UA)
    _dev(fb)
    fb.mark(
        "biometric",
        "face_analysis",
        "response json litso.shodstvo + litso.ochki + litso.povorot (face match result)",
        True,
        "response",
    )
    fb.ok_json(
        {
            "status": "passed",
            "litso": {
                "shodstvo": rf(c.rng, 0.8, 0.99),
                "ochki": False,
                "povorot": {"yaw": rf(c.rng, -15, 15, 1), "roll": rf(c.rng, -5, 5, 1)},
            },
        }
    )
    return fb.build()


def selfie_opaque(c: Context) -> Flow:
    fb = b(c, "jolpro", "POST", f"{API}/driver/v2/fk", UA)
    _dev(fb)
    fb.bio("face_image", "json f (base64 JPEG under a one-letter key, path fk)", detectable=False)
    fb.json({"f": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)), "t": ms(c)})
    fb.ok_json({"s": 0})
    return fb.build()


def car_photos(c: Context) -> Flow:
    fb = b(c, "jolpro", "POST", f"{API}/driver/v1/fotokontrol/avto", UA)
    _dev(fb)
    fb.decoy("car inspection photos (front, back, sides): a car, no face")
    boundary = new_hex(c.rng, 32)
    parts = [
        (side, f"{side}.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for side in ("front", "back", "left", "right")
    ]
    fb.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    fb.ok_json({"status": "processing"})
    return fb.build()


def gps_track(c: Context) -> Flow:
    fb = b(c, "jolpro", "POST", f"{API}/driver/v1/track", UA)
    _dev(fb)
    fb.decoy("GPS track points (coordinates with speed and bearing)")
    fb.json(
        {
            "points": [
                {
                    "lat": rf(c.rng, 42.28, 42.36, 5),
                    "lon": rf(c.rng, 69.55, 69.65, 5),
                    "speed": rf(c.rng, 0, 60, 1),
                    "bearing": c.rng.randint(0, 359),
                    "ts": ms(c),
                }
                for _ in range(c.rng.randint(5, 15))
            ]
        }
    )
    fb.no_content()
    return fb.build()


def order_offer(c: Context) -> Flow:
    fb = b(c, "jolpro", "GET", f"{API}/driver/v1/orders/offer", UA)
    _dev(fb)
    fb.decoy("order offer: order id, pickup coordinates, fare")
    fb.ok_json(
        {
            "order_id": rid(c.rng),
            "otkuda": {"lat": rf(c.rng, 42.28, 42.36), "lon": rf(c.rng, 69.55, 69.65)},
            "tsena": c.rng.randint(700, 4000),
            "at": iso(c),
        }
    )
    return fb.build()


def earnings(c: Context) -> Flow:
    fb = b(c, "jolpro", "GET", f"{API}/driver/v1/zarabotok?period=week", UA)
    fb.decoy("earnings per day")
    fb.ok_json({"days": [c.rng.randint(0, 30000) for _ in range(7)], "currency": "KZT"})
    return fb.build()


def adjust_start(c: Context) -> Flow:
    return sdks.adjust_session(c, "aid_taxi", "jp7x2k4q9w1e")
