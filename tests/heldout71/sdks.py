"""Third-party analytics / ad SDKs inside the set-71 apps.

Sources (wire formats as their public SDK code and docs show them):
- Yandex AppMetrica: `GET startup.mobile.yandex.net/analytics/startup` and
  `POST report.appmetrica.yandex.net/report?encrypted_request=1&...`: ids in the
  query (`deviceid`, `uuid`, `app_set_id`, `adv_id`), as the decompiled
  io.appmetrica.analytics report-params appender adds them; the body is the
  SDK's encrypted protobuf (opaque).
- myTarget (VK Ads) mobile SDK: `GET ad.mail.ru/mobile/{slot_id}/` with the
  query of its DeviceParamsDataProvider (`android_id`, `euname`, `mrgs_device_id`
  ...) and GoogleAIdDataProvider (`advertising_id`, `advertising_tracking_enabled`).
- Firebase Installations REST: `POST firebaseinstallations.googleapis.com/v1/
  projects/{p}/installations` with `fid`, `appId`, `authVersion` "FIS_v2".
- AppsFlyer Android SDK 6: `POST launches.appsflyer.com/api/v6.x/androidevent`
  JSON with `advertiserId`, `advertiserIdEnabled`, `uid`, `af_timestamp`,
  `launch_counter`, `device` (decompiled SDK code on GitHub).
- Adjust Android SDK 4: `POST app.adjust.com/session`, form body with
  `gps_adid`, `android_uuid`, `app_token`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, dalvik, iso, ms, rid

APPS = {  # app -> (package, android_id attribute)
    "kino": ("kz.kinoteka.android", "aid_kino"),
    "efir": ("kg.efirplus.tv", "aid_efir"),
    "sport": ("kz.qazsport.live", "aid_sport"),
    "muz": ("kz.un.music", "aid_muz"),
    "bank": ("kz.qapy.superapp", "aid_bank"),
    "voice": ("kz.alem.voice", "aid_voice"),
    "taxi": ("kz.jolda.driver", "aid_taxi"),
}


def _am_common(b: FB, pkg: str) -> None:
    """The query every AppMetrica request carries (io.appmetrica.analytics
    report params appender: ids, then device facts, then app_set_id and adv_id)."""
    b.param("deviceid", b.id("am_deviceid", where="query.deviceid"))
    b.param("uuid", b.id("am_uuid", where="query.uuid"))
    b.param("analytics_sdk_version_name", "7.2.0")
    b.param("app_version_name", "4.12.1")
    b.param("os_version", "14")
    b.param("os_api_level", "34")
    b.param("locale", "kk_KZ")
    b.param("is_rooted", "0")
    b.param("app_id", pkg)
    b.param("app_platform", "android")
    b.param("model", "SM-A356E")
    b.param("manufacturer", "samsung")
    b.param("screen_width", "1080")
    b.param("screen_height", "2340")
    b.param("device_type", "phone")
    b.param("app_set_id", b.id("app_set_id", where="query.app_set_id"))
    b.param("app_set_id_scope", "app")
    b.param("adv_id", b.id("gaid", where="query.adv_id"))
    b.param("limit_ad_tracking", "0")


def appmetrica_startup(ctx: Context, app: str = "kino") -> Flow:
    pkg, _ = APPS[app]
    b = FB(ctx, "appmetrica", "GET", "https://startup.mobile.yandex.net/analytics/startup")
    _am_common(b, pkg)
    b.header("user-agent", dalvik())
    b.ok_json(
        {"query_hosts": {"list": {"report": {"urls": ["https://report.appmetrica.yandex.net"]}}}}
    )
    return b.build()


def appmetrica_report(ctx: Context, app: str = "kino") -> Flow:
    """A report batch: ids in the query; the body is the SDK's encrypted protobuf."""
    pkg, _ = APPS[app]
    b = FB(ctx, "appmetrica", "POST", "https://report.appmetrica.yandex.net/report")
    b.param("encrypted_request", "1")
    _am_common(b, pkg)
    b.param("api_key_128", rid(ctx.rng))
    b.param("request_id", str(ctx.rng.randint(1, 400)))
    b.set_body(bytes(ctx.rng.getrandbits(8) for _ in range(240)), "application/octet-stream")
    b.header("accept-encoding", "encrypted")
    b.header("user-agent", dalvik())
    b.no_content()
    return b.build()


def mytarget_ad(ctx: Context, app: str = "sport") -> Flow:
    """Device params as myTarget's DeviceParamsDataProvider / GoogleAIdDataProvider
    add them (decompiled SDK code on GitHub); `mrgs_device_id` is the SDK's hash id."""
    pkg, aid = APPS[app]
    slot = ctx.rng.choice(["1432870", "1432871", "998102"])
    b = FB(ctx, "mytarget", "GET", f"https://ad.mail.ru/mobile/{slot}/")
    b.param("android_id", b.id(aid, where="query.android_id"))
    b.param("device", "a35x")
    b.param("os", "Android")
    b.param("manufacture", "samsung")
    b.param("osver", "14")
    b.param("app", pkg)
    b.param("appver", "2.31.4")
    b.param("lang", "ru")
    b.param("euname", "SM-A356E")
    b.param("w", "1080")
    b.param("h", "2340")
    b.param("dpi", "450")
    b.param("operator_id", "02")
    b.param("operator_name", "Kcell")
    b.param("sim_loc", "401")
    b.param("timezone", "GMT+05:00 Asia/Almaty")
    b.param("mrgs_device_id", b.id("mt_instance", where="query.mrgs_device_id"))
    b.param("advertising_id", b.id("gaid", where="query.advertising_id"))
    b.param("advertising_tracking_enabled", "1")
    b.param("connection", "wifi")
    b.param("sdk_version", "5.20.1")
    b.header("user-agent", dalvik())
    b.ok_json({"banners": [], "html_wrapper": "", "settings": {"refresh": 60}})
    return b.build()


def firebase_install(ctx: Context, app: str = "bank") -> Flow:
    pkg, _ = APPS[app]
    b = FB(
        ctx,
        "firebase",
        "POST",
        f"https://firebaseinstallations.googleapis.com/v1/projects/{app}-prod-kz/installations",
    )
    b.json(
        {
            "fid": b.id("fid", where="body.fid"),
            "appId": f"1:73410{ctx.rng.randint(100000, 999999)}:android:8c1f0e2a",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.header("x-android-package", pkg)
    b.header("x-goog-api-key", "AIzaSyB" + rid(ctx.rng).replace("-", "")[:32])
    b.ok_json({"name": "projects/1/installations/x", "authToken": {"expiresIn": "604800s"}})
    return b.build()


def appsflyer_launch(ctx: Context, app: str = "taxi") -> Flow:
    pkg, _ = APPS[app]
    b = FB(
        ctx,
        "appsflyer",
        "POST",
        f"https://launches.appsflyer.com/api/v6.14/androidevent?app_id={pkg}&buildnumber=6.14.0",
    )
    b.json(
        {
            "advertiserId": b.id("gaid", where="body.advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("af_uid", where="body.uid"),
            "device": "a35x",
            "af_timestamp": str(ms(ctx)),
            "appsflyerKey": "pK3xQ8vAaTz7",
            "launch_counter": str(ctx.rng.randint(2, 80)),
            "deviceData": {"build_display_id": "UP1A.231005.007", "arch": "aarch64"},
            "installDate": iso(ctx)[:10] + "_081503+0500",
            "carrier": "Kcell",
            "lang_code": "kk",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def adjust_session(ctx: Context, app: str = "muz") -> Flow:
    b = FB(ctx, "adjust", "POST", "https://app.adjust.com/session")
    b.form(
        [
            ("app_token", "x7k2m9q4b1zd"),
            ("gps_adid", b.id("gaid", where="body.gps_adid")),
            ("android_uuid", b.id("adjust_uuid", where="body.android_uuid")),
            ("created_at", iso(ctx).replace("Z", "+0500")),
            ("device_type", "phone"),
            ("os_name", "android"),
            ("session_count", str(ctx.rng.randint(2, 200))),
            ("environment", "production"),
        ]
    )
    b.header("client-sdk", "android4.38.3")
    b.ok_json({"adid": "", "message": "Session tracked"})
    return b.build()


def remote_config(ctx: Context, app: str = "voice") -> Flow:
    """Firebase Remote Config fetch (REST `namespaces/firebase:fetch`)."""
    pkg, _ = APPS[app]
    b = FB(
        ctx,
        "firebase",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/734100/namespaces/firebase:fetch",
    )
    b.json(
        {
            "appInstanceId": b.id("fid", where="body.appInstanceId"),
            "appInstanceIdToken": "eyJ" + rid(ctx.rng).replace("-", ""),
            "appId": "1:734100:android:3e9d",
            "countryCode": "KZ",
            "languageCode": "kk-KZ",
            "platformVersion": "34",
            "packageName": pkg,
            "sdkVersion": "21.6.0",
            "analyticsUserProperties": {},
        }
    )
    b.ok_json({"state": "UPDATE", "entries": {"new_player": "true"}})
    return b.build()
