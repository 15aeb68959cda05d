"""Engagement SDKs the set-77 apps embed; media events go through them too.

Sources:
- CleverTap: CleverTap/clevertap-android-sdk (POST /a1 to <region>.clevertap-prod.com
  with a JSON array: a `meta` header carrying the device `g` uid and the `af`
  app fields, then `event` objects with evtName / evtData; X-CleverTap-Account-ID
  and X-CleverTap-Token headers).
- MoEngage: Android SDK report batches to sdk-0N.moengage.com (`query_params`
  with the SDK's `unique_id`, events in `viewsInfo` with EVENT_ACTION and
  EVENT_ATTRS as a JSON string, JSON in JSON).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, ms, rid
from .sdks import APPS


def _local(c: Context) -> str:
    """MoEngage's local event time, dd-MM-yyyy HH:mm:ss at UTC+3 (Riyadh)."""
    t = datetime.fromtimestamp(c.now + 3 * 3600, UTC)
    return t.strftime("%d-%m-%Y %H:%M:%S")


def clevertap(c: Context, app: str, evt: str, data: dict[str, Any], view: str = "") -> Flow:
    """One CleverTap batch; `view` names where a watch/listen event sits, if any."""
    pkg, _aid, ver = APPS.get(app, (app, "", "1.0"))
    acct = "R" + hashlib.md5(pkg.encode()).hexdigest()[:9].upper()
    url = f"https://eu1.clevertap-prod.com/a1?os=Android&t=60200&z={acct}&ts={int(c.now)}"
    b = FB(c, "clevertap", "POST", url)
    b.header("X-CleverTap-Account-ID", acct)
    b.header("X-CleverTap-Token", "a2b-" + acct[1:4].lower())
    meta = {
        "g": c.phone.ct_guid,
        "type": "meta",
        "af": {
            "Build": ver.replace(".", ""),
            "Version": ver,
            "OS Version": "12",
            "Make": "HUAWEI",
            "Model": "ALN-AL00",
            "Carrier": c.rng.choice(["stc", "Etisalat", "Vodafone EG"]),
            "OS": "Android",
            "sdk": 60200,
            "cc": "sa",
            "useIP": False,
        },
        "id": acct,
        "l_ts": int(c.now) - 3600,
        "f_ts": int(c.now) - 86400 * 40,
    }
    b.other_id("ct_guid", "body[0].g")
    event = {
        "evtName": evt,
        "evtData": data,
        "s": int(c.now) - 300,
        "pg": c.rng.randint(1, 9),
        "type": "event",
        "ep": int(c.now),
        "f": False,
        "n": "MainActivity",
    }
    if view:
        b.view(view)
    b.set_body(js([meta, event]).encode(), "application/json; charset=utf-8")
    b.ok_json({"evpr": {}})
    return b.build()


def moengage(c: Context, app: str, action: str, attrs: dict[str, Any], view: str = "") -> Flow:
    pkg, aid, ver = APPS.get(app, (app, "", "1.0"))
    appid = hashlib.sha1(pkg.encode()).hexdigest()[:24].upper()
    b = FB(c, "moengage", "POST", f"https://sdk-02.moengage.com/v2/report/{appid}")
    b.header("MOE-APPKEY", appid)
    qp = {
        "os": "ANDROID",
        "app_id": appid,
        "unique_id": c.phone.moe_unique,
        "app_version": ver,
        "sdk_ver": "130100",
        "device_tz_offset": "10800000",
        "model": "ALN-AL00",
        "moe_push_ser": "HMS",
        "request_id": rid(c.rng),
    }
    b.other_id("moe_unique", "body.query_params.unique_id")
    if aid and c.rng.random() < 0.35:
        qp["android_id"] = b.id(aid, where="body.query_params.android_id")
    if view:
        b.view(view)
    ev = {
        "EVENT_ACTION": action,
        "EVENT_ATTRS": js(attrs),
        "EVENT_G_TIME": str(ms(c)),
        "EVENT_L_TIME": _local(c),
    }
    b.json({"query_params": qp, "viewsInfo": [ev]})
    b.ok_json({"status": "success"})
    return b.build()
