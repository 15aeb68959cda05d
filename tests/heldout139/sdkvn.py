"""The SDKs the apps carry: AppsFlyer (VuiPlay's attribution), Zalo login (the
Zalo SDK sends its own device id), Admicro ads (VCCorp's ad network, with the
advertising id and its own uid) and Firebase Installations / FCM registration
(FID and the push token; the token is no device identifier).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rid, ua


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=vn.vuiplay.app",
    )
    b.header("user-agent", ua("Dalvik", "2.1.0"))
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("af_uid", where="json uid (AppsFlyer id)"),
            "android_id": b.id("aid_ott", where="json android_id"),
            "imei": b.id("imei", where="json imei"),
            "brand": "samsung",
            "model": "SM-S911B",
            "date1": iso(c),
            "counter": str(c.rng.randint(2, 90)),
        },
        "gzip",
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.14/androidevent?app_id=vn.vuiplay.app",
    )
    b.header("user-agent", ua("Dalvik", "2.1.0"))
    b.view("json eventName af_content_view + eventValue.af_content_id + watch_seconds")
    content = f"kd{c.rng.randint(10000, 99999)}"
    value = {"af_content_id": content, "watch_seconds": c.rng.randint(60, 3000)}
    b.json(
        {
            "uid": b.id("af_uid", where="json uid"),
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "eventName": "af_content_view",
            "eventValue": js(value),  # AppsFlyer sends eventValue as a JSON string
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def zalo_login(c: Context) -> Flow:
    b = FB(c, "zalo-sdk", "POST", "https://oauth.zaloapp.com/v4/access_token")
    b.header("user-agent", ua("ZaloSDK", "4.12"))
    b.form(
        [
            ("app_id", "1956328431"),
            ("code", new_hex(c.rng, 40)),
            ("grant_type", "authorization_code"),
            ("zdevice_id", b.id("zalo_devid", where="form zdevice_id (Zalo SDK device id)")),
            ("code_verifier", new_hex(c.rng, 43)),
        ]
    )
    b.ok_json(
        {"access_token": new_hex(c.rng, 60), "expires_in": "3600", "zalo_id": b.acct("zalo_uid")}
    )
    return b.build()


def admicro_ad(c: Context) -> Flow:
    b = FB(c, "admicro", "GET", "https://lg1.logging.admicro.vn/ads/req")
    b.header("user-agent", ua("NhacHay", "23.8.1"))
    b.param("zid", str(c.rng.randint(1000000, 2000000)))
    b.param("dvid", b.id("gaid", where="query dvid (advertising id)"))
    b.param("__uid", b.id("admicro_uid", where="query __uid (Admicro uid)"))
    b.param("os", "android")
    b.param("lang", "vi")
    b.ok_json(
        {
            "ads": [
                {
                    "creative": f"https://static.admicro.vn/c/{new_hex(c.rng, 12)}.jpg",
                    "w": 320,
                    "h": 50,
                }
            ]
        }
    )
    return b.build()


def admicro_hashed(c: Context) -> Flow:
    b = FB(c, "admicro", "GET", "https://lg1.logging.admicro.vn/i")
    b.header("user-agent", ua("LuotClip", "31.2.4"))
    b.param("z", str(c.rng.randint(1000000, 2000000)))
    b.param("k", b.id("gaid", "md5_upper", "query k (MD5 upper of the ad id)", detectable=False))
    b.param("t", str(ms(c)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!")
    return b.build()


def fcm_register(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/nhachay-prod/installations",
    )
    b.header("user-agent", ua("Dalvik", "2.1.0"))
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.json(
        {
            "fid": b.id("fb_instance", where="json fid"),
            "appId": "1:84122:android:3fa",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/84122/installations/x",
            "refreshToken": rid(c.rng),
            "authToken": {"token": b.acct("fcm_token")},
        }
    )
    return b.build()
