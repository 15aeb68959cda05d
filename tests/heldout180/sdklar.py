"""Third-party SDKs the apps carry: AppsFlyer and Adjust (global), Yandex AppMetrica
(in most Russian-built apps of the region), and two Turkish vendors, Netmera
(push and analytics) and Insider (engagement), that Turkish-built apps use.

Request shapes follow the vendors' public SDK traffic loosely (AppMetrica's
query parameters `deviceid`, `uuid`, `adv_id`; AppsFlyer's `uid` and
`advertiserId`; Adjust's `gps_adid`); the event contents are the apps'.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, rid

SDK_UA = "Dalvik/2.1.0 (Linux; U; Android 14; SM-A556E Build/UP1A.231005.007)"


def appsflyer_launch(c: Context, package: str = "az.catdir.app") -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://launches.appsflyer.com/api/v6.14/androidevent?app_id={package}&buildnumber=6.14.0",
    )
    b.header("user-agent", SDK_UA)
    b.json(
        {
            "uid": b.id("af_uid", where="json uid"),
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "android_id": b.id("aid_food", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "country": "AZ",
            "lang_code": "az",
            "eventName": None,
            "counter": str(c.rng.randint(1, 60)),
            "brand": "samsung",
            "model": "SM-A556E",
        },
        "gzip",
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_purchase(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.14/androidevent?app_id=az.catdir.app&buildnumber=6.14.0",
    )
    b.header("user-agent", SDK_UA)
    b.json(
        {
            "uid": b.id("af_uid", where="json uid"),
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "eventName": "af_purchase",
            "eventValue": '{"af_revenue":"18.40","af_currency":"AZN","af_order_id":"'
            + rid(c.rng)
            + '"}',
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", SDK_UA)
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "q8x2kd1l0ysg"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("adjust_adid", where="form android_uuid (Adjust install id)")),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(1, 90))),
            ("country", "AZ"),
            ("language", "ru"),
        ]
    )
    b.ok_json({"adid": b.id("adjust_adid", where="response json adid", direction="response")})
    return b.build()


def appmetrica_report(c: Context) -> Flow:
    """Yandex AppMetrica: ids in the query, events as gzipped protobuf in the body."""
    b = FB(c, "appmetrica", "POST", "https://report.appmetrica.yandex.net/report")
    b.param("api_key_128", rid(c.rng))
    b.param("app_id", "az.yolla.taxi")
    b.param("deviceid", b.id("appmetrica_deviceid", where="query deviceid"))
    b.param("uuid", b.id("appmetrica_uuid", where="query uuid"))
    b.param("adv_id", b.id("gaid", where="query adv_id"))
    b.param("android_id", b.id("aid_taksi", where="query android_id"))
    b.param("app_platform", "android")
    b.param("analytics_sdk_version_name", "6.4.0")
    b.param("locale", "ru_AZ")
    b.header("user-agent", SDK_UA)
    body = pb_varint(1, ms(c)) + pb_bytes(2, "order_created") + pb_bytes(3, '{"tarif":"ekonom"}')
    b.set_body(body, "application/x-protobuf", "gzip")
    b.ok_json({"status": "accepted"})
    return b.build()


def appmetrica_startup(c: Context) -> Flow:
    b = FB(c, "appmetrica", "GET", "https://startup.mobile.yandex.net/analytics/startup")
    b.param("ads", "1")
    b.param("app_id", "az.yolla.taxi")
    b.param("deviceid", b.id("appmetrica_deviceid", where="query deviceid"))
    b.param("uuid", b.id("appmetrica_uuid", where="query uuid"))
    b.param("app_platform", "android")
    b.header("user-agent", SDK_UA)
    hosts = {"list": {"report": {"urls": ["https://report.appmetrica.yandex.net"]}}}
    b.ok_json({"query_hosts": hosts})
    return b.build()


def netmera_video(c: Context, title: str, seconds: int) -> Flow:
    """Ekran+ sends a Netmera custom event per watched episode chunk."""
    b = FB(c, "netmera", "POST", "https://sdkapi.netmera.com/sdk/v1/event")
    b.header("user-agent", SDK_UA)
    b.header("x-netmera-api-key", "nm-" + rid(c.rng).replace("-", "")[:24])
    b.view("json events[].code=IzlemeEvent with izlemeSuresi")
    b.json(
        {
            "installationId": b.id("netmera_install", where="json installationId"),
            "events": [
                {
                    "code": "IzlemeEvent",
                    "prms": {"diziAdi": title, "izlemeSuresi": seconds, "kalite": "HD"},
                    "ts": ms(c),
                }
            ],
        }
    )
    b.ok_json({"status": "OK"})
    return b.build()


def netmera_push_register(c: Context) -> Flow:
    b = FB(c, "netmera", "POST", "https://sdkapi.netmera.com/sdk/v1/push/register")
    b.header("user-agent", SDK_UA)
    b.json(
        {
            "installationId": b.id("netmera_install", where="json installationId"),
            "pushToken": b.acct("push_token"),
            "adId": b.id("gaid", "sha1", "json adId (sha1)"),
            "osType": "ANDROID",
        }
    )
    b.ok_json({"status": "OK"})
    return b.build()


def insider_session(c: Context) -> Flow:
    b = FB(c, "insider", "POST", "https://mobile.useinsider.com/api/v3/session/start")
    b.header("user-agent", SDK_UA)
    b.json(
        {
            "insider_id": b.id("insider_id", where="json insider_id"),
            "udid": b.id("aid_food", "upper", "json udid (ANDROID_ID upper-case)"),
            "advertising_id": b.id("gaid", where="json advertising_id"),
            "partner_name": "catdir",
            "sdk_version": "14.2.0",
            "locale": "az_AZ",
            "timestamp": ms(c),
        }
    )
    b.ok_json({"success": True})
    return b.build()


def insider_event(c: Context) -> Flow:
    b = FB(c, "insider", "POST", "https://mobile.useinsider.com/api/v3/event")
    b.header("user-agent", SDK_UA)
    b.json(
        {
            "insider_id": b.id("insider_id", where="json insider_id"),
            "events": [
                {"event_name": "cart_page_view", "params": {"total": 18.4, "currency": "AZN"}}
            ],
        }
    )
    b.ok_json({"success": True})
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/nur-sesi-prod/installations",
    )
    b.header("user-agent", SDK_UA)
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    fid = b.id("firebase_instance", where="json fid")
    b.json({"fid": fid, "appId": "1:44120988:android:9a7f2c", "authVersion": "FIS_v2"})
    b.ok_json({"name": "projects/44120988/installations/x", "refreshToken": rid(c.rng)})
    return b.build()
