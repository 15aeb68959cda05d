"""The third-party SDKs inside the set-274 apps, in their wire formats.

* Yandex AppMetrica (the film app, the taxi app): `startup.mobile.yandex.net`
  answers the SDK's start-up query (`deviceid`, `uuid`, `adv_id`, `android_id`
  in the query) with the SDK's own `device_id`; reports go to
  `report.appmetrica.yandex.net/report` with the ids in the query and an
  encrypted, gzipped protobuf body (the event names are not readable).
* MyTracker (VK) in the bank and cartoon apps: JSON batches to
  `tracker-api.vk-analytics.ru` with `gaid`, `android_id` and the SDK's
  `instance_id`; custom events carry `params` (the cartoon app puts the
  cartoon and seconds watched there).
* Firebase (the film app): an installation (`fid`) and app-measurement
  protobuf bundles (app_instance_id and advertising id in numbered fields,
  event and parameter names as strings).
* AppsFlyer (the cartoon app, the Ingush radio app): launches / inapps
  `androidevent` with `advertiserId`, `uid` and `eventValue` as a JSON string.
"""

from __future__ import annotations

from typing import Any

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js, pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rid

AM_APPS = {
    "kino": (
        "am_deviceid_kino",
        "am_uuid_kino",
        "gaid_nana",
        "aid_kino",
        "nana",
        "ru.nokhchikino.app",
    ),
    "taxi": (
        "am_deviceid_taxi",
        "am_uuid_taxi",
        "gaid_vasha",
        "aid_taxi",
        "vasha",
        "ru.taxivaynakh.client",
    ),
}
MT_APPS = {
    "bank": ("mt_instance_bank", "gaid_dada", "aid_bank", "dada", "ru.grbank.mobile", "28113754"),
    "mult": (
        "mt_instance_mult",
        "gaid_tab",
        "aid_mult",
        "tab",
        "ru.berijn.multfilmash",
        "41873320",
    ),
}
AF_APPS = {
    "mult": ("mult_af_uid", "gaid_tab", "aid_mult", "tab", "ru.berijn.multfilmash"),
    "radio": ("radio_af_uid", "gaid_vasha", "aid_radio", "vasha", "ru.ghalghay.radio"),
}


def appmetrica_startup(c: Context, app: str) -> Flow:
    dev, uuid_attr, gaid, aid, who, pkg = AM_APPS[app]
    b = FB(c, "appmetrica", "GET", "https://startup.mobile.yandex.net/analytics/startup")
    b.header("user-agent", f"com.yandex.mobile.metrica.sdk/6.4.0.1 ({dalvik(who)})")
    b.header("accept-encoding", "encrypted")
    b.params += [
        ("deviceid", b.id(dev, where="query deviceid")),
        ("uuid", b.id(uuid_attr, where="query uuid")),
        ("app_id", pkg),
        ("app_platform", "android"),
        ("analytics_sdk_version_name", "6.4.0"),
        ("adv_id", b.id(gaid, where="query adv_id")),
        ("android_id", b.id(aid, where="query android_id")),
        ("ads", "1"),
        ("queries", "1"),
        ("query_hosts", "2"),
    ]
    b.ok_json(
        {
            "device_id": {
                "hash": new_hex(c.rng, 32),
                "value": b.id(dev, where="response device_id.value", direction="response"),
            },
            "query_hosts": {"list": {"report": {"urls": ["https://report.appmetrica.yandex.net"]}}},
            "features": {"list": {"permissions_collecting": {"enabled": False}}},
        }
    )
    return b.build()


def appmetrica_report(c: Context, app: str) -> Flow:
    """A report: ids in the query, the protobuf batch encrypted (no readable events)."""
    dev, uuid_attr, gaid, aid, who, pkg = AM_APPS[app]
    b = FB(c, "appmetrica", "POST", "https://report.appmetrica.yandex.net/report")
    b.header("user-agent", f"com.yandex.mobile.metrica.sdk/6.4.0.1 ({dalvik(who)})")
    b.header("send-timestamp", str(int(c.now)))
    b.params += [
        ("deviceid", b.id(dev, where="query deviceid")),
        ("uuid", b.id(uuid_attr, where="query uuid")),
        ("app_id", pkg),
        ("app_platform", "android"),
        ("api_key_128", rid(c.rng)),
        ("adv_id", b.id(gaid, where="query adv_id")),
        ("limit_ad_tracking", "0"),
        ("android_id", b.id(aid, where="query android_id")),
        ("manufacturer", "Xiaomi" if who == "nana" else "HONOR"),
        ("screen_dpi", "440"),
        ("locale", "ru_RU"),
    ]
    b.decoy("api_key_128 uuid (the app's key)")
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(180, 600)))
    b.set_body(blob, "application/octet-stream")
    b.ok_json({"status": "accepted"})
    return b.build()


def mytracker(c: Context, app: str, event: dict[str, Any] | None = None) -> Flow:
    inst, gaid, aid, who, pkg, appid = MT_APPS[app]
    b = FB(c, "mytracker", "POST", f"https://tracker-api.vk-analytics.ru/v3/?id={appid}")
    b.header("user-agent", dalvik(who))
    events: list[dict[str, Any]] = [{"type": "session", "ts": int(c.now)}]
    if event:
        events.append(event)
    b.json(
        {
            "sdk": "android-3.1.6",
            "app": {"package": pkg, "version": "4.2.0"},
            "device": {
                "instance_id": b.id(inst, where="json device.instance_id"),
                "gaid": b.id(gaid, where="json device.gaid"),
                "android_id": b.id(aid, where="json device.android_id"),
                "os": "android",
                "timezone": "Europe/Moscow",
            },
            "events": events,
        }
    )
    b.ok_json({"status": 0})
    return b.build()


def mytracker_opaque(c: Context, app: str) -> Flow:
    """The tracker's offline cache flush: one base64 field, the ids inside a packed record."""
    inst, gaid, _aid, who, _pkg, appid = MT_APPS[app]
    b = FB(c, "mytracker", "POST", f"https://tracker-api.vk-analytics.ru/v3/batch?id={appid}")
    b.header("user-agent", dalvik(who))
    rec = "|".join(
        [
            b.id(inst, "plain", "form d (base64 record, field 1)", detectable=False),
            b.id(gaid, "plain", "form d (base64 record, field 2)", detectable=False),
            str(int(c.now)),
        ]
    )
    b.form([("v", "3"), ("d", b64(rec))])
    b.ok_json({"status": 0})
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/nokhchi-kino/installations",
    )
    b.header("user-agent", dalvik("nana"))
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.header("x-android-package", "ru.nokhchikino.app")
    b.json(
        {
            "fid": b.id("kino_fid", where="json fid"),
            "appId": "1:874402113351:android:5be1c4d0a9e2f1c3",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/874402113351/installations/" + c.phone.kino_fid,
            "fid": c.phone.kino_fid,
            "refreshToken": "3_" + b64(new_hex(c.rng, 40)),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 60), "expiresIn": "604800s"},
        }
    )
    b.other_id("kino_fid", "response json fid and name", direction="response")
    return b.build()


def _pb_event(name: str, params: list[tuple[str, Any]], t: int) -> bytes:
    parts = [pb_bytes(2, name), pb_varint(3, t), pb_varint(4, t - 1200)]
    for key, val in params:
        inner = pb_bytes(1, key)
        inner += pb_bytes(2, val) if isinstance(val, str) else pb_varint(4, int(val))
        parts.append(pb_msg(1, [inner]))
    return pb_msg(2, parts)


def firebase_measure(c: Context, event: tuple[str, list[tuple[str, Any]]] | None = None) -> Flow:
    """app-measurement bundle: ids in numbered fields; a named event when given."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik("nana"))
    t = ms(c)
    name, params = event or (
        "screen_view",
        [("_sc", "MainActivity"), ("_si", c.rng.randint(1, 10**9))],
    )
    bundle = [
        pb_varint(1, 1),
        _pb_event(name, params, t),
        pb_bytes(8, "android"),
        pb_bytes(14, "ru.nokhchikino.app"),
        pb_bytes(19, b.id("gaid_nana", "protobuf", "protobuf field 19 (ad id)", detectable=False)),
        pb_bytes(21, b.id("kino_app_instance", "protobuf", "protobuf field 21", detectable=False)),
        pb_bytes(25, "1:874402113351:android:5be1c4d0a9e2f1c3"),
        pb_bytes(27, b.id("kino_fid", "protobuf", "protobuf field 27 (fid)", detectable=False)),
    ]
    b.set_body(pb_msg(1, bundle), "application/x-www-form-urlencoded", "gzip")
    b.respond(204, None)
    return b.build()


def appsflyer(
    c: Context, app: str, event: str | None = None, value: dict[str, Any] | None = None
) -> Flow:
    uid, gaid, aid, who, pkg = AF_APPS[app]
    host = "inapps" if event else "launches"
    b = FB(c, "appsflyer", "POST", f"https://{host}.appsflyer.com/api/v6.13/androidevent")
    b.params += [("app_id", pkg), ("buildnumber", "6.13.0")]
    b.header("user-agent", dalvik(who))
    body: dict[str, Any] = {
        "advertiserId": b.id(gaid, where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id(uid, where="json uid"),
        "appsflyerKey": "Xk" + new_hex(c.rng, 20),
        "af_timestamp": str(ms(c)),
        "app_version_name": "3.0.4",
        "deviceType": "user",
        "lang": "русский",
        "lang_code": "ru",
        "country": "RU",
        "carrier": "MegaFon",
        "network": "WIFI",
        "counter": str(c.rng.randint(2, 90)),
        "installDate": "2025-01-03_101512+0300",
    }
    if app == "radio":
        body["android_id"] = b.id(aid, where="json android_id")
    if event:
        body["eventName"] = event
        body["eventValue"] = js(value or {})
    b.json(body)
    if event:
        b.ok_json({"ok": True})
    else:
        b.respond(200, "text/plain", b"ok")
    return b.build()


def appsflyer_cdn_config(c: Context, app: str) -> Flow:
    pkg = AF_APPS[app][4]
    b = FB(
        c,
        "appsflyer",
        "GET",
        f"https://cdn-settings.appsflyersdk.com/android/v1/{b64(pkg)[:10]}/settings",
    )
    b.header("user-agent", dalvik(AF_APPS[app][3]))
    b.decoy("SDK remote settings (no ids)")
    b.ok_json({"ver": 1, "test_mode": False, "t": iso(c)})
    return b.build()
