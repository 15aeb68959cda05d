"""The third-party SDKs on the two phones, in their own wire formats.

* AppsFlyer (the dating app, Istanbul): launches and in-app events to
  `launches.appsflyer.com` / `inapps.appsflyer.com` `/api/v6.15/androidevent`
  with `advertiserId`, the SDK's `uid` and `android_id`.
* Adjust (the marketplace, Almaty): `app.adjust.com/session` and `/event` as
  form bodies (`gps_adid`, `android_uuid`, `app_token`, `callback_params`); the
  answer names the Adjust `adid`.
* Meta App Events (the video player and the dating app):
  `graph.facebook.com/v18.0/{app}/activities` form bodies with
  `advertiser_id`, `anon_id`, `extinfo` and `custom_events`. The video
  player logs `fb_mobile_content_view` with the film and seconds watched, so
  those events are viewing history too.
* Firebase (the video player and the language app): Installations (`fid`),
  Remote Config fetch (`appInstanceId`) and GA4 Measurement Protocol
  (`app_instance_id`). A restaurant kiosk runs Firebase too: its instance id
  is the restaurant's equipment, not a person's device.
"""

from __future__ import annotations

import json

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, ms

TONUSH_PKG = "com.tonush.dating"
BAZAR_PKG = "kz.uyghurbazar.app"
YULTUZ_PKG = "kz.yultuz.kino"
TILCHI_PKG = "tr.tilchi.uyghurche"


def _extinfo(pkg: str, ver: str, who: str) -> str:
    model = "SM-A346E" if who == "almaty" else "23124RA7EO"
    return js(["a2", pkg, "412", ver, "14", model, "ug_CN", "GMT+05:00", "Kcell", 1080, 2340])


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", TONUSH_PKG), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("istanbul"))
    b.json(
        {
            "advertiserId": b.id("gaid_istanbul", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("tonush_af_uid", where="json uid"),
            "android_id": b.id("aid_tonush", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "3.8.1",
            "brand": "Redmi",
            "model": "23124RA7EO",
            "lang_code": "ug",
            "country": "TR",
            "counter": str(c.rng.randint(1, 80)),
            "isFirstCall": "false",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.15/androidevent",
        [("app_id", TONUSH_PKG), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("istanbul"))
    b.json(
        {
            "eventName": c.rng.choice(["af_complete_registration", "match", "af_subscribe"]),
            "eventValue": js({"plan": c.rng.choice(["altun", "kumush"]), "currency": "TRY"}),
            "advertiserId": b.id("gaid_istanbul", where="json advertiserId"),
            "uid": b.id("tonush_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", dalvik("almaty"))
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "3xq7pzr2k1mo"),
            ("gps_adid", b.id("gaid_almaty", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("android_uuid", b.id("bazar_adjust_uuid", where="form android_uuid")),
            ("tracking_enabled", "1"),
            ("created_at", "2025-03-08T10:12:44.120Z+0500"),
            ("environment", "production"),
            ("os_name", "android"),
            ("os_version", "14"),
            ("device_name", "SM-A346E"),
            ("package_name", BAZAR_PKG),
            ("app_version", "2.6.0"),
            ("session_count", str(c.rng.randint(2, 60))),
            ("needs_response_details", "1"),
        ]
    )
    b.ok_json(
        {
            "adid": b.id("bazar_adid", where="response json adid", direction="response"),
            "timestamp": "2025-03-08T05:12:44.401Z+0000",
            "message": "Session tracked",
        }
    )
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event", http_version="HTTP/1.1")
    b.header("user-agent", dalvik("almaty"))
    b.header("client-sdk", "android4.38.2")
    cp = {"tur": c.rng.choice(["kiyim", "gilem", "dora"]), "baha_tenge": c.rng.randint(2, 90) * 500}
    b.form(
        [
            ("app_token", "3xq7pzr2k1mo"),
            ("event_token", c.rng.choice(["k2m9aa", "p7xq1c"])),
            ("event_count", str(c.rng.randint(1, 40))),
            ("gps_adid", b.id("gaid_almaty", where="form gps_adid")),
            ("android_uuid", b.id("bazar_adjust_uuid", where="form android_uuid")),
            ("callback_params", json.dumps(cp, separators=(",", ":"))),
            ("environment", "production"),
            ("package_name", BAZAR_PKG),
        ]
    )
    b.ok_json({"adid": b.id("bazar_adid", where="response json adid", direction="response")})
    return b.build()


def meta_yultuz_install(c: Context) -> Flow:
    b = FB(c, "meta", "POST", "https://graph.facebook.com/v18.0/918273645501122/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    b.form(
        [
            ("event", "MOBILE_APP_INSTALL"),
            ("advertiser_id", b.id("gaid_almaty", where="form advertiser_id")),
            ("anon_id", b.id("yultuz_fb_anon", where="form anon_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            ("extinfo", _extinfo(YULTUZ_PKG, "5.2.0", "almaty")),
            ("application_package_name", YULTUZ_PKG),
            ("format", "json"),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def meta_yultuz_content_view(c: Context, film: str, fid: str, seconds: int) -> Flow:
    b = FB(c, "meta", "POST", "https://graph.facebook.com/v18.0/918273645501122/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    b.view("form custom_events[] fb_mobile_content_view with film and seconds watched")
    events = [
        {
            "_eventName": "fb_mobile_content_view",
            "fb_content_type": "film",
            "fb_content_id": fid,
            "fb_description": film,
            "korgen_sekunt": seconds,
            "_logTime": int(c.now),
        }
    ]
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_almaty", where="form advertiser_id")),
            ("anon_id", b.id("yultuz_fb_anon", where="form anon_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            ("custom_events", js(events)),
            ("extinfo", _extinfo(YULTUZ_PKG, "5.2.0", "almaty")),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def meta_tonush(c: Context) -> Flow:
    b = FB(c, "meta", "POST", "https://graph.facebook.com/v18.0/556677889900123/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    events = [{"_eventName": "fb_mobile_activate_app", "_logTime": int(c.now)}]
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_istanbul", where="form advertiser_id")),
            ("anon_id", b.id("tonush_fb_anon", where="form anon_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            ("custom_events", js(events)),
            ("extinfo", _extinfo(TONUSH_PKG, "3.8.1", "istanbul")),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def firebase_install(c: Context, app: str) -> Flow:
    project, attr, pkg = {
        "yultuz": ("yultuz-kino", "yultuz_fid", YULTUZ_PKG),
        "tilchi": ("tilchi-ug", "tilchi_fid", TILCHI_PKG),
    }[app]
    b = FB(
        c,
        "firebase",
        "POST",
        f"https://firebaseinstallations.googleapis.com/v1/projects/{project}/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", pkg)
    b.json(
        {
            "fid": b.id(attr, where="json fid"),
            "appId": "1:708812345678:android:" + new_hex(c.rng, 16),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": f"projects/708812345678/installations/{getattr(c.phone, attr)}",
            "fid": getattr(c.phone, attr),
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    b.other_id(attr, "response json fid and name", direction="response")
    return b.build()


def tilchi_remote_config(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/708812345678/namespaces/"
        "firebase:fetch",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", TILCHI_PKG)
    b.json(
        {
            "appInstanceId": b.id("tilchi_fid", where="json appInstanceId"),
            "appInstanceIdToken": "eyJ" + new_hex(c.rng, 60),
            "appId": "1:708812345678:android:4be1c09d2f7a3e55",
            "countryCode": "TR",
            "languageCode": "ug-TR",
            "platformVersion": "34",
            "timeZone": "Europe/Istanbul",
            "appVersion": "1.14.0",
            "packageName": TILCHI_PKG,
            "sdkVersion": "21.6.0",
            "analyticsUserProperties": {"dersh_derijisi": "B1"},
        }
    )
    b.ok_json({"entries": {"talapuz_modeli": "v3", "kunluk_nishan": "15"}, "state": "UPDATE"})
    return b.build()


def tilchi_ga4(c: Context) -> Flow:
    b = FB(
        c,
        "ga4-mp",
        "POST",
        "https://www.google-analytics.com/mp/collect?firebase_app_id="
        "1:708812345678:android:4be1c09d2f7a3e55&api_secret=Qm3xTz8uLw2Pk9Rv0sYb4n",
    )
    b.json(
        {
            "app_instance_id": b.id("tilchi_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "level_end",
                    "params": {
                        "level_name": c.rng.choice(["salamlishish", "bazarda", "aile"]),
                        "success": True,
                        "engagement_time_msec": c.rng.randint(200, 9000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def kiosk_remote_config(c: Context) -> Flow:
    """The restaurant kiosk app's Firebase fetch: the kiosk is the chain's equipment."""
    kiosk = c.rng.choice(["e41c0a77d9b2f6a31e58c4d0a9b7f213", "7ac2d95e10b44f3c8a6e2b917d05c8e4"])
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/330145998812/namespaces/"
        "firebase:fetch",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "kz.lagmanxana.kiosk")
    b.decoy("Firebase appInstanceId of the restaurant's own kiosk (institution equipment)")
    b.json(
        {
            "appInstanceId": kiosk,
            "appInstanceIdToken": "eyJ" + new_hex(c.rng, 60),
            "appId": "1:330145998812:android:0d9e7a3c51b2f4e8",
            "countryCode": "KZ",
            "languageCode": "ru-KZ",
            "platformVersion": "30",
            "timeZone": "Asia/Almaty",
            "appVersion": "4.0.7",
            "packageName": "kz.lagmanxana.kiosk",
            "sdkVersion": "21.6.0",
        }
    )
    b.ok_json({"entries": {"menu_rev": str(c.rng.randint(100, 140)), "kombo_aksiya": "true"}})
    return b.build()
