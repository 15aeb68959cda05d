"""The engagement and attribution SDKs the family's apps carry, as they ship them
in India: CleverTap, MoEngage, WebEngage, AppsFlyer and Firebase.

Each takes the app's name, the app's ANDROID_ID attribute and an optional event
(name and properties); whether an event is viewing history is the caller's call,
since only the caller knows what its properties say.
"""

from __future__ import annotations

from typing import Any

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64

from .phone import FB, dalvik, ms, rid

Event = tuple[str, dict[str, Any]] | None


def _mark_event(b: FB, event: Event, view: str | None, view_detectable: bool) -> None:
    if view is not None:
        b.view(view, detectable=view_detectable)
    elif event is not None:
        b.decoy(f"engagement event '{event[0]}' without anything watched or listened to")


def clevertap(
    c: Context, app: str, aid_attr: str, event: Event = None, view: str | None = None
) -> Flow:
    """CleverTap's batch: a meta header with its __g device id, then the events."""
    ts = int(c.now)
    b = FB(c, "clevertap", "POST", "https://in1.clevertap-prod.com/a1")
    b.params += [
        ("os", "Android"),
        ("t", "60401"),
        ("z", "TEST-" + app[:3].upper() + "-4Z6"),
        ("ts", str(ts)),
    ]
    b.header("user-agent", dalvik())
    b.header("x-clevertap-account-id", "TEST-" + app[:3].upper() + "-4Z6")
    meta: dict[str, Any] = {
        "g": b.id("ct_guid", where="json [0].g (CleverTap device id)"),
        "type": "meta",
        "af": {
            "Build": "60401",
            "Version": "7.1.2",
            "OS Version": "14",
            "Make": "Xiaomi",
            "Model": "23124RA7EO",
            "Carrier": "Jio 4G",
            "useIP": False,
            "GoogleAdID": b.id("gaid", where="json [0].af.GoogleAdID"),
            "wdt": 6.5,
            "hgt": 14.7,
            "dpi": 440,
        },
        "id": "TEST-" + app[:3].upper() + "-4Z6",
        "tk": new_hex(c.rng, 6),
        "l_ts": ts - c.rng.randint(3600, 86400),
        "f_ts": ts - c.rng.randint(86400, 9 * 86400),
    }
    if c.rng.random() < 0.5:
        meta["af"]["android_id"] = b.id(aid_attr, where="json [0].af.android_id")
    rows: list[dict[str, Any]] = [meta]
    if event is None:
        rows.append({"type": "page", "ep": ts, "s": ts - 40, "pg": c.rng.randint(1, 9)})
    else:
        rows.append(
            {
                "type": "event",
                "evtName": event[0],
                "evtData": event[1],
                "ep": ts,
                "s": ts - c.rng.randint(10, 600),
            }
        )
    _mark_event(b, event, view, True)
    b.json(rows)
    b.ok_json({"g": meta["g"], "status": "success"})
    return b.build()


def moengage(
    c: Context, app: str, aid_attr: str, event: Event = None, view: str | None = None
) -> Flow:
    """MoEngage's report/add batch: device attributes in query_params, events in viewsInfo."""
    b = FB(c, "moengage", "POST", "https://sdk-01.moengage.com/v2/report/add")
    b.param("sdk-ver", "130200")
    b.param("os", "ANDROID")
    b.header("user-agent", dalvik())
    b.header("moe-appkey", new_hex(c.rng, 8).upper() + "MOE")
    qp = {
        "unique_id": b.id("moe_unique", where="json query_params.unique_id (MoEngage install id)"),
        "moe_gaid": b.id("gaid", where="json query_params.moe_gaid"),
        "android_id": b.id(aid_attr, where="json query_params.android_id"),
        "os_val": "34",
        "model": "23124RA7EO",
        "manufacturer": "Xiaomi",
        "app_version_name": "5.8.1",
        "networkType": "wifi",
        "push_server": "fcm",
    }
    views: list[dict[str, Any]] = []
    if event is not None:
        views.append(
            {
                "EVENT_ACTION": event[0],
                "EVENT_ATTRS": event[1],
                "EVENT_G_TIME": ms(c),
                "EVENT_L_TIME": "30-11-2024:14:22:05",
            }
        )
    _mark_event(b, event, view, True)
    b.json({"query_params": qp, "viewsInfo": views, "meta": {"bid": rid(c.rng), "app": app}})
    b.ok_json({"status": "success"})
    return b.build()


def webengage(
    c: Context,
    app: str,
    event: Event = None,
    view: str | None = None,
    view_detectable: bool = True,
) -> Flow:
    """WebEngage's event beacon: its install id `suid`, the login id `cuid`."""
    b = FB(c, "webengage", "POST", "https://c.webengage.com/m2.jpg")
    b.header("user-agent", dalvik())
    body: dict[str, Any] = {
        "license_code": "in~~" + new_hex(c.rng, 8),
        "interface_id": new_hex(c.rng, 6),
        "suid": b.id("we_suid", where="json suid (WebEngage install id)"),
        "luid": new_digits(c.rng, 10, "1"),
        "category": "application",
        "event_name": event[0] if event else "app_foreground",
        "event_data": event[1] if event else {},
        "system_data": {"sdk_version": 400, "app_id": app, "os": "android"},
        "event_time": ms(c),
    }
    _mark_event(b, event, view, view_detectable)
    b.json(body)
    b.ok_json({"response": {"status": "queued"}})
    return b.build()


def appsflyer(c: Context, app: str, aid_attr: str, in_app: str | None = None) -> Flow:
    """AppsFlyer's launch (or in-app event) with its uid and the advertising id."""
    kind = "androidevent" if in_app else "androidlaunch"
    b = FB(c, "appsflyer", "POST", f"https://{kind[7:]}s.appsflyer.com/api/v6.12/{kind}")
    b.param("app_id", f"in.example.{app}")
    b.param("buildnumber", "6.12.2")
    b.header("user-agent", dalvik())
    body: dict[str, Any] = {
        "advertiserId": b.id("gaid", where="json advertiserId"),
        "uid": b.id("af_uid", where="json uid (AppsFlyer id)"),
        "brand": "Redmi",
        "model": "23124RA7EO",
        "lang": "mr",
        "country": "IN",
        "operator": "Jio 4G",
        "launch_counter": str(c.rng.randint(2, 80)),
        "date1": "2024-10-02_101512+0530",
        "af_timestamp": str(ms(c)),
    }
    if c.rng.random() < 0.3:
        body["android_id"] = b.id(aid_attr, where="json android_id")
    if in_app:
        body["eventName"] = in_app
        body["eventValue"] = '{"af_revenue":"49","af_currency":"INR"}'
        b.decoy("purchase event value in rupees")
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def firebase_install(c: Context, app: str) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        f"https://firebaseinstallations.googleapis.com/v1/projects/{app}-prod/installations",
    )
    b.header("user-agent", dalvik())
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    fid = b.id("fb_instance", where="json fid (Firebase installation id)")
    b.json(
        {
            "fid": fid,
            "appId": f"1:{new_digits(c.rng, 12)}:android:{new_hex(c.rng, 16)}",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": f"projects/x/installations/{fid}",
            "fid": fid,
            "authToken": {"token": "eyJ" + b64(new_hex(c.rng, 30)), "expiresIn": "604800s"},
        }
    )
    return b.build()


def remote_config(c: Context, app: str) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        f"https://firebaseremoteconfig.googleapis.com/v1/projects/{app}/namespaces/firebase:fetch",
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "appInstanceId": b.id("fb_instance", where="json appInstanceId"),
            "appVersion": "5.8.1",
            "countryCode": "IN",
            "languageCode": "mr-IN",
            "platformVersion": "34",
            "timeZone": "Asia/Kolkata",
        }
    )
    b.ok_json({"entries": {"ipl_banner": "true", "max_bitrate_kbps": "4500"}, "state": "UPDATE"})
    return b.build()
