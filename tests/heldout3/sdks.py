"""Attribution, engagement and analytics SDKs the set-3 apps share.

Formats (key names, nesting, transport) follow public documentation and the
TrackHAR adapter research (github.com/tweaselORG/TrackHAR, src/adapters/*.ts):
- Meta app events: graph.facebook.com/vNN/{app_id}/activities, form body with
  `event=CUSTOM_APP_EVENTS`, `advertiser_id`, `anon_id`, `custom_events` (JSON).
- Braze: sdk.iad-0N.braze.com/api/v3/data, JSON with `device_id`, `events`.
- CleverTap: wzrkt.com/a1 with a JSON array; the header object carries the
  CleverTap id under `g` (support docs, "CleverTap ID"); events `evtName/evtData`.
- Mixpanel: api-js.mixpanel.com/track, form `data=` base64 JSON, `$device_id`.
- AppsFlyer: launches.appsflyer.com/api/v6.x/androidevent, JSON `advertiserId`,
  `uid`, `deviceData` (dev.appsflyer.com, SDK reference).
- Kochava: control.kochava.com/track/json, `kochava_device_id`, `data.adid`,
  `data.fire_adid`, `data.android_id` (support.kochava.com, SDK reference).
- Singular: sdk-api-v1.singular.net/api/v1/start, query `aifa`, `andi`, `asid`,
  `k`/`u` (support.singular.net S2S endpoint reference; TrackHAR singular-net.ts).
- Branch: api2.branch.io/v1/install, JSON `hardware_id`, `is_hardware_id_real`,
  `google_advertising_id` (help.branch.io, TrackHAR branch-io.ts).
"""

from __future__ import annotations

import random

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js, jsb

from .phone import FB, okhttp, ua


def _ts(ctx: Context) -> int:
    return int(ctx.now * 1000)


def facebook_activities(
    ctx: Context,
    app_id: str,
    bundle: str,
    events: list[dict[str, object]] | None = None,
    viewing: bool = False,
) -> Flow:
    """Meta SDK app events; `viewing` when the events are fb_mobile_content_view of videos."""
    b = FB(ctx, "facebook", "POST", f"https://graph.facebook.com/v18.0/{app_id}/activities")
    b.header("user-agent", f"FBAndroidSDK.17.0.0 {bundle}")
    if events is None:
        events = [{"_eventName": "fb_mobile_activate_app", "_logTime": int(ctx.now)}]
    form = [
        ("format", "json"),
        ("advertiser_id", b.id("gaid", where="form:advertiser_id")),
        ("advertiser_id_collection_enabled", "1"),
        ("anon_id", b.id("fb_anon_id", where="form:anon_id")),
        ("application_tracking_enabled", "1"),
        ("event", "CUSTOM_APP_EVENTS"),
        ("custom_events", js(events)),
        (
            "extinfo",
            js(["a2", bundle, "412", "4.1.2", "14", "SM-A546B", "en_GB", "CET", "", 1080, 2340]),
        ),
        ("sdk", "android"),
    ]
    if viewing:
        b.mark(
            "viewing_history", "fb_content_view_video", "form:custom_events[].fb_content_id", True
        )
    from urllib.parse import urlencode

    b.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    b.ok_json({"success": True})
    return b.build()


def braze_data(ctx: Context, host: str, app: str, events: list[dict[str, object]]) -> Flow:
    b = FB(ctx, "braze", "POST", f"https://{host}/api/v3/data")
    b.header("user-agent", okhttp())
    b.header("x-braze-api-key", "5f1d" + "9c" * 14)
    body = {
        "api_key": "5f1d" + "9c" * 14,
        "device_id": b.id("braze_device_id", where="body.device_id"),
        "time": int(ctx.now),
        "sdk_version": "30.1.0",
        "app_version": "5.14.0",
        "device": {
            "model": "SM-A546B",
            "os_version": "14",
            "carrier": "o2 - de",
            "resolution": "1080x2340",
        },
        "events": events,
        "respond_with": {"config": {"config_time": 0}, "triggers": True},
    }
    b.json(body, "gzip")
    b.ok_json({"config": {"time": int(ctx.now), "events_blacklist": []}})
    return b.build()


def clevertap_upload(ctx: Context, events: list[dict[str, object]], viewing: bool) -> Flow:
    """CleverTap's batch: a header object (id under the opaque key `g`), then events."""
    b = FB(
        ctx,
        "clevertap",
        "POST",
        "https://eu1.wzrkt.com/a1",
        [("os", "Android"), ("t", "60100"), ("z", "W88-4R6-9K6Z"), ("ts", str(int(ctx.now)))],
    )
    b.header("user-agent", okhttp())
    header = {
        "type": "meta",
        "g": b.id("clevertap_id", where="body[0].g", detectable=False),
        "tk": "a1b-2c3",
        "id": "W88-4R6-9K6Z",
        "l_ts": int(ctx.now) - 86400,
        "f_ts": int(ctx.now) - 864000,
        "af": {
            "Build": "60100",
            "Version": "6.1.0",
            "OS Version": "14",
            "Make": "samsung",
            "Model": "SM-A546B",
            "useIP": False,
        },
    }
    batch = [header, *events]
    b.set_body(jsb(batch), "application/json; charset=utf-8")
    if viewing:
        b.mark(
            "viewing_history",
            "clevertap_song_played",
            "body[1].evtData{song_id,played_seconds}",
            True,
        )
    b.ok_json({})
    return b.build()


def mixpanel_track(
    ctx: Context, token: str, events: list[dict[str, object]], viewing: bool
) -> Flow:
    b = FB(ctx, "mixpanel", "POST", "https://api-eu.mixpanel.com/track", [("ip", "1")])
    b.header("user-agent", okhttp())
    device = b.id("mixpanel_device_id", where="form:data(b64).properties.$device_id")
    for e in events:
        props = e.setdefault("properties", {})
        assert isinstance(props, dict)
        props.update(
            {
                "token": token,
                "$device_id": device,
                "distinct_id": "$device:" + device,
                "$os": "Android",
                "$model": "SM-A546B",
                "mp_lib": "android",
            }
        )
    if viewing:
        b.mark("viewing_history", "mixpanel_episode_listened", "form:data(b64)[].properties", True)
    from urllib.parse import urlencode

    b.set_body(
        urlencode([("data", b64(jsb(events)))]).encode(), "application/x-www-form-urlencoded"
    )
    b.respond(200, "text/plain", b"1")
    return b.build()


def appsflyer_launch(ctx: Context, app_id: str, event: str = "") -> Flow:
    path = "androidevent"
    b = FB(
        ctx,
        "appsflyer",
        "POST",
        f"https://launches.appsflyer.com/api/v6.12/{path}",
        [("app_id", app_id), ("buildnumber", "6.12.2")],
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)")
    body = {
        "advertiserId": b.id("gaid", where="body.advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("appsflyer_uid", where="body.uid", detectable=False),
        "app_id": app_id,
        "af_timestamp": str(_ts(ctx)),
        "eventName": event or None,
        "deviceData": {
            "build_display_id": "UP1A.231005.007",
            "arch": "",
            "cpu_abi": "arm64-v8a",
            "dim": {"size": "2", "xdp": "403.4", "ydp": "403.8", "x_px": "1080", "y_px": "2340"},
        },
        "brand": "samsung",
        "model": "SM-A546B",
        "counter": str(ctx.rng.randint(2, 40)),
        "platformextension": "android_native",
    }
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def kochava_init(ctx: Context, app_guid: str, tv: bool) -> Flow:
    """Kochava `initial` on the Fire TV (fire_adid) or the phone (adid)."""
    b = FB(
        ctx, "kochava", "POST", "https://control.kochava.com/track/json", http_version="HTTP/1.1"
    )
    b.header("user-agent", ua("Tumbletoons", "3.8.1", tv=tv))
    data: dict[str, object] = {
        "usertime": int(ctx.now),
        "uptime": round(ctx.rng.uniform(10, 900), 3),
        "device": "AFTKA-amazon" if tv else "SM-A546B-samsung",
        "disp_h": 1080 if tv else 2340,
        "disp_w": 1920 if tv else 1080,
        "package": "tv.tumbletoons.app",
        "app_version": "Tumbletoons 3.8.1",
        "os_version": "Android 9" if tv else "Android 14",
        "language": "en-GB",
    }
    if tv:
        data["fire_adid"] = b.id("fire_adid", where="body.data.fire_adid")
        data["android_id"] = b.id("aid_firetv", where="body.data.android_id")
    else:
        data["adid"] = b.id("gaid", where="body.data.adid")
        data["android_id"] = b.id("aid_toons", where="body.data.android_id")
    body = {
        "action": "initial",
        "kochava_app_id": app_guid,
        "kochava_device_id": b.id("kochava_id", where="body.kochava_device_id"),
        "sdk_version": "AndroidTracker 5.4.0",
        "sdk_protocol": "15",
        "nt_id": f"{ctx.rng.randint(1000, 9999)}-1-{ctx.rng.randint(10**8, 10**9)}",
        "data": data,
    }
    b.json(body)
    b.ok_json({"success": "1"})
    return b.build()


def singular_start(ctx: Context, app: str) -> Flow:
    b = FB(ctx, "singular", "GET", "https://sdk-api-v1.singular.net/api/v1/start")
    b.header("user-agent", f"Singular/SDK-v12.3.2.PROD {app}")
    gaid = b.id("gaid", where="query:aifa")
    b.params += [
        ("a", "mirrorly_studio_2f1c"),
        ("ab", "arm64-v8a"),
        ("aifa", gaid),
        ("andi", b.id("aid_mirror", where="query:andi", detectable=False)),
        ("asid", b.id("app_set_id", where="query:asid", detectable=False)),
        ("asid_scope", "1"),
        ("av", "4.2.0"),
        ("c", "wifi"),
        ("i", "app.mirrorly.studio"),
        ("k", "AIFA"),
        ("lag", "0.004"),
        ("ma", "samsung"),
        ("mo", "SM-A546B"),
        ("n", "Mirrorly"),
        ("p", "Android"),
        ("s", str(_ts(ctx))),
        ("sdk", "Singular/v12.3.2"),
        ("u", b.id("gaid", where="query:u (with k=AIFA)", detectable=False)),
        ("v", "14"),
        ("h", f"{ctx.rng.getrandbits(160):040x}"),
    ]
    b.ok_json({"status": "ok"})
    return b.build()


def branch_install(ctx: Context, key: str, attr: str) -> Flow:
    b = FB(ctx, "branch", "POST", "https://api2.branch.io/v1/install")
    b.header("user-agent", okhttp())
    body = {
        "hardware_id": b.id(attr, where="body.hardware_id"),
        "is_hardware_id_real": True,
        "brand": "samsung",
        "model": "SM-A546B",
        "screen_dpi": 450,
        "screen_height": 2340,
        "screen_width": 1080,
        "wifi": True,
        "ui_mode": "UI_MODE_TYPE_NORMAL",
        "os": "Android",
        "os_version": 34,
        "cpu_type": "aarch64",
        "build": "UP1A.231005.007",
        "locale": "en_GB",
        "connection_type": "wifi",
        "google_advertising_id": b.id("gaid", where="body.google_advertising_id"),
        "lat_val": 0,
        "first_install_time": _ts(ctx) - 3600_000,
        "app_version": "5.14.0",
        "branch_key": key,
        "retryNumber": 0,
        "sdk": "android5.7.1",
    }
    b.json(body)
    b.ok_json(
        {
            "session_id": str(ctx.rng.getrandbits(60)),
            "identity_id": str(ctx.rng.getrandbits(60)),
            "link": "https://pulsematch.app.link?%24identity_id=" + str(ctx.rng.getrandbits(60)),
        }
    )
    return b.build()


def rng_events(rng: random.Random, names: list[str]) -> list[dict[str, object]]:
    return [{"name": rng.choice(names), "time": 1718100000 + rng.randint(0, 9999)}]
