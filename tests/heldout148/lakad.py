"""Lakad: a ride-hailing and food-delivery super-app (Manila and Cebu).

Its rider app sends a device-risk bundle (ANDROID_ID, GAID, install id), AppsFlyer
launches (advertiserId, AppsFlyer uid) and a Facebook app event. Driver locations,
ETA polylines, the driver's own phone id (another person's device), restaurant
menus and order ids are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, app_fb, iso, ms, rf, rid, ua

API = "https://api.lakad.example"
UA = ua("Lakad", "7.60.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = app_fb(c, "lakad", method, url, UA)
    b.header("x-lakad-install", b.id("lakad_install", where="header x-lakad-install"))
    return b


def risk_bundle(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/risk/v1/collect")
    b.json(
        {
            "aid": b.id("aid_lakad", where="json aid (ANDROID_ID, under risk/collect)"),
            "ga": b.id("gaid", "b64", "json ga (base64 GAID)", detectable=False),
            "rooted": False,
            "mockLocation": False,
            "batt": c.rng.randint(10, 100),
        }
    )
    b.ok_json({"decision": "ALLOW"})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.12/androidevent?app_id=com.lakad.app&buildnumber=6.12.2",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 13; vivo V2250)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("af_uid", where="json uid (AppsFlyer id)"),
            "appsflyerKey": "ZxQk" + new_hex(c.rng, 8),
            "deviceType": "user",
            "model": "V2250",
            "brand": "vivo",
            "timepassedsincelastlaunch": str(c.rng.randint(20, 90000)),
            "date1": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def facebook_event(c: Context) -> Flow:
    b = FB(c, "facebook", "POST", "https://graph.facebook.com/v18.0/2847561938475/activities")
    b.header("user-agent", "FBAndroidSDK.16.3.0")
    pairs = [
        ("event", "CUSTOM_APP_EVENTS"),
        ("advertiser_id", b.id("gaid", where="form advertiser_id")),
        ("advertiser_tracking_enabled", "1"),
        (
            "custom_events",
            '[{"_eventName":"fb_mobile_purchase","_valueToSum":249.0,"fb_currency":"PHP"}]',
        ),
    ]
    b.form(pairs)
    b.ok_json({"success": True})
    return b.build()


def driver_location(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ride/v2/booking/{rid(c.rng)}/driver")
    b.decoy("driver's own phone id and location (another person's device)")
    b.ok_json(
        {
            "driver": {
                "name": "Kuya Ramon",
                "plate": "NBC 1234",
                "driver_device_id": new_hex(c.rng, 16),
            },
            "lat": rf(c.rng, 14.55, 14.62, 6),
            "lng": rf(c.rng, 121.0, 121.06, 6),
            "eta_s": c.rng.randint(60, 900),
        }
    )
    return b.build()


def menu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/food/v1/merchant/{c.rng.randint(1000, 9999)}/menu")
    b.ok_json(
        {
            "items": [
                {"ngalan": "Chickenjoy 1pc", "presyo": 99},
                {"ngalan": "Lechon kawali", "presyo": 180},
            ]
        }
    )
    return b.build()


def place_order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/food/v1/orders")
    b.decoy("order and idempotency ids")
    b.json(
        {
            "cart": [{"sku": c.rng.randint(100, 999), "qty": 2}],
            "idem": rid(c.rng),
            "ts": ms(c),
            "user": b.acct("lakad_user"),
        }
    )
    b.ok_json({"order_id": "LKD-" + new_hex(c.rng, 10).upper()})
    return b.build()
