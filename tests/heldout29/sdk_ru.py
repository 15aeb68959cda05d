"""The Russian ad and analytics SDKs the apps embed, as their public record says they send.

Sources:
- AppMetrica (Yandex): startup GET https://startup.mobile.yandex.net/analytics/startup
  and report POST https://report.appmetrica.yandex.net/report, identifiers in the
  query (`uuid`, `deviceid`, `adv_id`, `android_id`, `app_platform`, `model`...):
  appmetrica/appmetrica-sdk-android `impl/startup/Constants.java`,
  appmetrica-sdk-ios `AMAApplicationStateKeys.m` and the TrackHAR / plotalyzer
  Yandex adapters (tweaselorg). The report body is a gzipped protobuf of sessions
  and events (field layout here is a plausible subset, written by hand).
- Yandex Mobile Ads: GET mobile.yandexadexchange.net/v4/ad with `ad_unit_id`
  R-M-..., `uuid` (shared with AppMetrica) and `google_aid`.
- myTarget (VK): GET ad.mail.ru/mobile/{slot}/ with `advertising_id`,
  `android_id` and device fields.
- MyTracker (VK): events to tracker-api.my.com/v3/...; the body layout is mine
  (instanceId, GAID and ANDROID_ID are what MyTracker's docs say it collects).
- Mintegral: GET configure.rayjump.com/setting with `gaid`, `package_name`...;
  POST analytics.rayjump.com form whose `data` is itself a query string
  (TrackHAR rayjump adapter; mtgrtb_doc).
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, gz, pb_bytes, pb_msg, pb_varint

from .phone import FB, ms, rid

AM_VER = "7.2.1"


def _am_device(ctx: Context) -> list[tuple[str, str]]:
    return [
        ("app_platform", "android"),
        ("manufacturer", "samsung"),
        ("model", ctx.phone.model),
        ("os_version", "14"),
        ("os_api_level", "34"),
        ("screen_width", "1080"),
        ("screen_height", "2340"),
        ("screen_dpi", "425"),
        ("locale", ctx.rng.choice(["ru_KZ", "ru_RU", "kk_KZ"])),
        ("analytics_sdk_version_name", AM_VER),
        ("analytics_sdk_build_type", "binary"),
        ("is_rooted", "0"),
    ]


def am_startup(ctx: Context, app: str, aid: str) -> Flow:
    """AppMetrica startup: the SDK asks for its uuid / deviceid and hosts."""
    b = FB(ctx, "appmetrica", "GET", "https://startup.mobile.yandex.net/analytics/startup")
    b.param("app_id", app)
    b.param("deviceid", b.id("am_deviceid", where="query.deviceid"))
    b.param("uuid", b.id("am_uuid", where="query.uuid", detectable=False))
    b.param("adv_id", b.id("gaid", where="query.adv_id"))
    b.param("limit_ad_tracking", "0")
    b.param("android_id", b.id(aid, where="query.android_id"))
    b.params += _am_device(ctx)
    b.param("query_hosts", "2")
    b.param("features", "ea,pf,lc,rp,sl")
    b.header("user-agent", f"com.yandex.mobile.metrica.sdk/{AM_VER} (samsung SM-S911B; Android 14)")
    b.header("accept-encoding", "gzip")
    b.ok_json(
        {
            "query_hosts": {"list": {"report": {"urls": ["https://report.appmetrica.yandex.net"]}}},
            "distribution_customization": {"clids": {"clid0": new_digits(ctx.rng, 7, "2")}},
            "time": {"max_valid_difference_seconds": 86400},
        }
    )
    return b.build()


def _event(num: int, t: int, name: str, value: str) -> bytes:
    return pb_msg(
        3,
        [
            pb_varint(1, num),
            pb_varint(2, t),
            pb_varint(3, 4),
            pb_bytes(4, name),
            pb_bytes(5, value),
        ],
    )


def am_report(ctx: Context, app: str, events: list[tuple[str, str]], b: FB | None = None) -> FB:
    """An AppMetrica report (gzipped protobuf of one session's events); the caller
    may label what the events say before building."""
    b = b or FB(ctx, "appmetrica", "POST", "https://report.appmetrica.yandex.net/report")
    b.param("api_key_128", app)
    b.param("app_id", app)
    b.param("deviceid", b.id("am_deviceid", where="query.deviceid"))
    b.param("uuid", b.id("am_uuid", where="query.uuid", detectable=False))
    b.params += _am_device(ctx)
    b.param("request_id", str(ctx.rng.randint(1, 4000)))
    t0 = int(ctx.now)
    body = pb_msg(
        1,
        [pb_varint(1, ctx.rng.randint(10**9, 2 * 10**9)), pb_varint(2, t0)]
        + [_event(i + 1, i * 7, n, v) for i, (n, v) in enumerate(events)],
    )
    b.header("user-agent", f"com.yandex.mobile.metrica.sdk/{AM_VER} (samsung SM-S911B; Android 14)")
    b.header("send-timestamp", str(t0))
    b.set_body(body, "application/x-protobuf", "gzip")
    b.respond(200, "application/json", b'{"status":"accepted"}')
    return b


def yandex_ad(ctx: Context, unit: str, aid: str) -> Flow:
    b = FB(ctx, "yandex_ads", "GET", "https://mobile.yandexadexchange.net/v4/ad")
    b.param("ad_unit_id", unit)
    b.param("ad_type", ctx.rng.choice(["banner", "interstitial", "rewarded"]))
    b.param("uuid", b.id("am_uuid", where="query.uuid", detectable=False))
    b.param("google_aid", b.id("gaid", where="query.google_aid"))
    b.param("device_id", b.id("am_deviceid", where="query.device_id"))
    b.param("manufacturer", "samsung")
    b.param("model", ctx.phone.model)
    b.param("os_name", "android")
    b.param("os_version", "14")
    b.param("sdk_version", "7.4.0")
    b.param("width", "320")
    b.param("height", "50")
    b.header("user-agent", "YandexMobileAds/7.4.0")
    b.ok_json({"ads": [], "rid": rid(ctx.rng), "ttl": 60})
    return b.build()


def mytarget_ad(ctx: Context, slot: str, aid: str) -> Flow:
    b = FB(ctx, "mytarget", "GET", f"https://ad.mail.ru/mobile/{slot}/")
    b.param("advertising_id", b.id("gaid", where="query.advertising_id"))
    b.param("advertising_tracking_enabled", "1")
    b.param("android_id", b.id(aid, where="query.android_id"))
    b.param("sdk_ver", "5.20.1")
    b.param("os", "Android")
    b.param("osver", "14")
    b.param("manufacture", "samsung")
    b.param("device", ctx.phone.model)
    b.param("connection", "wifi")
    b.param("timezone", "+0500")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    b.ok_json({"status": "ok", "banners": [], "slot": int(slot)})
    return b.build()


def mytracker_event(ctx: Context, app_key: str, aid: str, event: str) -> Flow:
    b = FB(ctx, "mytracker", "POST", "https://tracker-api.my.com/v3/mobile/events")
    payload = {
        "appId": app_key,
        "instanceId": b.id("mt_instance", where="body.instanceId", detectable=False),
        "device": {
            "gaid": b.id("gaid", where="body.device.gaid"),
            "androidId": b.id(aid, where="body.device.androidId"),
            "manufacturer": "samsung",
            "model": ctx.phone.model,
            "osVersion": "14",
        },
        "events": [{"type": event, "ts": ms(ctx), "params": {"seq": ctx.rng.randint(1, 90)}}],
    }
    b.json(payload, "gzip")
    b.no_content()
    return b.build()


def mintegral_setting(ctx: Context, app_id: str, pkg: str) -> Flow:
    b = FB(ctx, "mintegral", "GET", "https://configure.rayjump.com/setting")
    b.param("app_id", app_id)
    b.param("platform", "1")
    b.param("os_version", "14")
    b.param("package_name", pkg)
    b.param("app_version_name", "2.8.3")
    b.param("orientation", "1")
    b.param("model", ctx.phone.model)
    b.param("brand", "samsung")
    b.param("gaid", b.id("gaid", where="query.gaid"))
    b.param("network_type", "9")
    b.param("language", "ru")
    b.param("timezone", "GMT+05:00")
    b.param("sdk_version", "MAL_16.9.51")
    b.param("screen_size", "1080x2340")
    b.param("sign", new_hex(ctx.rng, 32))
    b.ok_json({"status": 1, "data": {"cc": "KZ", "upaid": 1}})
    return b.build()


def mintegral_analytics(ctx: Context, app_id: str, pkg: str, aid: str) -> Flow:
    b = FB(ctx, "mintegral", "POST", "https://analytics.rayjump.com/")
    inner = urlencode(
        [
            ("key", "2000054"),
            ("gaid", b.id("gaid", where="body.data.gaid")),
            ("network_type", "9"),
            ("st", str(ms(ctx))),
            ("result", "1"),
            ("unit_id", new_digits(ctx.rng, 7, "1")),
            ("rid", new_hex(ctx.rng, 24)),
        ]
    )
    dvi = b64(f"android_id={b.id_raw(aid, 'mtg_xor_b64', 'body.dvi')}&mnc=02&mcc=401")
    b.form(
        [
            ("app_id", app_id),
            ("package_name", pkg),
            ("platform", "1"),
            ("data", inner),
            ("dvi", "".join(chr(ord(c) ^ 1) for c in dvi)),
            ("m_sdk", "msdk"),
        ]
    )
    b.respond(200, "text/plain", b"ok")
    return b.build()


__all__ = [
    "am_report",
    "am_startup",
    "gz",
    "mintegral_analytics",
    "mintegral_setting",
    "mytarget_ad",
    "mytracker_event",
    "yandex_ad",
]
