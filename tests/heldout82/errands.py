"""A food-delivery app and a ride app (both in-house backends) with their SDKs.

Decoys: restaurant lists, menus, rider tracking coordinate lists, route
polylines, fare quotes, order numbers, the rider's/driver's photo URL.
Device ids (true): Adjust session / event packages (form body: app_token,
gps_adid, android_uuid, created_at... per adjust/android_sdk PackageBuilder.java
and DeviceInfo.java), AppsFlyer launch (JSON advertiserId, uid; endpoint
launches.appsflyer.com/api/v6.x/androidevent?app_id=, per the AppsFlyer Android
SDK), the apps' own X-Device-Id / hashed fingerprint.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, ms, rf, rid, series, ua

FOOD = "https://api.kainan-delivery.ph"
RIDE = "https://api.sakay-ride.ph"


def _food(c: Context, method: str, path: str, devid: bool = False) -> FB:
    b = FB(c, "kainan", method, FOOD + path)
    b.header("user-agent", ua("Kainan", "8.41.0"))
    b.header("x-request-id", rid(c.rng))
    if devid:
        b.header("x-device-id", b.id("aid_food", where="header.x-device-id"))
    return b


def restaurants(c: Context) -> Flow:
    b = _food(c, "GET", f"/v3/vendors?lat={rf(c.rng, 14.5, 14.7)}&lng={rf(c.rng, 121.0, 121.1)}")
    b.ok_json(
        {
            "vendors": [
                {
                    "id": new_digits(c.rng, 6),
                    "name": n,
                    "eta": c.rng.randint(15, 50),
                    "rating": rf(c.rng, 3.8, 4.9, 1),
                    "image": f"https://img.kainan-delivery.ph/{new_hex(c.rng, 12)}.jpg",
                }
                for n in ("Jollibee Ortigas", "Mang Inasal", "Chowking", "Haldiram's")
            ]
        }
    )
    b.decoy("restaurant list with coordinates in the query")
    return b.build()


def place_order(c: Context) -> Flow:
    b = _food(c, "POST", "/v3/orders", devid=True)
    b.json(
        {
            "items": [{"sku": new_digits(c.rng, 7), "qty": c.rng.randint(1, 3)}],
            "payment": "gcash",
            "dropoff": {"lat": rf(c.rng, 14.5, 14.7, 6), "lng": rf(c.rng, 121.0, 121.1, 6)},
            "tip": 20,
        }
    )
    b.ok_json({"orderNo": "KN-" + new_digits(c.rng, 10), "total": rf(c.rng, 150, 900, 2)})
    return b.build()


def track_rider(c: Context) -> Flow:
    b = _food(c, "GET", f"/v3/orders/KN-{new_digits(c.rng, 10)}/track")
    b.ok_json(
        {
            "rider": {
                "name": "Jun",
                "photo": f"https://img.kainan-delivery.ph/riders/{new_hex(c.rng, 10)}.jpg",
                "plate": "NAB " + new_digits(c.rng, 4),
            },
            "path": [
                [rf(c.rng, 14.5, 14.7, 6), rf(c.rng, 121.0, 121.1, 6)]
                for _ in range(c.rng.randint(5, 12))
            ],
            "etaMin": c.rng.randint(3, 30),
        }
    )
    b.decoy("rider tracking: coordinate list, rider photo URL")
    return b.build()


def adjust(c: Context, kind: str = "session") -> Flow:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{kind}", http_version="HTTP/1.1")
    b.header("user-agent", "Kainan/8.41.0 Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E)")
    b.header("client-sdk", "android4.38.2")
    pairs = [
        ("app_token", "x3kd9a7q2m4s"),
        ("created_at", iso(c) + "+0800"),
        ("gps_adid", b.id("gaid", where="body.form.gps_adid")),
        ("android_uuid", b.acct("adjust_uuid")),
        ("tracking_enabled", "1"),
        ("environment", "production"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("device_type", "phone"),
        ("device_manufacturer", "samsung"),
        ("session_count", str(c.rng.randint(2, 80))),
        ("api_level", "34"),
    ]
    b.other_id("adjust_uuid", where="body.form.android_uuid")
    if kind == "event":
        pairs += [
            ("event_token", "a1b2c3"),
            ("revenue", str(rf(c.rng, 150, 900, 2))),
            ("currency", "PHP"),
        ]
    b.form(pairs)
    b.ok_json({"app_token": "x3kd9a7q2m4s", "timestamp": iso(c)})
    return b.build()


def _ride(c: Context, method: str, path: str) -> FB:
    b = FB(c, "sakay", method, RIDE + path)
    b.header("user-agent", ua("Sakay", "5.9.2"))
    b.header("x-trace-id", rid(c.rng))
    return b


def fare_quote(c: Context) -> Flow:
    b = _ride(c, "POST", "/v2/quotes")
    b.json(
        {
            "pickup": [rf(c.rng, 14.5, 14.7, 6), rf(c.rng, 121.0, 121.1, 6)],
            "dropoff": [rf(c.rng, 14.5, 14.7, 6), rf(c.rng, 121.0, 121.1, 6)],
            "service": "4-seater",
        }
    )
    b.ok_json(
        {"fares": series(c.rng, 4, 260, 40), "surge": rf(c.rng, 1, 1.8, 1), "quoteId": rid(c.rng)}
    )
    b.decoy("fare quote: coordinates and a price series")
    return b.build()


def trip_status(c: Context) -> Flow:
    b = _ride(c, "GET", f"/v2/trips/TR{new_digits(c.rng, 9)}")
    b.ok_json(
        {
            "driver": {
                "name": "Ramil",
                "rating": rf(c.rng, 4.5, 5, 2),
                "vehicle": "Toyota Vios",
                "plate": "DAE " + new_digits(c.rng, 4),
                "identity_check": "passed",
                "photoUrl": f"https://cdn.sakay-ride.ph/d/{new_hex(c.rng, 12)}.jpg",
            },
            "polyline": "".join(c.rng.choice("abcdefghijklmnop_~?@ABC") for _ in range(60)),
            "bearing": c.rng.randint(0, 359),
            "etaSec": c.rng.randint(60, 900),
        }
    )
    b.decoy("trip status: driver photo URL and 'identity_check' flag of the driver, polyline")
    return b.build()


def ride_device(c: Context) -> Flow:
    """The ride app's risk check: an unnamed SHA-256 of its ANDROID_ID (opaque)."""
    b = _ride(c, "POST", "/v2/risk/session")
    b.json(
        {
            "fp": b.id("aid_ride", how="sha256", where="body.json.fp", detectable=False),
            "ts": ms(c),
            "nonce": new_hex(c.rng, 16),
            "rooted": False,
        }
    )
    b.ok_json({"risk": "low"})
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent",
        [("app_id", "ph.sakay.rider"), ("buildnumber", "6.14.2")],
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="body.json.advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.acct("af_uid"),
            "af_timestamp": str(ms(c)),
            "eventName": c.rng.choice(["", "af_complete_registration", "ride_booked"]),
            "launch_counter": str(c.rng.randint(1, 60)),
            "model": "SM-A546E",
            "brand": "samsung",
            "deviceData": {
                "arch": "",
                "build_display_id": "UP1A.231005.007.A546EXXS7BXJ1",
                "dim": {"x_px": "1080", "y_px": "2340"},
            },
            "app_version_name": "5.9.2",
            "country": "PH",
            "lang": "English",
        }
    )
    b.other_id("af_uid", where="body.json.uid")
    b.ok_json({"ok": 1})
    return b.build()
