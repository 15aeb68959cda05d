"""Chalo Rickshaw: a ride app (autos and cabs in Pune and Lucknow).

It sends the rider's ANDROID_ID and coordinates; the trip answer carries the
driver's details, among them the id of the driver's own phone: another person's
device, so a decoy. Fare estimates, polylines and ETAs are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from . import trackers
from .phone import FB, iso, rf, rid, ua

API = "https://api.chalorickshaw.example"
UA = ua("ChaloRickshaw", "12.4.0")


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "chalorickshaw", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-rider-device", b.id("aid_ride", where="header x-rider-device"))
    return b


def estimate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/fare/estimate")
    b.decoy("pickup / drop coordinates and fare series")
    b.json(
        {
            "pickup": {"lat": rf(c.rng, 18.45, 18.6), "lng": rf(c.rng, 73.75, 73.95)},
            "drop": {"lat": rf(c.rng, 18.45, 18.6), "lng": rf(c.rng, 73.75, 73.95)},
            "rider_id": b.acct("ride_user"),
        }
    )
    b.ok_json(
        {
            "options": [
                {"type": t, "fare_inr": rf(c.rng, 60, 400, 0), "eta_min": c.rng.randint(2, 12)}
                for t in ("auto", "mini", "bike")
            ]
        }
    )
    return b.build()


def trip_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/trip/{rid(c.rng)}/status", device=False)
    b.decoy("driver's phone id, masked number and photo: another person's device and face")
    b.ok_json(
        {
            "driver": {
                "naam": "Santosh P.",
                "phone": "+91 98XXXXXX21",
                "vehicle": f"MH12 {c.rng.choice(['AB', 'QK', 'RT'])} {c.rng.randint(1000, 9999)}",
                "driver_device_id": new_hex(c.rng, 16),
                "photo": "https://img.chalorickshaw.example/d/88213.jpg",
                "lat": rf(c.rng, 18.45, 18.6),
                "lng": rf(c.rng, 73.75, 73.95),
            },
            "status": "ARRIVING",
            "otp": str(c.rng.randint(1000, 9999)),
        }
    )
    return b.build()


def location_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/rider/location")
    b.decoy("rider GPS trace with accuracy and bearing")
    b.json(
        {
            "pts": [
                [
                    rf(c.rng, 18.45, 18.6, 6),
                    rf(c.rng, 73.75, 73.95, 6),
                    rf(c.rng, 3, 20, 1),
                    rf(c.rng, 0, 360, 1),
                ]
                for _ in range(5)
            ],
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def moengage_ride(c: Context) -> Flow:
    return trackers.moengage(
        c,
        "chalorickshaw",
        "aid_ride",
        ("Ride Booked", {"vehicle": "auto", "fare": 142, "city": "Pune"}),
    )
