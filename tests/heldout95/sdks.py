"""Third-party analytics and engagement SDKs the set-95 apps embed.

Formats, from their public SDK code and documentation:
- CleverTap Android SDK: POST https://in1.clevertap-prod.com/a1 with a JSON
  array, first element the queue header (`type: meta`, `g` = CleverTap device
  id, `af` = app-launched fields incl. `GoogleAdID`, `id`, `tk`, `l_ts`, `f_ts`,
  `ddnd`, `frs`), then events (`type: event`, `evtName`, `evtData`, `ep`, `s`)
  (CleverTap/clevertap-android-sdk QueueHeaderBuilder.kt; api.clevertap.com/1/upload docs).
- MoEngage: POST https://sdk-03.moengage.com/v2/sdk/report/<APP_ID> (sdk-03 is
  the India data centre, MoEngage web SDK DC map / rudder-transformer README),
  body with `query_params` (device fields) and `viewsInfo` events.
- Firebase Analytics: POST https://app-measurement.com/a, a protobuf batch.
"""

from __future__ import annotations

from typing import Any

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js, pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rid

CT_ACCOUNT = {"ott": "W9R-486-4W5Z", "music": "TEW-5Z6-K95Z", "cric": "8R5-4K5-6W7Z"}


def clevertap(c: Context, app: str, aid: str, events: list[dict[str, Any]], view: bool) -> Flow:
    """A CleverTap queue flush; `view` says whether an event is a watch/listen event."""
    acct = CT_ACCOUNT[app]
    b = FB(c, "clevertap", "POST", "https://in1.clevertap-prod.com/a1")
    b.params += [("os", "Android"), ("t", "70200"), ("z", acct), ("ts", str(int(c.now)))]
    b.other_id("ct_guid", "json:[0].g", detectable=False)
    af: dict[str, Any] = {
        "Build": "612",
        "Version": "5.12.1",
        "OS Version": "14",
        "SDK Version": 70200,
        "Make": "Xiaomi",
        "Model": "23117RA68G",
        "Carrier": "Jio 4G",
        "useIP": False,
        "wifi": c.rng.random() < 0.6,
    }
    if c.rng.random() < 0.6:
        af["GoogleAdID"] = b.id("gaid", where="json:[0].af.GoogleAdID")
        af["GoogleAdIDLimit"] = False
    head = {
        "g": c.phone.ct_guid,
        "type": "meta",
        "af": af,
        "id": acct,
        "tk": "a52-4b0",
        "l_ts": int(c.now) - 300,
        "f_ts": int(c.now) - 86400 * 9,
        "ddnd": False,
        "frs": False,
        "rtl": [],
        "ct_pi": "Identity,Email",
    }
    body = [head]
    for i, e in enumerate(events):
        body.append({"type": "event", "s": int(c.now) - 120, "pg": 3 + i, "ep": int(c.now), **e})
    if view:
        b.view("json:[1].evtData")
    b.header("user-agent", dalvik())
    b.json(body)
    b.ok_json({"g": c.phone.ct_guid})
    b.other_id("ct_guid", "response:json:g", detectable=False, direction="response")
    return b.build()


def moengage(
    c: Context, aid: str, appid: str, event: str, attrs: dict[str, Any], view: bool
) -> Flow:
    b = FB(c, "moengage", "POST", f"https://sdk-03.moengage.com/v2/sdk/report/{appid}")
    qp = {
        "os": "ANDROID",
        "app_id": appid,
        "app_ver": "8110",
        "sdk_ver": "130500",
        "unique_id": c.phone.moe_unique,
        "device_tz": "Asia/Kolkata",
        "device_tz_offset": 19800000,
        "moe_push_ser": "FCM",
        "push_id": c.phone.fcm_token,
        "model": "23117RA68G",
        "android_id": b.id(aid, where="json:query_params.android_id"),
        "gaid": b.id("gaid", where="json:query_params.gaid"),
        "moe_gaid_status": 0,
    }
    b.other_id("moe_unique", "json:query_params.unique_id")
    view_info = {
        "EVENT_ACTION": event,
        "EVENT_ATTRS": js(attrs),
        "EVENT_G_TIME": str(ms(c)),
        "EVENT_L_TIME": "30:11:2026:13:4:22",
    }
    if view:
        b.view("json:viewsInfo[0].EVENT_ATTRS(json-in-json)")
    b.header("moe-appkey", appid)
    b.header("user-agent", dalvik())
    b.json(
        {
            "query_params": qp,
            "viewsInfo": [view_info],
            "meta": {"bid": rid(c.rng), "request_time": iso(c)},
        },
        encoding="gzip",
    )
    b.ok_json({"status": "success"})
    return b.build()


def firebase(c: Context, pkg: str, events: list[tuple[str, dict[str, Any]]], view: bool) -> Flow:
    """A Firebase measurement bundle (protobuf): event names and param keys are strings."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    evs = []
    for name, params in events:
        ps = [
            pb_msg(1, [pb_bytes(1, k), pb_bytes(2, v) if isinstance(v, str) else pb_varint(4, v)])
            for k, v in params.items()
        ]
        evs.append(pb_msg(2, [*ps, pb_bytes(2, name), pb_varint(3, ms(c))]))
    b.other_id("fb_instance", "protobuf:bundle.21", detectable=False)
    bundle = [
        pb_varint(1, 1),
        *evs,
        pb_bytes(8, "android"),
        pb_bytes(9, "14"),
        pb_bytes(10, "23117RA68G"),
        pb_bytes(14, pkg),
        pb_bytes(19, b.id("gaid", "protobuf", where="protobuf:bundle.19", detectable=False)),
        pb_bytes(21, c.phone.fb_instance),
        pb_bytes(25, "1:804512387112:android:3fa9e1c0"),
    ]
    if view:
        b.view("protobuf:bundle.2 (video_progress params)")
    b.header("user-agent", dalvik())
    b.set_body(pb_msg(1, bundle), "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()
