"""The SDKs the family's apps carry: Metrix and Tapsell (Iran), Yandex AppMetrica,
Adjust, AppsFlyer, OneSignal, Firebase Installations.

Metrix and AppMetrica also carry the apps' custom watch / listen events, whose
names and attributes the in-house teams wrote in Finglish and Tajik.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

MOBILE_UA = ua("Dalvik", "2.1.0")


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", MOBILE_UA)
    return b


def metrix_session(c: Context) -> Flow:
    b = _b(c, "metrix", "POST", "https://analytics.metrix.ir/v3/engagement_event")
    b.json(
        {
            "appId": "fnmqzkbyxjawtlu",
            "userId": b.id("metrix_user", where="json userId (Metrix install id)"),
            "deviceInfo": {
                "androidAdvertisingId": b.id("gaid", where="json deviceInfo.androidAdvertisingId"),
                "androidId": b.id("aid_film", where="json deviceInfo.androidId"),
                "model": "SM-A356E",
                "os": "android 14",
            },
            "events": [{"type": "sessionStart", "time": ms(c), "sessionNum": c.rng.randint(1, 90)}],
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def metrix_watch(c: Context) -> Flow:
    b = _b(c, "metrix", "POST", "https://analytics.metrix.ir/v3/engagement_event")
    b.view("json custom event tamasha_ghesmat with serial, ghesmat, darsad_tamasha (Finglish)")
    b.json(
        {
            "appId": "fnmqzkbyxjawtlu",
            "userId": b.id("metrix_user", where="json userId (Metrix install id)"),
            "events": [
                {
                    "type": "custom",
                    "slug": "tamasha_ghesmat",
                    "attributes": {
                        "serial": "Shahrzad",
                        "ghesmat": str(c.rng.randint(1, 30)),
                        "darsad_tamasha": str(c.rng.choice([25, 50, 90])),
                    },
                    "time": ms(c),
                }
            ],
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def tapsell_ad(c: Context) -> Flow:
    b = _b(c, "tapsell", "POST", "https://api.tapsell.ir/v2/suggestions/native")
    b.decoy("ad suggestion with zone id and creative ids")
    b.json(
        {
            "zoneId": new_hex(c.rng, 24),
            "advertisingId": b.id("gaid", where="json advertisingId"),
            "tapsellUserId": b.id("tapsell_uid", where="json tapsellUserId (SDK user/device id)"),
            "limitAdTracking": False,
            "deviceOs": "Android 14",
        }
    )
    b.ok_json(
        {
            "suggestions": [
                {
                    "suggestionId": rid(c.rng),
                    "title": "خرید اقساطی گوشی",
                    "ctaUrl": "https://ads.example/x",
                }
            ]
        }
    )
    return b.build()


def appmetrica_startup(c: Context) -> Flow:
    q = {
        "deviceid": "",
        "uuid": "",
        "app_id": "tj.tojiktv.android",
        "app_platform": "android",
        "model": "X96Q",
    }
    b = _b(c, "appmetrica", "GET", "https://startup.mobile.yandex.net/analytics/startup")
    q["deviceid"] = b.id("ym_device", where="query deviceid (AppMetrica device id)")
    q["uuid"] = b.id("ym_uuid", where="query uuid (AppMetrica install uuid)")
    q["adv_id"] = b.id("gaid", where="query adv_id")
    b.params = list(q.items())
    b.ok_json(
        {"query_hosts": {"list": {"report": {"urls": ["https://report.appmetrica.yandex.net"]}}}}
    )
    return b.build()


def appmetrica_report(c: Context) -> Flow:
    b = _b(c, "appmetrica", "POST", "https://report.appmetrica.yandex.net/report")
    params = {
        "deviceid": b.id("ym_device", where="query deviceid"),
        "uuid": b.id("ym_uuid", where="query uuid"),
        "app_id": "tj.tojiktv.android",
    }
    b.params = list(params.items())
    b.view("protobuf event name тамошои_шабака with value JSON шабака / сония (Tajik)")
    value = js({"шабака": "Сафина", "сония": c.rng.randint(60, 3600)})
    event = pb_msg(
        3, [pb_varint(1, ms(c)), pb_bytes(2, "тамошои_шабака"), pb_bytes(3, value), pb_varint(4, 4)]
    )
    b.set_body(pb_msg(3, [pb_varint(1, c.rng.randint(1, 50)), event]), "application/x-protobuf")
    b.ok_json({"status": "accepted"})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = _b(c, "adjust", "POST", "https://app.adjust.com/session")
    pairs = [
        ("app_token", "q7x2m9k4vbzs"),
        ("gps_adid", b.id("gaid", where="form gps_adid")),
        ("android_id", b.id("aid_maidan", where="form android_id")),
        ("created_at", iso(c)),
        ("environment", "production"),
    ]
    b.form(pairs)
    b.ok_json(
        {
            "adid": b.id("adjust_adid", where="response adid", direction="response"),
            "message": "Session tracked",
        }
    )
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = _b(c, "adjust", "POST", "https://app.adjust.com/event")
    b.view("form callback_params match_id + watched_minutes")
    cb = js({"match_id": "AFG-v-PAK-T20", "watched_minutes": str(c.rng.randint(5, 200))})
    pairs = [
        ("app_token", "q7x2m9k4vbzs"),
        ("event_token", "w8k2zq"),
        ("gps_adid", b.id("gaid", where="form gps_adid")),
        ("adid", b.id("adjust_adid", where="form adid")),
        ("callback_params", cb),
    ]
    b.form(pairs)
    b.ok_json({"message": "Event tracked"})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = _b(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.13/androidevent?app_id=tj.hamyon.wallet&buildnumber=6.13.0",
    )
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("af_uid", where="json uid (AppsFlyer id)"),
            "android_id": b.id("aid_hamyon", where="json android_id"),
            "eventName": "af_launch",
            "date1": iso(c),
            "counter": str(c.rng.randint(1, 60)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_purchase(c: Context) -> Flow:
    b = _b(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.13/androidevent?app_id=tj.hamyon.wallet&buildnumber=6.13.0",
    )
    b.decoy("in-app purchase value and currency")
    b.json(
        {
            "uid": b.id("af_uid", where="json uid (AppsFlyer id)"),
            "eventName": "af_purchase",
            "eventValue": js({"af_revenue": "25", "af_currency": "TJS"}),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def onesignal_register(c: Context) -> Flow:
    b = _b(c, "onesignal", "POST", "https://onesignal.com/api/v1/players")
    b.json(
        {
            "app_id": "5c3e1a44-9a0e-4f16-8e6d-2f0c3a9d7b11",
            "device_type": 1,
            "identifier": b.acct("push_token"),
            "ad_id": b.id("gaid", where="json ad_id"),
            "device_model": "SM-A356E",
            "language": "fa",
            "timezone": 16200,
        }
    )
    b.ok_json(
        {
            "success": True,
            "id": b.id(
                "onesignal_player", where="response id (OneSignal player id)", direction="response"
            ),
        }
    )
    return b.build()


def onesignal_session(c: Context) -> Flow:
    b = _b(c, "onesignal", "POST", "https://onesignal.com/api/v1/players/")
    b.base += b.id("onesignal_player", where="path /players/{player id}") + "/on_session"
    b.json({"app_id": "5c3e1a44-9a0e-4f16-8e6d-2f0c3a9d7b11", "language": "fa"})
    b.ok_json({"success": True})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = _b(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/sandara-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.json(
        {
            "fid": b.id("fid", where="json fid (Firebase installation id)"),
            "appId": "1:551203391877:android:7a1c",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {"name": "projects/551203391877/installations/x", "refreshToken": "3_" + new_hex(c.rng, 40)}
    )
    return b.build()
