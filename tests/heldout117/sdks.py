"""Third-party SDKs the family's apps carry: Firebase, AppsFlyer, Adjust,
Facebook, Pangle, Mintegral and OneSignal, written from their public wire
formats as the apps here send them."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua


def _b(c: Context, sdk: str, method: str, url: str, agent: str = "okhttp/4.11.0") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", agent)
    return b


def firebase_install(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/reachflix-kh/installations"
    b = _b(c, "firebase", "POST", url)
    b.json(
        {
            "fid": b.id("fid", where="json fid"),
            "appId": "1:5512:android:9a1b",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/5512/installations/x", "refreshToken": "3_" + rid(c.rng)})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = _b(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=com.reachflix.kh&buildnumber=6.14.2",
        ua("Reachflix", "3.8.2"),
    )
    b.json(
        {
            "uid": b.id("af_uid", where="json uid"),
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "android_id": b.id("aid_kh", where="json android_id"),
            "eventName": "af_content_view",
            "af_timestamp": str(ms(c)),
            "lang": "ខ្មែរ",
            "country": "KH",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = _b(c, "adjust", "POST", "https://app.adjust.com/session")
    b.form(
        [
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("adid", b.id("adjust_adid", where="form adid")),
            ("android_uuid", rid(c.rng)),
            ("app_token", "qwe12rty34ui"),
            ("created_at", iso(c)),
            ("environment", "production"),
        ]
    )
    b.ok_json({"adid": c.phone.adjust_adid, "message": "Session tracked"})
    b.id("adjust_adid", where="response json adid", direction="response")
    return b.build()


def facebook_activities(c: Context) -> Flow:
    b = _b(c, "facebook", "POST", "https://graph.facebook.com/v18.0/1234567890/activities")
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid", where="form advertiser_id")),
            ("anon_id", b.id("fb_anon", where="form anon_id")),
            ("application_tracking_enabled", "1"),
            (
                "custom_events",
                '[{"_eventName":"fb_mobile_purchase","_valueToSum":2.0,"fb_currency":"USD"}]',
            ),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def pangle_ad(c: Context) -> Flow:
    b = _b(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/")
    b.json(
        {
            "request_id": rid(c.rng),
            "ad_sdk_version": "5.8.0.8",
            "device": {
                "did": b.id("pangle_did", where="json device.did"),
                "gaid": b.id("gaid", where="json device.gaid"),
                "os": "Android",
                "model": "V2247",
            },
            "source_type": "app",
            "app": {"package_name": "com.karaokekh.app"},
        }
    )
    b.ok_json({"status_code": 20000, "ads": []})
    return b.build()


def pangle_encrypted(c: Context) -> Flow:
    b = _b(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/stats/batch/")
    b.id_raw("pangle_did", "pangle_aes", "json message (AES ciphertext incl. did)")
    b.id_raw("gaid", "pangle_aes", "json message (AES ciphertext incl. gaid)")
    b.json({"message": b64(bytes(c.rng.getrandbits(8) for _ in range(400))), "cypher": 3})
    b.ok_json({"code": 0})
    return b.build()


def mintegral_setting(c: Context) -> Flow:
    b = _b(c, "mintegral", "GET", "https://configure.rayjump.com/setting")
    b.param("app_id", "118731")
    b.param("gaid2", b.id("gaid", "md5", "query gaid2 = md5(GAID)", detectable=False))
    b.param("sign", rid(c.rng).replace("-", ""))
    b.ok_json({"cc": "KH", "upaid": 0})
    return b.build()


def onesignal_player(c: Context) -> Flow:
    b = _b(c, "onesignal", "PUT", f"https://api.onesignal.com/players/{c.phone.onesignal_player}")
    b.id("onesignal_player", where="path players/{id}")
    b.json(
        {
            "app_id": rid(c.rng),
            "ad_id": b.id("gaid", where="json ad_id"),
            "language": "km",
            "timezone": 25200,
            "device_model": "V2247",
        }
    )
    b.ok_json({"success": True})
    return b.build()


def firebase_video_event(c: Context) -> Flow:
    """GA4 for Firebase batch from the dharma app: a 'listen_progress' custom event, gzipped."""
    b = _b(c, "firebase", "POST", "https://app-measurement.com/a")
    b.view("gzip json events[].name listen_progress + params talk_id, seconds")
    ev = {
        "app_instance_id": b.id("fid", where="json app_instance_id (gzip)"),
        "events": [
            {
                "name": "listen_progress",
                "params": {"talk_id": c.rng.randint(100, 3000), "seconds": c.rng.randint(30, 3600)},
                "ts": ms(c),
            }
        ],
    }
    b.json(ev, "gzip")
    b.no_content()
    return b.build()
