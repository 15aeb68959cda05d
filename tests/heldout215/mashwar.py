"""Mashwar: a Cairo ride-hailing app on the younger son's Redmi Note 12.

The app reports events to Meta through the Graph API app-events endpoint
(`POST /{app-id}/activities`, form fields `event=CUSTOM_APP_EVENTS`,
`advertiser_id`, `anon_id` (the SDK's "XZ"-prefixed install id),
`advertiser_tracking_enabled`, `custom_events`;
https://developers.facebook.com/docs/marketing-api/app-event-api/). Its own
backend gets the ANDROID_ID on login and, base64-wrapped, in a trip-telemetry
header. The driver's live position (`makan`, `lat` / `lng`), the fare estimate,
the trip ids and the metro-station lookup are ordinary traffic.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.mashwar.example"
UA = ua("Mashwar", "7.14.0", "akh")
FB_APP = "1840215567735210"
AMAKEN = ["Tahrir", "Maadi", "Nasr City", "Zamalek", "Heliopolis", "Dokki", "Sheikh Zayed"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mashwar", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def meta_app_event(c: Context) -> Flow:
    b = FB(c, "meta-app-events", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    name = c.rng.choice(["fb_mobile_activate_app", "ride_booked", "fb_mobile_purchase"])
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_akh", where="form advertiser_id")),
            ("anon_id", b.id("mashwar_anon_id", where="form anon_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            ("application_package_name", "com.mashwar.rider"),
            (
                "custom_events",
                js([{"_eventName": name, "_logTime": ms(c) // 1000, "fb_currency": "EGP"}]),
            ),
            (
                "extinfo",
                js(["a2", "com.mashwar.rider", 714, "7.14.0", "13", "23021RAAEG", "ar_EG"]),
            ),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v5/auth/login")
    b.json(
        {
            "phone": b.acct("mashwar_phone"),
            "deviceId": b.id("aid_mashwar", where="json deviceId"),
            "platform": "android",
            "appVersion": "7.14.0",
        }
    )
    b.ok_json({"token": new_hex(c.rng, 40), "3amel_gedid": False})
    return b.build()


def telemetry_opaque(c: Context) -> Flow:
    """Trip telemetry: the ANDROID_ID base64-wrapped in a header named 'x-t'."""
    b = _b(c, "POST", f"{API}/t/9")
    b.header("x-t", b.id("aid_mashwar", "b64", "header x-t (base64)", detectable=False))
    b.json({"b": c.rng.randint(20, 100), "n": c.rng.choice(["4g", "wifi"]), "ts": ms(c)})
    b.no_content()
    return b.build()


def ta2der(c: Context) -> Flow:
    men, le = c.rng.sample(AMAKEN, 2)
    b = _b(c, "POST", f"{API}/v5/rehla/ta2der")
    b.decoy("pickup / drop-off positions and a fare estimate")
    b.json(
        {
            "men": {"esm": men, "lat": rf(c.rng, 29.95, 30.12, 5), "lng": rf(c.rng, 31.1, 31.4, 5)},
            "le": {"esm": le, "lat": rf(c.rng, 29.95, 30.12, 5), "lng": rf(c.rng, 31.1, 31.4, 5)},
            "no3": c.rng.choice(["eco", "comfort", "scooter"]),
        }
    )
    b.ok_json({"se3r": rf(c.rng, 45, 320, 0), "3omla": "EGP", "wa2t_wosool": c.rng.randint(3, 15)})
    return b.build()


def makan_elsawa2(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v5/rehla/{rid(c.rng)}/sawa2")
    b.decoy("driver's live map position / heading (not the rider's device)")
    b.ok_json(
        {
            "sawa2": "Ahmed M.",
            "3arabeya": "Hyundai Elantra - أ ب ج 1234",
            "makan": {"lat": rf(c.rng, 29.95, 30.12, 5), "lng": rf(c.rng, 31.1, 31.4, 5)},
            "etgah": c.rng.randint(0, 359),
            "position": c.rng.randint(1, 3),
        }
    )
    return b.build()


def rehla_tam(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v5/rehla/{rid(c.rng)}/ta2yeem")
    b.decoy("trip id and a rating")
    b.json({"negoom": c.rng.randint(3, 5), "ta3le2": "تمام", "wa2t": iso(c)})
    b.no_content()
    return b.build()


def meta_config(c: Context) -> Flow:
    b = FB(
        c,
        "meta-app-events",
        "GET",
        f"https://graph.facebook.com/v19.0/{FB_APP}?fields=app_events_feature_bitmask,"
        "supports_implicit_sdk_logging&format=json&sdk=android",
    )
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    b.ok_json(
        {"app_events_feature_bitmask": 65, "supports_implicit_sdk_logging": True, "id": FB_APP}
    )
    return b.build()
