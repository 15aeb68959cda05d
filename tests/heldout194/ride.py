"""Ride app (Erbil/Sulaymaniyah taxis) and the family car's GPS tracker portal.
Routes and driver coordinates are ordinary; the tracker's IMEI is the family's
own device. The driver's car and phone are other people's devices."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import KB, ms, rf, rid, ua

API = "https://api.teksi-ride.example"
GPS = "https://gps.tracker-iq.example"


def _b(c: Context, method: str, url: str) -> KB:
    b = KB(c, "ride", method, url)
    b.header("user-agent", ua("Teksi", "3.3.0"))
    return b


def quote(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/nrx")
    b.json(
        {
            "from": [rf(c.rng, 36.15, 36.25), rf(c.rng, 43.95, 44.05)],
            "to": [rf(c.rng, 36.15, 36.25), rf(c.rng, 43.95, 44.05)],
            "androidId": b.id("aid_ride", where="json androidId"),
        }
    )
    b.ok_json({"priceIqd": c.rng.randint(3, 20) * 1000, "eta": c.rng.randint(2, 15)})
    return b.build()


def driver_location(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trip/{rid(c.rng)}/driver")
    b.decoy("the driver's car plate and his phone's device id: someone else's device")
    b.ok_json(
        {
            "lat": rf(c.rng, 36.1, 36.3),
            "lng": rf(c.rng, 43.9, 44.1),
            "plate": f"{c.rng.randint(10, 99)} Hewlêr {c.rng.randint(10000, 99999)}",
            "driverDeviceId": rid(c.rng),
        }
    )
    return b.build()


def tracker_status(c: Context) -> Flow:
    b = KB(c, "tracker", "GET", f"{GPS}/api/device/status")
    b.header("user-agent", ua("GPSTrackerIQ", "2.1"))
    b.param("imei", b.id("tracker_imei", where="query imei (family car's tracker)"))
    b.ok_json(
        {
            "lat": rf(c.rng, 36.1, 37.1),
            "lng": rf(c.rng, 42.9, 45.4),
            "speed": c.rng.randint(0, 110),
            "acc": "ON",
            "gpsTime": ms(c),
        }
    )
    return b.build()


def tracker_trips(c: Context) -> Flow:
    b = KB(c, "tracker", "POST", f"{GPS}/api/history")
    b.header("user-agent", ua("GPSTrackerIQ", "2.1"))
    b.form(
        [
            ("terid", b.id("tracker_imei", where="form terid (tracker IMEI)")),
            ("begin", str(ms(c) - 86400000)),
            ("end", str(ms(c))),
        ]
    )
    b.ok_json({"points": [[rf(c.rng, 36.1, 37.1), rf(c.rng, 42.9, 45.4)] for _ in range(10)]})
    return b.build()
