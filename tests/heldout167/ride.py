"""Feres-style ride app (`gigiya`, fictional backend) with the Adjust SDK.

Adjust sessions carry the advertising id (`gps_adid`) and the app's ANDROID_ID
(`android_id`); Adjust answers with its `adid`. Pickup / drop coordinates, fare
estimates and the assigned driver's car plate and phone (the driver's device, not
the tester's) are not sensitive.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, rf, rid, ua

API = "https://api.gigiya-ride.example"
UA = ua("Gigiya", "3.2.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gigiya", method, url)
    b.header("user-agent", UA)
    b.header("x-client-id", b.id("aid_ride", where="header x-client-id"))
    return b


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("client-sdk", "android4.38.0")
    form = [
        ("app_token", "q1w2e3r4t5y6"),
        ("gps_adid", b.id("gaid", where="form gps_adid")),
        ("android_id", b.id("aid_ride", where="form android_id")),
        ("created_at", iso(c)),
        ("os_name", "android"),
        ("os_version", "13"),
        ("device_name", "CK7n"),
        ("country", "ET"),
        ("language", "am"),
        ("session_count", str(c.rng.randint(1, 40))),
    ]
    b.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    b.other_id("adjust_adid", "response json adid", direction="response")
    b.ok_json({"adid": c.phone.adjust_adid, "message": "Session tracked"})
    return b.build()


def estimate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/fare/estimate")
    b.decoy("pickup / drop coordinates and a fare")
    b.json(
        {
            "menesha": {"lat": rf(c.rng, 8.98, 9.03), "lng": rf(c.rng, 38.74, 38.80)},
            "medresha": {"lat": rf(c.rng, 8.98, 9.03), "lng": rf(c.rng, 38.74, 38.80)},
            "aynet": "economy",
        }
    )
    b.ok_json({"waga_birr": rf(c.rng, 120, 600, 0), "eta_min": c.rng.randint(3, 15)})
    return b.build()


def trip_assigned(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trips/{rid(c.rng)}")
    b.decoy("driver's car plate and driver_device_id: the driver's phone, not the tester's")
    b.ok_json(
        {
            "driver": {"name": "Dawit", "phone": "2519" + new_digits(c.rng, 8)},
            "car": {"plate": f"3-A{c.rng.randint(10000, 99999)}", "model": "Toyota Vitz"},
            "driver_device_id": new_hex(c.rng, 16),
            "status": "ARRIVING",
        }
    )
    return b.build()


def location_stream(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/trips/track")
    b.json({"points": [[rf(c.rng, 8.98, 9.03, 5), rf(c.rng, 38.74, 38.80, 5)] for _ in range(5)]})
    b.no_content()
    return b.build()


def ride_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/auth/otp")
    b.json({"phone": b.acct("msisdn"), "channel": "sms"})
    b.ok_json({"user": b.acct("ride_user"), "otp_sent": True})
    return b.build()
