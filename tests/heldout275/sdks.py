"""The SDKs in the set-275 apps: AppMetrica (Yandex), MyTracker (VK), Firebase, Adjust.

AppMetrica's startup call is a GET with the device in the query (`deviceid`,
`uuid`, `adv_id`, `android_id`) and answers with the `device_id` / `uuid` it
keeps; reports go to the report host with `deviceid` / `uuid` in the query and
a gzipped protobuf batch whose events carry a JSON value
(https://appmetrica.yandex.com/docs/en/mobile/). MyTracker posts JSON with its
own instance id, the GAID and the ANDROID_ID. Firebase Installations registers
a FID; GA4 for apps (app-measurement.com/a) sends a protobuf bundle with the
app-instance id and the advertising id as string fields. Adjust's /session and
/event are forms (`gps_adid`, `android_uuid`, `callback_params` as JSON) and
answer with the `adid`.
"""

from __future__ import annotations

import json

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import jsb, pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rid

AM_STARTUP = "https://startup.mobile.yandex.net/analytics/startup"
AM_REPORT = "https://report.appmetrica.yandex.net/report"

_AM_APPS = {
    "teatr": (
        "alan",
        "ru.vladteatr.bilet",
        "am_uuid_teatr",
        "am_devid_teatr",
        "gaid_alan",
        "aid_teatr",
        "4b1f3e2a-7d0c-4a55-9e31-2c6f0b8a9d17",
    ),
    "music": (
        "zarina",
        "ru.zaraeg.music",
        "am_uuid_music",
        "am_devid_music",
        "gaid_zarina",
        "aid_music",
        "9e0a6c41-3b2f-4d8e-a1c7-5f2d6e0b4a38",
    ),
}


def appmetrica_startup(c: Context, app: str) -> Flow:
    who, pkg, uuid_attr, dev_attr, gaid, aid, _key = _AM_APPS[app]
    b = FB(c, "appmetrica", "GET", AM_STARTUP)
    b.header("user-agent", f"com.yandex.mobile.metrica.sdk/6.4.0.46 ({dalvik(who)})")
    b.header("accept-encoding", "encrypted")
    b.param("deviceid", b.id(dev_attr, where="query deviceid"))
    b.param("uuid", b.id(uuid_attr, where="query uuid"))
    b.param("app_id", pkg)
    b.param("app_platform", "android")
    b.param("analytics_sdk_version_name", "6.4.0")
    b.param("adv_id", b.id(gaid, where="query adv_id"))
    b.param("android_id", b.id(aid, where="query android_id"))
    b.param("screen_dpi", "440")
    b.param("locale", "os_RU")
    dev = b.id(dev_attr, where="response json device_id.value", direction="response")
    uid = b.id(uuid_attr, where="response json uuid.value", direction="response")
    b.ok_json(
        {
            "device_id": {"hash": new_hex(c.rng, 32), "value": dev},
            "uuid": {"value": uid},
            "query_hosts": {"list": {"report": {"urls": [AM_REPORT]}}},
            "features": {"list": {"easy_collecting": {"enabled": True}}},
            "time": {"max_valid_difference_seconds": 86400},
        }
    )
    return b.build()


def appmetrica_report(
    c: Context, app: str, event: str, value: dict | None, viewing: str = ""
) -> Flow:
    """A report batch; `viewing` labels an event value that says what was played."""
    who, pkg, uuid_attr, dev_attr, _gaid, _aid, key = _AM_APPS[app]
    b = FB(c, "appmetrica", "POST", AM_REPORT)
    b.header("user-agent", f"com.yandex.mobile.metrica.sdk/6.4.0.46 ({dalvik(who)})")
    b.param("deviceid", b.id(dev_attr, where="query deviceid"))
    b.param("uuid", b.id(uuid_attr, where="query uuid"))
    b.param("app_id", pkg)
    b.param("api_key_128", key)
    b.param("analytics_sdk_version_name", "6.4.0")
    b.param("app_build_number", "4187")
    if viewing:
        b.view(viewing)
    ev = pb_msg(
        3,
        [
            pb_varint(1, c.rng.randint(1, 500)),
            pb_varint(2, ms(c)),
            pb_varint(3, 4),
            pb_bytes(4, event),
            pb_bytes(5, json.dumps(value or {}, ensure_ascii=False)),
        ],
    )
    body = pb_msg(1, [pb_varint(1, c.rng.randint(1, 60)), pb_varint(2, ms(c) // 1000), ev])
    b.set_body(body, "application/x-protobuf", "gzip")
    b.ok_json({"status": "accepted"})
    return b.build()


def mytracker(c: Context, event: str, params: dict, first: bool = False) -> Flow:
    b = FB(c, "mytracker", "POST", "https://tracker-api.my.com/v3/mobile/events")
    b.header("user-agent", dalvik("alan"))
    b.header("x-mytracker-id", "39048517235519420127")
    doc: dict = {
        "instanceId": b.id("mt_instance_fitnes", where="json instanceId"),
        "package": "ru.fitcaestudio.app",
        "sdkVersion": "3.1.9",
        "events": [{"name": event, "ts": ms(c), "params": params}],
    }
    if first:
        doc["gaid"] = b.id("gaid_alan", where="json gaid")
        doc["androidId"] = b.id("aid_fitnes", where="json androidId")
        doc["lat"] = False
    b.json(doc, "gzip")
    b.ok_json({"ok": 1})
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/skola-allon/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "ru.skola5.allon")
    fid = b.id("fid_skola", where="json fid")
    b.json(
        {
            "fid": fid,
            "appId": "1:804115296734:android:3c9e07f1ba44d2e6",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/804115296734/installations/"
            + b.id("fid_skola", where="response json name path", direction="response"),
            "fid": b.id("fid_skola", where="response json fid", direction="response"),
            "refreshToken": "3_" + new_hex(c.rng, 40),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 60), "expiresIn": "604800s"},
        }
    )
    return b.build()


def ga4_app(c: Context, events: list[tuple[str, dict]], viewing: str = "") -> Flow:
    """GA4 for apps bundle: field 4 app-instance id, field 19 resettable device id."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik("alan"))
    if viewing:
        b.view(viewing)
    evs = []
    for name, params in events:
        ps = []
        for k, v in params.items():
            inner = pb_bytes(1, k)
            inner += pb_varint(4, v) if isinstance(v, int) else pb_bytes(2, str(v))
            ps.append(pb_bytes(2, inner))
        evs.append(pb_msg(2, [*ps, pb_bytes(3, name), pb_varint(4, ms(c))]))
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            *evs,
            pb_bytes(14, "ru.skola5.allon"),
            pb_bytes(16, "2.7.3"),
            pb_bytes(19, b.id("gaid_alan", "protobuf", "protobuf bundle field 19 (resettable id)")),
            pb_bytes(
                21, b.id("ga_instance_skola", "protobuf", "protobuf field 21 app_instance_id")
            ),
            pb_bytes(25, "1:804115296734:android:3c9e07f1ba44d2e6"),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", dalvik("zarina"))
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "k7d2q9x1w3ls"),
            ("gps_adid", b.id("gaid_zarina", where="form gps_adid")),
            ("android_uuid", b.id("adj_uuid_music", where="form android_uuid")),
            ("tracking_enabled", "1"),
            ("created_at", iso(c)),
            ("environment", "production"),
            ("os_name", "android"),
            ("device_type", "phone"),
            ("session_count", str(c.rng.randint(2, 90))),
        ]
    )
    adid = b.id("adj_adid_music", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def adjust_event(c: Context, token: str, cb: dict, viewing: str = "") -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event", http_version="HTTP/1.1")
    b.header("user-agent", dalvik("zarina"))
    b.header("client-sdk", "android4.38.2")
    if viewing:
        b.view(viewing)
    b.form(
        [
            ("app_token", "k7d2q9x1w3ls"),
            ("event_token", token),
            ("gps_adid", b.id("gaid_zarina", where="form gps_adid")),
            ("android_uuid", b.id("adj_uuid_music", where="form android_uuid")),
            ("callback_params", json.dumps(cb, ensure_ascii=False, separators=(",", ":"))),
            ("created_at", iso(c)),
            ("environment", "production"),
        ]
    )
    adid = b.id("adj_adid_music", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "message": "Event tracked"})
    return b.build()


def metrica_config_only(c: Context) -> Flow:
    """The SDK's remote config (no ids): look-alike traffic to the same host family."""
    b = FB(c, "appmetrica", "GET", "https://mobile.yandexadexchange.net/v1/startup/config")
    b.header("user-agent", "com.yandex.mobile.ads.sdk/7.2.0")
    b.decoy("SDK config from the same vendor (no identifiers)")
    b.ok_json({"sdk_config": {"retry": 3, "ttl": 3600}, "v": 7, "d": jsb({}).decode()})
    return b.build()
