"""The analytics and ad SDKs the region's apps carry: Yandex AppMetrica, VK's
myTracker, Firebase, AppsFlyer, Adjust and Yandex Mobile Ads.

Each call takes the app's own ANDROID_ID attribute (one per app). AppMetrica's
report body is a protobuf whose event values are JSON strings, so an app that
reports a player event through it puts viewing history in an analytics call.
"""

from __future__ import annotations

from typing import Any

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64, gz, js, jsb, pb_bytes, pb_msg, pb_varint

from .phone import FB, ms, rid

SDK_UA = "Dalvik/2.1.0 (Linux; U; Android 14; SM-A356E Build/UP1A.231005.007)"


def _fb(c: Context, sdk: str, method: str, url: str) -> FB:
    fb = FB(c, sdk, method, url)
    fb.header("user-agent", SDK_UA)
    return fb


def appmetrica(
    c: Context,
    aid: str,
    app: str,
    event: str = "EVENT_START",
    value: dict[str, Any] | None = None,
    view_where: str = "",
) -> Flow:
    """A report: ids in the query string, events in a gzipped protobuf body.

    `view_where` says where a player event's value holds viewing history."""
    fb = _fb(c, "appmetrica", "POST", "https://report.appmetrica.yandex.net/report")
    if view_where:
        fb.view(view_where)
    fb.params.extend(
        [
            ("deviceid", fb.id("metrica_deviceid", where="query deviceid")),
            ("uuid", fb.id("metrica_uuid", where="query uuid")),
            ("analytics_sdk_version_name", "6.4.0"),
            ("app_id", app),
            ("app_platform", "android"),
            ("adv_id", fb.id("gaid", where="query adv_id")),
            ("android_id", fb.id(aid, where="query android_id")),
            ("manufacturer", "samsung"),
            ("model", "SM-A356E"),
            ("locale", c.rng.choice(["kk_KZ", "ru_KZ", "ky_KG"])),
            ("api_key_128", new_uuid(c.rng)),
        ]
    )
    fb.decoy("api_key_128 is the app's API key, not a device id")
    ev = [pb_varint(1, ms(c)), pb_bytes(2, event)]
    if value is not None:
        ev.append(pb_bytes(3, js(value)))
    fb.set_body(pb_msg(1, [pb_varint(1, 1), pb_msg(3, ev)]), "application/octet-stream", "gzip")
    fb.ok_json({"status": "accepted"})
    return fb.build()


def mytracker(c: Context, aid: str, app: str, events: list[dict[str, Any]] | None = None) -> Flow:
    """VK myTracker batch: the SDK's own instance id and the phone's ids in JSON."""
    fb = _fb(c, "mytracker", "POST", f"https://tracker-api.vk-analytics.ru/v3/{app}/events")
    fb.json(
        {
            "instanceId": fb.id("mytracker_id", where="json instanceId"),
            "gaid": fb.id("gaid", where="json gaid"),
            "androidId": fb.id(aid, where="json androidId"),
            "appVersion": "5.2.1",
            "events": events or [{"type": "launch", "ts": ms(c)}],
        },
        "gzip",
    )
    fb.ok_json({"ok": 1})
    return fb.build()


def mytracker_opaque(c: Context, aid: str, app: str) -> Flow:
    """The SDK's compact mode: the device block gzipped and base64'd under `d`."""
    fb = _fb(c, "mytracker", "POST", f"https://tracker-api.vk-analytics.ru/v2/{app}/c")
    blob = {
        "i": fb.id("mytracker_id", where="form d (gzip+base64 blob) key i", detectable=False),
        "a": fb.id(aid, where="form d (gzip+base64 blob) key a", detectable=False),
    }
    fb.form([("d", b64(gz(jsb(blob)))), ("v", "3")])
    fb.no_content()
    return fb.build()


def firebase_measure(
    c: Context, events: list[tuple[str, dict[str, Any]]], view_where: str = ""
) -> Flow:
    """GA4 for Firebase: the app instance id and events (names and params in protobuf)."""
    fb = _fb(c, "firebase", "POST", "https://app-measurement.com/a")
    if view_where:
        fb.view(view_where)
    parts = [pb_bytes(21, fb.id("firebase_iid", where="protobuf app_instance_id (field 21)"))]
    parts.append(pb_bytes(19, fb.id("gaid", "protobuf", "protobuf resettable_device_id (19)")))
    for name, params in events:
        ev = [pb_bytes(2, name), pb_varint(3, ms(c))]
        for k, v in params.items():
            ev.append(pb_msg(1, [pb_bytes(1, k), pb_bytes(2, str(v))]))
        parts.append(pb_msg(2, ev))
    fb.set_body(pb_msg(1, parts), "application/x-www-form-urlencoded")
    fb.no_content()
    return fb.build()


def firebase_install(c: Context, app_id: str) -> Flow:
    fb = _fb(
        c,
        "firebase",
        "POST",
        f"https://firebaseinstallations.googleapis.com/v1/projects/{app_id}/installations",
    )
    fb.json(
        {
            "fid": fb.id("firebase_iid", where="json fid"),
            "appId": f"1:{c.rng.randint(10**11, 10**12)}:android:{new_hex(c.rng, 16)}",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    fb.ok_json({"name": "projects/x/installations/y", "refreshToken": new_hex(c.rng, 40)})
    return fb.build()


def appsflyer(c: Context, aid: str, app: str, event: str | None = None) -> Flow:
    kind = "inappevent" if event else "androidevent"
    fb = _fb(c, "appsflyer", "POST", f"https://launches.appsflyersdk.com/api/v6.13/{kind}")
    fb.param("app_id", app)
    fb.param("buildnumber", "6.13.1")
    body = {
        "advertiserId": fb.id("gaid", where="json advertiserId"),
        "uid": fb.id("af_uid", where="json uid"),
        "android_id": fb.id(aid, where="json android_id"),
        "af_timestamp": str(ms(c)),
        "counter": str(c.rng.randint(1, 40)),
        "deviceData": {"brand": "samsung", "model": "SM-A356E", "sdk": "34"},
    }
    if event:
        body["eventName"] = event
        body["eventValue"] = js({"af_revenue": c.rng.randint(500, 90000), "af_currency": "KZT"})
        fb.decoy("af_revenue is a purchase amount in tenge")
    fb.json(body)
    fb.ok_json({"status": "ok"})
    return fb.build()


def adjust_session(c: Context, aid: str, token: str) -> Flow:
    fb = _fb(c, "adjust", "POST", "https://app.adjust.com/session")
    fb.form(
        [
            ("app_token", token),
            ("gps_adid", fb.id("gaid", where="form gps_adid")),
            ("android_id", fb.id(aid, where="form android_id")),
            ("session_count", str(c.rng.randint(2, 90))),
            ("created_at", str(ms(c))),
            ("environment", "production"),
        ]
    )
    fb.ok_json({"adid": fb.id("adjust_adid", where="response json adid", direction="response")})
    return fb.build()


def yandex_ads(c: Context, aid: str, block: str) -> Flow:
    fb = _fb(c, "yandex-ads", "GET", "https://mobile.yandexadexchange.net/v4/ad")
    fb.params.extend(
        [
            ("block_id", block),
            ("ad_type", c.rng.choice(["banner", "interstitial", "rewarded"])),
            ("google_aid", fb.id("gaid", where="query google_aid")),
            ("uuid", fb.id("metrica_uuid", where="query uuid")),
            ("android_id", fb.id(aid, "md5", "query android_id (md5)")),
            ("lat", "0"),
            ("request_id", rid(c.rng)),
        ]
    )
    fb.decoy("request_id")
    fb.ok_json(
        {"ads": [{"id": new_hex(c.rng, 16), "creative": "https://avatars.mds.yandex.net/x"}]}
    )
    return fb.build()
