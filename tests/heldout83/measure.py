"""Measurement SDKs the apps embed: Firebase Analytics (GA4), AppsFlyer, Facebook app events.

- Firebase / GA4: gzip protobuf `Batch{Bundle}` POSTed to app-measurement.com/a;
  field numbers from the community proto lari/firebase-ga4-app-measurement-protobuf
  (app_instance_id = 21, resettable_device_id = 27, events = 2, params name/string/int).
  GA4's recommended video events (video_start / video_progress / video_complete with
  video_title, video_percent, video_current_time) are documented at
  support.google.com/analytics/answer/9216061.
- AppsFlyer Android SDK v6: POST launches/inapps.appsflyer.com/api/v6.x/androidevent
  with JSON `advertiserId`, `advertiserIdEnabled`, `uid`, `af_timestamp`, `eventName`,
  `eventValue` (AppsFlyer SDK reference and its published request dumps).
- Facebook Android SDK: POST graph.facebook.com/vNN/{app_id}/activities, form fields
  `event=CUSTOM_APP_EVENTS`, `advertiser_id`, `anon_id` (XZ + uuid), `extinfo`,
  `custom_events` (facebook-android-sdk AppEventsLoggerImpl / AppEventsConversionsAPI).
  `fb_mobile_content_view` with a video content type is ViewContent for video.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js, pb_bytes, pb_msg, pb_varint

from .phone import FB, ms, rid

APPS: dict[str, tuple[str, str]] = {
    "chobi": ("com.chobighor.bd", "aid_chobi"),
    "cricket": ("com.boundary.live", "aid_cricket"),
    "gaan": ("com.gaanbox.music", "aid_gaan"),
    "taka": ("com.takapay.wallet", "aid_taka"),
    "driver": ("com.chalo.driver", "aid_driver"),
}


def _param(name: str, value: str | int) -> bytes:
    if isinstance(value, int):
        return pb_msg(1, [pb_bytes(1, name), pb_varint(3, value)])
    return pb_msg(1, [pb_bytes(1, name), pb_bytes(2, value)])


def _event(name: str, params: dict[str, str | int], at: int) -> bytes:
    parts = [_param(k, v) for k, v in params.items()]
    return pb_msg(2, [*parts, pb_bytes(2, name), pb_varint(3, at)])


def firebase(
    c: Context, app: str, events: list[tuple[str, dict[str, str | int]]], video: bool = False
) -> Flow:
    """One GA4 upload; `video` when the events are GA4 video events (what was watched)."""
    pkg, _ = APPS[app]
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a", http_version="HTTP/1.1")
    now = ms(c)
    inst = b.id("ga_instance", "protobuf", "protobuf field 21 app_instance_id")
    gaid = b.id("gaid", "protobuf", "protobuf field 27 resettable_device_id")
    bundle = [pb_varint(1, 1)]
    bundle += [_event(n, p, now - 900 * i) for i, (n, p) in enumerate(events)]
    bundle += [
        pb_varint(4, now),
        pb_bytes(8, "android"),
        pb_bytes(9, "14"),
        pb_bytes(10, "SM-A155F"),
        pb_bytes(11, "bn-bd"),
        pb_varint(12, 360),
        pb_bytes(13, "com.android.vending"),
        pb_bytes(14, pkg),
        pb_bytes(16, "4.2.1"),
        pb_varint(17, 84002),
        pb_bytes(21, inst),
        pb_varint(23, c.rng.randint(3, 400)),
        pb_bytes(25, f"1:{c.rng.randint(10**11, 10**12)}:android:{rid(c.rng)[:16]}"),
        pb_bytes(27, gaid),
        pb_varint(35, 1730000000000),
    ]
    if video:
        b.view("protobuf event params video_title / video_percent")
    elif events[0][0] == "view_item":
        b.decoy("GA4 view_item: a product viewed, not something watched")
    b.set_body(pb_msg(1, bundle), "application/x-www-form-urlencoded", "gzip")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A155F Build/UP1A.231005.007)")
    b.no_content()
    return b.build()


def appsflyer(c: Context, app: str, event: str | None = None, value: str = "") -> Flow:
    pkg, aid_attr = APPS[app]
    host = "inapps" if event else "launches"
    url = f"https://{host}.appsflyer.com/api/v6.13/androidevent"
    b = FB(c, "appsflyer", "POST", url, [("app_id", pkg), ("buildnumber", "6.13.1")])
    body = {
        "advertiserId": b.id("gaid", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("af_uid", where="json uid"),
        "android_id": b.id(aid_attr, where="json android_id"),
        "af_timestamp": str(ms(c)),
        "app_version_name": "4.2.1",
        "brand": "samsung",
        "model": "SM-A155F",
        "sdk": "34",
        "lang_code": "bn",
        "country": "BD",
        "operator": c.rng.choice(["Grameenphone", "Robi", "banglalink"]),
        "counter": str(c.rng.randint(1, 90)),
        "isFirstCall": "false",
        "deviceData": {"cpu_abi": "arm64-v8a", "dim": {"x_px": "1080", "y_px": "2340"}},
    }
    if event:
        body["eventName"] = event
        body["eventValue"] = value
    b.json(body)
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A155F)")
    b.ok_json({"ok": True})
    return b.build()


def facebook(c: Context, app: str, events: list[dict[str, object]], video: bool = False) -> Flow:
    pkg, _ = APPS[app]
    app_id = {"chobi": "412233", "cricket": "598801", "gaan": "377010"}.get(app, "250014")
    url = f"https://graph.facebook.com/v18.0/{app_id}9087734/activities"
    b = FB(c, "facebook", "POST", url)
    extinfo = ["a2", pkg, "421", "4.2.1", "14", "SM-A155F", "bn_BD", "GMT+06:00", "GP", 1080]
    pairs = [
        ("format", "json"),
        ("event", "CUSTOM_APP_EVENTS"),
        ("advertiser_id", b.id("gaid", where="form advertiser_id")),
        ("anon_id", b.id("fb_anon", where="form anon_id")),
        ("advertiser_tracking_enabled", "1"),
        ("application_tracking_enabled", "1"),
        ("extinfo", js([*extinfo, 2340, "2.63", 8, 110, 9, "Asia/Dhaka"])),
        ("application_package_name", pkg),
        ("custom_events", js(events)),
    ]
    if video:
        b.view("form custom_events fb_mobile_content_view fb_content_type=video")
    b.form(pairs)
    b.header("user-agent", f"FBAndroidSDK.17.0.0 {pkg}/4.2.1")
    b.ok_json({"success": True})
    return b.build()
