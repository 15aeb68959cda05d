"""The SDKs the household's apps carry: AppsFlyer (Sahra+, Mshwar; on HMS phones
it sends the OAID), Adjust (Mahfaza; `oaid` plus its own `adid` back), Huawei
HiAnalytics (HMS Core analytics: OAID and the app's AAID), CleverTap (Naghma on
iOS: IDFA, IDFV and its guid under `g`) and WebEngage (Nasib: its `luid`).
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import gz, js

from .phone import FB, ios_ua, iso, ms, rid, ua

AF = "https://launches.appsflyersdk.com/api/v6.14/androidevent"
ADJ = "https://app.adjust.com"
HIA = "https://metrics1-drcn.dt.dbankcloud.com/webv4"
CT = "https://eu1.clevertap-prod.com/a1"
WE = "https://c.webengage.com/l1/events"


def appsflyer(c: Context, app: str = "com.sahraplus.android") -> Flow:
    aid = "aid_sahra" if app == "com.sahraplus.android" else "aid_ride"
    b = FB(c, "appsflyer", "POST", f"{AF}?app_id={app}&buildnumber=6.14.0")
    b.header("user-agent", ua("Dalvik", "2.1.0"))
    b.json(
        {
            "uid": b.id("af_uid", where="json uid"),
            "oaid": b.id("oaid", where="json oaid"),
            "android_id": b.id(aid, where="json android_id"),
            "advertiserIdEnabled": "false",
            "eventName": c.rng.choice(["af_content_view", "af_login", "af_app_open"]),
            "timepassedsincelastlaunch": str(c.rng.randint(0, 90000)),
            "date1": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_ride(c: Context) -> Flow:
    return appsflyer(c, "com.mshwar.rider")


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", f"{ADJ}/session")
    b.header("user-agent", ua("Mahfaza", "6.2.0"))
    b.form(
        [
            ("app_token", "2fk9x7q1mdxs"),
            ("oaid", b.id("oaid", where="form oaid")),
            ("android_uuid", rid(c.rng)),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(1, 80))),
        ]
    )
    b.decoy("android_uuid: Adjust's per-request activity uuid, regenerated here")
    adid = b.id("adjust_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "message": "Session tracked"})
    return b.build()


def hianalytics(c: Context) -> Flow:
    b = FB(c, "hianalytics", "POST", f"{HIA}")
    b.header("user-agent", ua("HiAnalytics", "6.9.0"))
    b.header("x-hasdk-oaid", b.id("oaid", where="header x-hasdk-oaid"))
    b.json(
        {
            "header": {"appid": "104812337", "aaid": b.id("hms_aaid", where="json header.aaid")},
            "events": [{"event": "$AppOnResume", "ts": ms(c)}],
        }
    )
    b.ok_json({"retCode": 0})
    return b.build()


def hianalytics_opaque(c: Context) -> Flow:
    """The batched upload: gzip then base64, under `d`; nothing readable outside it."""
    b = FB(c, "hianalytics", "POST", f"{HIA}/batch")
    b.header("user-agent", ua("HiAnalytics", "6.9.0"))
    oaid = b.id_raw("oaid", "gzip_b64", "json d = base64(gzip(json with oaid))")
    aaid = b.id_raw("hms_aaid", "gzip_b64", "json d = base64(gzip(json with aaid))")
    b.carriers[0].known = True  # base64 and gzip are standard layers a known-value scan undoes
    inner = js({"oaid": oaid, "aaid": aaid, "ev": ["$AppOnPause"], "t": ms(c)})
    b.json({"d": base64.b64encode(gz(inner.encode())).decode(), "z": 1})
    b.ok_json({"retCode": 0})
    return b.build()


def clevertap(c: Context) -> Flow:
    b = FB(c, "clevertap", "POST", f"{CT}?os=iOS&t=60100&z=TEST-Z88-5R9")
    b.header("user-agent", ios_ua("Naghma", "4.21.0", "ae.naghma.app; build:4210"))
    meta = {
        "type": "meta",
        "g": b.id("clevertap_id", where="json [0].g (CleverTap guid)", detectable=False),
        "af": {
            "IDFA": b.id("idfa", where="json [0].af.IDFA"),
            "IDFV": b.id("idfv_naghma", where="json [0].af.IDFV"),
        },
    }
    b.json([meta, {"type": "event", "evtName": "App Launched", "ep": ms(c) // 1000}])
    b.ok_json({"status": "success"})
    return b.build()


def webengage(c: Context) -> Flow:
    b = FB(c, "webengage", "POST", WE)
    b.header("user-agent", ios_ua("Nasib", "5.0.3", "com.nasib.match; build:503"))
    b.json(
        {
            "luid": b.id("webengage_luid", where="json luid"),
            "event_name": c.rng.choice(["app_opened", "match_viewed"]),
            "device_id": b.id("idfv_nasib", where="json device_id (IDFV)"),
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def hms_push_register(c: Context) -> Flow:
    b = FB(c, "hms-push", "POST", "https://push-api.cloud.huawei.com/v1/104812337/token")
    b.header("user-agent", ua("Sahra+", "7.4.2"))
    b.decoy("HMS push token: a routing token issued per app registration (not a device id)")
    b.json({"token": b.acct("hms_push_token"), "topics": ["koora", "mosalsalat"]})
    b.ok_json({"code": "80000000"})
    return b.build()
