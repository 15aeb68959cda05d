"""The SDKs the family's apps carry: Firebase (installations and GA4 app events),
AppsFlyer, Facebook app events, OneSignal push and Transsion's preinstalled
Athena analytics on the Tecno phone.

Firebase Installations registers a FID (`POST .../projects/{p}/installations`,
https://firebase.google.com/docs/projects/manage-installations); AppsFlyer's
launch carries `advertiserId` and its own `uid`; Facebook's Graph
`/{app-id}/activities` carries `advertiser_id` and `anon_id`; OneSignal's
`POST /api/v1/players` carries `ad_id` and answers with a player id that later
calls put in the path (https://documentation.onesignal.com/reference). The
Athena payload shape is the phone maker's own and written here as such.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz, jsb

from .phone import DALVIK, FB, iso, ms, rid

FIREBASE_KEY = "AIzaSyD3m0aRaDa-pLaY0kq7Xh2Vw9sT4uJ1bQe"


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/arada-play-prod/installations",
    )
    b.header("x-goog-api-key", FIREBASE_KEY)
    b.header("x-android-package", "et.aradaplay.app")
    b.json(
        {
            "fid": b.id("arada_fid", where="json fid"),
            "appId": "1:611047300112:android:8a3be0c41d2f9e77",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/611047300112/installations/x",
            "refreshToken": "3_" + new_hex(c.rng, 40),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 60), "expiresIn": "604800s"},
        }
    )
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.13/androidevent",
        [("app_id", "et.aradaplay.app"), ("buildnumber", "6.13.0")],
    )
    b.header("user-agent", DALVIK)
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("arada_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "4.7.1",
            "brand": "TECNO",
            "model": "TECNO CK8n",
            "lang": "አማርኛ",
            "operator": "Ethio telecom",
            "counter": str(c.rng.randint(1, 80)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_subscribe_event(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.13/androidevent",
        [("app_id", "et.aradaplay.app"), ("buildnumber", "6.13.0")],
    )
    b.header("user-agent", DALVIK)
    b.decoy("af_subscribe revenue event: price and currency")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("arada_af_uid", where="json uid"),
            "eventName": "af_subscribe",
            "eventValue": '{"af_revenue":"249","af_currency":"ETB"}',
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def facebook_activities(c: Context) -> Flow:
    b = FB(c, "facebook", "POST", "https://graph.facebook.com/v17.0/418822609154127/activities")
    b.header("user-agent", "FBAndroidSDK.16.3.0")
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid", where="form advertiser_id")),
            ("anon_id", b.id("quran_fb_anon", where="form anon_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            (
                "custom_events",
                f'[{{"_eventName":"fb_mobile_activate_app","_logTime":{ms(c) // 1000}}}]',
            ),
            ("extinfo", '["a2","et.nur.quran","312","3.1.2","13","TECNO CK8n","am_ET"]'),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def onesignal_player(c: Context) -> Flow:
    b = FB(c, "onesignal", "POST", "https://onesignal.com/api/v1/players")
    b.header("user-agent", DALVIK)
    b.header("sdk-version", "onesignal/android/040806")
    b.json(
        {
            "app_id": "5c1e2b77-9d0a-4c3e-8f41-0e7a9b2d6c15",
            "device_type": 1,
            "identifier": b.acct("push_token"),
            "ad_id": b.id("gaid", where="json ad_id"),
            "device_model": "TECNO CK8n",
            "device_os": "13",
            "game_version": "2105",
            "language": "ti",
            "timezone": 10800,
            "timezone_id": "Africa/Asmara",
            "carrier": "EriTel",
            "sdk": "040806",
        }
    )
    b.other_id(
        "wegahta_player", "response json id (OneSignal player: this install)", direction="response"
    )
    b.ok_json({"success": True, "id": c.phone.wegahta_player})
    return b.build()


def onesignal_session(c: Context) -> Flow:
    player = c.phone.wegahta_player
    b = FB(c, "onesignal", "POST", f"https://onesignal.com/api/v1/players/{player}/on_session")
    b.other_id("wegahta_player", "path /players/{id} (OneSignal player id)")
    b.header("user-agent", DALVIK)
    b.json(
        {
            "app_id": "5c1e2b77-9d0a-4c3e-8f41-0e7a9b2d6c15",
            "ad_id": b.id("gaid", where="json ad_id"),
            "language": "ti",
            "device_type": 1,
        }
    )
    b.ok_json({"success": True, "id": player})
    return b.build()


def athena_upload(c: Context) -> Flow:
    """Transsion's system analytics: readable ids beside a gzipped event batch."""
    b = FB(c, "transsion-athena", "POST", "https://athena.shalltry.com/athena/v3/upload")
    b.header("user-agent", DALVIK)
    b.header("x-tid", "2105")
    events = [{"e": "app_launch", "pkg": c.rng.choice(["et.aradaplay.app", "com.tecno.music"])}]
    b.json(
        {
            "vaid": b.id("athena_vaid", where="json vaid"),
            "gaid": b.id("gaid", where="json gaid"),
            "brand": "TECNO",
            "model": "CK8n",
            "os": "HiOS 13.0",
            "mcc": "636",
            "events": b64(gz(jsb(events))),
            "ts": ms(c),
        }
    )
    b.ok_json({"code": 0, "msg": "ok"})
    return b.build()


def athena_opaque(c: Context) -> Flow:
    """Athena's heartbeat: only a hash of the IMEI under `k`, nothing says what it is."""
    b = FB(c, "transsion-athena", "GET", "https://athena.shalltry.com/athena/v3/hb")
    b.header("user-agent", DALVIK)
    b.param("k", b.id("imei1", "md5", "query k (md5 of IMEI)", detectable=False))
    b.param("t", str(ms(c)))
    b.ok_json({"code": 0, "next": 3600})
    return b.build()


def ga4_app_event(c: Context) -> Flow:
    """Firebase Analytics via the app-measurement batch endpoint: screen views only."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", DALVIK)
    b.decoy("screen_view events with a session id (no content, no position)")
    b.json(
        {
            "app_instance_id": b.id("kuas_fid", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {"screen_name": c.rng.choice(["standings", "fixtures", "news"])},
                    "session_id": rid(c.rng)[:8],
                    "ts": iso(c),
                }
            ],
        }
    )
    b.no_content()
    return b.build()
