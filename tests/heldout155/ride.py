"""Chalo: a Dhaka ride-hailing and food delivery app (bike, CNG, car; biryani at 2am).

Adjust's SDK sends `gps_adid` with each session and event; Adjust answers with its
own `adid`. The app's own calls carry the ANDROID_ID base64'd under `x-d`
(opaque key). Location pings, fares, the driver's profile photo, restaurant
menus and order tracking are ordinary look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, rf, rid, ua

API = "https://api.chalo.example"
UA = ua("Chalo", "7.40.2")
ADJUST_TOKEN = "q2z8xk1w3mbk"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "chalo", method, url)
    b.header("user-agent", UA)
    b.header(
        "x-d", b.id("aid_ride", "b64", where="header x-d (base64 ANDROID_ID)", detectable=False)
    )
    return b


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", UA)
    b.header("client-sdk", "android4.38.0")
    b.form(
        [
            ("app_token", ADJUST_TOKEN),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("created_at", iso(c)),
            ("environment", "production"),
            ("device_type", "phone"),
            ("os_name", "android"),
        ]
    )
    b.other_id("ride_adid", where="response json adid", direction="response")
    b.ok_json({"adid": c.phone.ride_adid, "timestamp": iso(c)})
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", UA)
    b.form(
        [
            ("app_token", ADJUST_TOKEN),
            ("event_token", c.rng.choice(["f3kq1z", "b7wd0x"])),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("callback_params", '{"order_id":"' + rid(c.rng) + '"}'),
            ("created_at", iso(c)),
        ]
    )
    b.ok_json({"status": "OK"})
    return b.build()


def location_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/rider/location")
    b.decoy("rider GPS coordinates, bearing and speed")
    b.json(
        {
            "lat": rf(c.rng, 23.72, 23.88, 6),
            "lng": rf(c.rng, 90.36, 90.45, 6),
            "bearing": rf(c.rng, 0, 360, 1),
            "speed": rf(c.rng, 0, 12, 2),
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def fare_estimate(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/fare?from=Dhanmondi&to=Gulshan-2&type=bike")
    b.decoy("fare estimate with price series")
    b.ok_json({"fare": c.rng.randint(120, 380), "surge": [1.0, 1.2, 1.5], "eta_min": 7})
    return b.build()


def driver_photo(c: Context) -> Flow:
    b = FB(
        c, "chalo", "GET", f"https://img.chalo.example/drivers/{c.rng.randint(10**5, 10**6)}.jpg"
    )
    b.header("user-agent", UA)
    b.decoy("driver's profile photo downloaded for the rider (not an upload, not the tester)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def food_menu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/food/restaurants/{c.rng.randint(100, 999)}/menu")
    b.decoy("restaurant menu with prices and thumbnails")
    b.ok_json(
        {
            "items": [
                {"name": n, "taka": p}
                for n, p in [("Kacchi Biryani", 420), ("Borhani", 90), ("Chicken Roast", 260)]
            ]
        }
    )
    return b.build()


def order_track(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/food/orders/{rid(c.rng)}/track")
    b.decoy("order tracking: order id and courier coordinates")
    b.ok_json(
        {
            "status": "on_the_way",
            "courier": {"lat": rf(c.rng, 23.7, 23.9, 5), "lng": rf(c.rng, 90.3, 90.5, 5)},
        }
    )
    return b.build()
