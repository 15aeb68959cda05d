"""OkadaGo: a ride-hailing app (cars, okada motorbikes, Abidjan woro-woro shared
taxis) with Adjust attribution.

The rider session sends the ANDROID_ID and advertising id; Adjust's session
call carries `gps_adid` and answers with Adjust's `adid`. Routes, fares, the
driver's live position and the driver's phone id (the driver's device, not the
family's) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.okadago.example"
UA = ua("OkadaGo", "12.3.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "okadago", method, url)
    b.header("user-agent", UA)
    b.header("x-rider", b.acct("ride_rider"))
    return b


def rider_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/rider/session")
    b.json(
        {
            "device": {
                "android_id": b.id("aid_ride", where="json device.android_id"),
                "gaid": b.id("gaid", where="json device.gaid"),
                "model": "TECNO CK7n",
                "carrier": c.rng.choice(["MTN GH", "Orange CI"]),
            },
            "city": c.rng.choice(["accra", "abidjan"]),
        }
    )
    b.ok_json({"sessionId": rid(c.rng), "surge": rf(c.rng, 1, 1.8, 1)})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", "Adjust/4.38.0 (Android 13)")
    b.form(
        [
            ("app_token", "q9k2mx7d1s0g"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_id", b.id("aid_ride", where="form android_id")),
            ("tracking_enabled", "1"),
            ("created_at", iso(c).replace("Z", "Z+0000")),
            ("session_count", str(c.rng.randint(2, 80))),
            ("environment", "production"),
        ]
    )
    adid = b.id("adjust_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "message": "Session tracked", "timestamp": iso(c)})
    return b.build()


def route(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/quotes")
    b.decoy("pickup / drop-off coordinates and polyline")
    b.json(
        {
            "pickup": {"lat": rf(c.rng, 5.55, 5.65, 6), "lng": rf(c.rng, -0.25, -0.15, 6)},
            "dropoff": {"lat": rf(c.rng, 5.55, 5.65, 6), "lng": rf(c.rng, -0.25, -0.15, 6)},
            "product": c.rng.choice(["okada", "comfort", "woro-woro"]),
        }
    )
    b.ok_json(
        {
            "fareGHS": rf(c.rng, 15, 90, 2),
            "etaMin": c.rng.randint(3, 15),
            "polyline": [[rf(c.rng, 5.55, 5.65, 5), rf(c.rng, -0.25, -0.15, 5)] for _ in range(8)],
        }
    )
    return b.build()


def driver_position(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trips/{rid(c.rng)}/driver")
    b.decoy("the driver's phone id and position (someone else's device)")
    b.ok_json(
        {
            "driver": {"name": "Kwame A.", "plate": f"GR {c.rng.randint(1000, 9999)}-23"},
            "driverDeviceId": rid(c.rng),
            "lat": rf(c.rng, 5.55, 5.65, 6),
            "lng": rf(c.rng, -0.25, -0.15, 6),
            "heading": c.rng.randint(0, 359),
            "ts": ms(c),
        }
    )
    return b.build()


def rate_trip(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/trips/rate")
    b.json({"tripId": rid(c.rng), "stars": c.rng.randint(3, 5), "tipGHS": c.rng.choice([0, 2, 5])})
    b.no_content()
    return b.build()
