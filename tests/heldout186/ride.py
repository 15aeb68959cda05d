"""TukRide: a ride app for three-wheelers, cars and bikes (Colombo, Jaffna, Kandy).

The rider's phone sends its ANDROID_ID and advertising id at launch and to
AppsFlyer. Trip traffic is full of coordinates, fares and the assigned
driver's data, including the driver app's own device id that the dispatch
answer echoes: that is another person's phone, not the family's, so it is a
look-alike, labelled as none of the categories.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import DALVIK_SAMSUNG, FB, iso, ms, rf, rid, ua_samsung

API = "https://api.tukride.example"
UA = ua_samsung("TukRide", "9.30.1")


def _lat(c: Context) -> float:
    return rf(c.rng, 6.85, 6.95, 6)


def _lon(c: Context) -> float:
    return rf(c.rng, 79.84, 79.9, 6)


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tukride", method, url)
    b.header("user-agent", UA)
    b.header("x-passenger", b.acct("ride_user"))
    return b


def launch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/app/launch")
    b.json(
        {
            "device": {
                "android_id": b.id("aid_ride", where="json device.android_id"),
                "ad_id": b.id("gaid", where="json device.ad_id"),
                "model": "SM-A546E",
                "os": "13",
            },
            "locale": "si_LK",
        }
    )
    b.ok_json({"config": {"tuk_enabled": True, "surge": False}})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyersdk.com/api/v6.13/androidevent",
        [("app_id", "lk.tukride.passenger"), ("buildnumber", "6.13.0")],
    )
    b.header("user-agent", DALVIK_SAMSUNG)
    b.json(
        {
            "eventName": "af_trip_completed",
            "eventValue": '{"af_revenue":"740.00","af_currency":"LKR"}',
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("ride_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "model": "SM-A546E",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def fare_estimate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/fare/estimate")
    b.decoy("pickup / drop coordinates and fare per vehicle type")
    b.json({"pickup": [_lat(c), _lon(c)], "drop": [_lat(c), _lon(c)]})
    b.ok_json(
        {
            "options": [
                {"type": t, "fare_lkr": c.rng.randint(300, 2500), "eta_min": c.rng.randint(2, 12)}
                for t in ("TUK", "FLEX", "MINI", "BIKE")
            ]
        }
    )
    return b.build()


def dispatch(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/trips/{rid(c.rng)}/driver")
    b.decoy("assigned driver's app device id and vehicle plate (another person's device)")
    b.ok_json(
        {
            "driver": {
                "name": c.rng.choice(["Sunil", "Kumaran", "Rizwan", "Chaminda"]),
                "vehicle": f"WP {c.rng.choice(['QA', 'QB', 'AAB'])}-{c.rng.randint(1000, 9999)}",
                "driver_device_id": new_hex(c.rng, 16),
                "rating": rf(c.rng, 4.2, 4.99, 2),
                "location": [_lat(c), _lon(c)],
            }
        }
    )
    return b.build()


def driver_track(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/trips/live?since={ms(c)}")
    b.decoy("driver's coordinate trail and heading (not a face pose)")
    b.ok_json(
        {
            "points": [
                {"lat": _lat(c), "lng": _lon(c), "heading": c.rng.randint(0, 359), "t": ms(c)}
                for _ in range(5)
            ]
        }
    )
    return b.build()


def receipt(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/trips/receipt?ref=TR{c.rng.randint(10**7, 10**8)}")
    b.decoy("trip receipt: order-like reference, fare, distance")
    b.ok_json({"fare": c.rng.randint(300, 2500), "km": rf(c.rng, 1, 18, 1), "at": iso(c)})
    return b.build()
