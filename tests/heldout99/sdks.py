"""Analytics and ad SDKs in the apps, per their public docs / SDK sources:
- Firebase Installations REST: POST firebaseinstallations.googleapis.com/v1/projects/{p}/
  installations {fid, appId, authVersion "FIS_v2", sdkVersion} (firebase-android-sdk,
  FirebaseInstallationServiceClient).
- GA4 Measurement Protocol (developers.google.com/analytics/devguides/collection/protocol/ga4):
  /mp/collect?firebase_app_id=&api_secret= {app_instance_id, events[{name, params}]}; video_progress
  / video_complete with video_title, video_percent, video_current_time (GA4 enhanced measurement).
- AppsFlyer Android SDK: POST launches.appsflyer.com/api/v6.x/androidevent?app_id=&buildnumber=
  JSON with advertiserId, uid, af_timestamp, deviceData (AppsFlyer SDK sources, integration guides).
- Adjust Android SDK: POST app.adjust.com/session form body gps_adid, android_uuid, app_token,
  created_at, environment (adjust/android_sdk PackageBuilder).
- AppMetrica (Yandex): GET startup.mobile.yandex.net/analytics/startup?deviceid=&uuid=&adv_id=
  (appmetrica-sdk-android StartupParams).
- Google IMA: pubads.g.doubleclick.net/gampad/ads with rdid, idtype=adid, is_lat (IMA ad tag docs).
- Facebook app events: POST graph.facebook.com/v17.0/{app}/activities form: advertiser_id,
  anon_id, custom_events (facebook-android-sdk AppEventsLoggerUtility).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, ms, rid, ua

SHOWS = ["Chemi Tsoli", "Sakhli Mtaze", "Tnpesi Hayrik", "Khaghic Durs"]


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/tvgeo-play/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.json(
        {
            "fid": c.phone.fb_app_instance[:22],
            "appId": "1:48213:android:9f2c",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.other_id("firebase_installation_id", "body.fid")
    b.ok_json({"name": "projects/48213/installations/x", "refreshToken": rid(c.rng)})
    return b.build()


def ga4_video(c: Context) -> Flow:
    b = FB(c, "ga4", "POST", "https://www.google-analytics.com/mp/collect")
    b.param("firebase_app_id", "1:48213:android:9f2c")
    b.param("api_secret", rid(c.rng)[:22])
    name = c.rng.choice(["video_progress", "video_complete", "video_start"])
    b.json(
        {
            "app_instance_id": c.phone.fb_app_instance,
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": c.rng.choice(SHOWS),
                        "video_percent": c.rng.choice([10, 25, 50, 75, 100]),
                        "video_current_time": c.rng.randint(0, 2700),
                        "video_duration": 2700,
                    },
                }
            ],
        }
    )
    b.other_id("fb_app_instance", "body.app_instance_id")
    b.view("body.events[] video_progress/video_title")
    b.no_content()
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = FB(c, "appsflyer", "POST", "https://launches.appsflyer.com/api/v6.13/androidevent")
    b.param("app_id", "ge.tvgeo.play")
    b.param("buildnumber", "6.13.0")
    b.json(
        {
            "advertiserId": b.id("gaid", where="body.advertiserId"),
            "uid": c.phone.af_uid,
            "af_timestamp": str(ms(c)),
            "deviceData": {"brand": "samsung", "model": "SM-A356B", "sdk": "34"},
            "counter": str(c.rng.randint(1, 40)),
        }
    )
    b.other_id("af_uid", "body.uid")
    b.ok_json({"status": "ok"})
    return b.build()


def adjust(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.form(
        [
            ("app_token", "2fm9gkqubvpc"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", c.phone.adjust_adid),
            ("created_at", "2024-12-02T10:00:00.000Z+0400"),
            ("environment", "production"),
        ]
    )
    b.other_id("adjust_adid", "form android_uuid")
    b.ok_json({"adid": rid(c.rng).replace("-", "")})
    return b.build()


def appmetrica(c: Context) -> Flow:
    b = FB(c, "appmetrica", "GET", "https://startup.mobile.yandex.net/analytics/startup")
    b.param("deviceid", c.phone.ym_device_id)
    b.param("uuid", rid(c.rng).replace("-", ""))
    b.param("adv_id", b.id("gaid", where="query adv_id"))
    b.param("app_platform", "android")
    b.other_id("ym_device_id", "query deviceid")
    b.ok_json({"query_hosts": {}})
    return b.build()


def ima(c: Context) -> Flow:
    b = FB(c, "ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    for k, v in [
        ("iu", "/2190/geo_ott/preroll"),
        ("sz", "640x480"),
        ("env", "vp"),
        ("output", "vast"),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("gaid", where="query rdid"))
    b.param("idtype", "adid")
    b.param("is_lat", "0")
    b.respond(200, "application/xml", b'<VAST version="4.0"/>')
    return b.build()


def fb_events(c: Context) -> Flow:
    b = FB(c, "facebook", "POST", "https://graph.facebook.com/v17.0/49382910/activities")
    b.header("user-agent", ua("FBAndroidSDK", "17.0.0"))
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid", where="form advertiser_id")),
            ("anon_id", "XZ" + rid(c.rng)),
            (
                "custom_events",
                js([{"_eventName": "fb_mobile_activate_app", "_logTime": int(c.now)}]),
            ),
        ]
    )
    b.other_id("fb_anon_id", "form anon_id")
    b.ok_json({"success": True})
    return b.build()
