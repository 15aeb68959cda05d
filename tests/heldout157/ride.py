"""Chalo: a ride-hailing app in Lahore (cars, rickshaws, bikes).

The rider app sends the advertising id and ANDROID_ID in headers on every call,
and an Adjust SDK session sends its install uuid (Adjust's adid comes back). The
driver's phone id, the vehicle number plate and the rickshaw's tracker IMEI in
the trip response belong to other people's devices; pickups, fares and polylines are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex

from .phone import DALVIK, FB, ms, rf, rid, ua

API = "https://api.chalo-rides.example"
UA = ua("Chalo", "12.7.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "chalo", method, url)
    b.header("user-agent", UA)
    b.header("x-rider", b.acct("ride_user"))
    return b


def estimate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/fare/estimate")
    b.header("x-device-id", b.id("aid_ride", where="header x-device-id"))
    b.header("x-ad-id", b.id("gaid", where="header x-ad-id"))
    b.decoy("pickup / drop-off coordinates and fares")
    b.json(
        {
            "pickup": {"lat": rf(c.rng, 31.45, 31.6, 5), "lng": rf(c.rng, 74.25, 74.4, 5)},
            "dropoff": {"lat": rf(c.rng, 31.45, 31.6, 5), "lng": rf(c.rng, 74.25, 74.4, 5)},
            "type": c.rng.choice(["mini", "rickshaw", "bike"]),
        }
    )
    b.ok_json({"fare_rs": c.rng.randint(150, 1200), "eta_min": c.rng.randint(2, 15)})
    return b.build()


def trip_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/trips/{rid(c.rng)}")
    b.decoy("driver's phone id and rickshaw tracker IMEI: other people's / a fleet's devices")
    b.ok_json(
        {
            "driver": {
                "naam": "Imran",
                "phone_device_id": new_hex(c.rng, 16),
                "rating": rf(c.rng, 4.3, 5, 2),
            },
            "vehicle": {
                "plate": f"LEA-{c.rng.randint(1000, 9999)}",
                "tracker_imei": luhn_complete(new_digits(c.rng, 14, "86")),
            },
            "polyline": [[rf(c.rng, 31.45, 31.6, 5), rf(c.rng, 74.25, 74.4, 5)] for _ in range(10)],
        }
    )
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", DALVIK)
    b.form(
        [
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("adjust_uuid", where="form android_uuid")),
            ("app_token", "chalo7x2kq9s"),
            ("created_at", str(ms(c))),
            ("device_name", "Infinix X6833B"),
            ("session_count", str(c.rng.randint(1, 90))),
        ]
    )
    b.other_id("adjust_adid", "response json adid", direction="response")
    b.ok_json({"adid": new_hex(c.rng, 32)})
    return b.build()


def rate_driver(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/trips/rate")
    b.json({"stars": c.rng.randint(3, 5), "tip_rs": c.rng.choice([0, 50, 100]), "ts": ms(c)})
    b.no_content()
    return b.build()
