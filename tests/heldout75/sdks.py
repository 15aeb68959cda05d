"""Third-party analytics / attribution SDKs as the set-75 apps embed them.

Wire formats follow the SDKs' own code and documentation:
- Adjust Android SDK (github.com/adjust/android_sdk, PackageBuilder.java): form
  bodies to app.adjust.com/session and /event with app_token, gps_adid,
  android_uuid, created_at, session_count, event_token, callback_params JSON.
- AppsFlyer Android SDK v6: JSON to launches/inapps.appsflyer.com/api/v6.x/
  androidevent?app_id=..., with advertiserId, uid, af_timestamp, eventName and
  eventValue as a JSON string (dev.appsflyer.com, S2S / SDK reference).
- Braze Android SDK: POST sdk.fra-02.braze.eu/api/v3/data/ with api_key,
  device_id, events [{name:"ce", data:{n, p}}], device {google_ad_id...}.
- Mixpanel Android (github.com/mixpanel/mixpanel-android, AnalyticsMessages):
  form `data=` JSON array to api-eu.mixpanel.com/track/, props distinct_id,
  $device_id, token, mp_lib.
- Amplitude Kotlin SDK / HTTP V2 API (amplitude.com/docs/apis/analytics/http-v2):
  JSON {api_key, events:[{event_type, device_id, adid, event_properties}]}.
(Firebase is in firebase.py.)
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, iso, ms, rid, ua


def adjust_session(c: Context, app: str = "no.lydspor.app") -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("client-sdk", "android4.38.2")
    b.header("user-agent", ua("Dalvik", "2.1.0"))
    ga = b.id("gaid", where="form:gps_adid")
    uid = c.phone.adjust_uuid  # the SDK's own install UUID (ActivityState.uuid)
    b.other_id("adjust_uuid", where="form:android_uuid")
    pairs = [
        ("app_token", "qx8w2kd0s7y4"),
        ("gps_adid", ga),
        ("gps_adid_src", "service"),
        ("android_uuid", uid),
        (
            "created_at",
            iso(c).replace("Z", "Z+0100"),
        ),
        ("device_type", "phone"),
        ("device_manufacturer", "Google"),
        ("environment", "production"),
        ("needs_response_details", "1"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("package_name", app),
        ("session_count", str(c.rng.randint(2, 80))),
        ("tracking_enabled", "1"),
    ]
    b.form(pairs)
    b.ok_json({"app_token": "qx8w2kd0s7y4", "adid": c.phone.adjust_adid, "timestamp": ms(c)})
    b.other_id("adjust_adid", where="response:json:adid", direction="response")
    return b.build()


def appsflyer_event(c: Context, name: str, value: dict, view: bool = False) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.13/androidevent",
        [("app_id", "de.parkladd.app"), ("buildnumber", "6.13.1")],
    )
    b.header("user-agent", ua("Dalvik", "2.1.0"))
    body = {
        "advertiserId": b.id("gaid", where="json:advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": c.phone.af_uid,
        "af_timestamp": str(ms(c)),
        "counter": str(c.rng.randint(3, 60)),
        "iaecounter": str(c.rng.randint(1, 30)),
        "eventName": name,
        "eventValue": js(value),
        "model": "Pixel 8",
        "brand": "google",
        "lang_code": "de",
        "platformextension": "android_native",
    }
    b.other_id("af_uid", where="json:uid")
    if view:
        b.view("json:eventValue(af_content_id, watched_sec)")
    b.json(body)
    b.ok_json({"status": "ok"})
    return b.build()


def braze_data(c: Context, event: str, props: dict, view: bool = False) -> Flow:
    b = FB(c, "braze", "POST", "https://sdk.fra-02.braze.eu/api/v3/data/")
    b.header("x-braze-api-key", "8c1e2f6a-0d44-4b8a-9f1e-6b7f3c2a9d10")
    body = {
        "api_key": "8c1e2f6a-0d44-4b8a-9f1e-6b7f3c2a9d10",
        "device_id": c.phone.braze_device,
        "sdk_version": "30.1.1",
        "app_version": "5.12.0",
        "time": int(c.now),
        "events": [
            {
                "name": "ce",
                "data": {"n": event, "p": props},
                "time": round(c.now, 3),
                "session_id": rid(c.rng),
            }
        ],
    }
    b.other_id("braze_device", where="json:device_id")
    if c.rng.random() < 0.5:
        body["device"] = {
            "android_version": "34",
            "model": "Pixel 8",
            "ad_tracking_enabled": True,
            "google_ad_id": b.id("gaid", where="json:device.google_ad_id"),
        }
    if view:
        b.view("json:events[].data.p")
    b.json(body)
    b.ok_json({})
    return b.build()


def mixpanel_track(c: Context, event: str, props: dict, view: bool = False) -> Flow:
    b = FB(c, "mixpanel", "POST", "https://api-eu.mixpanel.com/track/", [("ip", "1")])
    p = {
        "token": "5f1d0c2b9a8e7d6c5b4a",
        "time": ms(c),
        "distinct_id": "$device:" + c.phone.mp_device,
        "$device_id": c.phone.mp_device,
        "mp_lib": "android",
        "$lib_version": "7.5.2",
        "$os": "Android",
        "$os_version": "12",
        "$manufacturer": "Nordvik",
        "$model": "Polaris 3",
        "$insert_id": rid(c.rng)[:16],
        **props,
    }
    b.other_id("mp_device", where="form:data[].properties.$device_id")
    if view:
        b.view("form:data[].properties")
    b.form([("data", js([{"event": event, "properties": p}]))])
    b.respond(200, "text/plain", b"1")
    return b.build()


def amplitude_events(c: Context, events: list[tuple[str, dict]], view: bool = False) -> Flow:
    b = FB(c, "amplitude", "POST", "https://api.eu.amplitude.com/2/httpapi")
    with_adid = c.rng.random() < 0.6
    adid = b.id("gaid", where="json:events[].adid") if with_adid else None
    evs = []
    for name, props in events:
        e = {
            "event_type": name,
            "device_id": c.phone.amp_device,
            "user_id": c.phone.pod_user,
            "time": ms(c),
            "session_id": ms(c) - 60000,
            "platform": "Android",
            "os_name": "android",
            "os_version": "14",
            "device_model": "Pixel 8",
            "event_properties": props,
            "insert_id": rid(c.rng),
        }
        if adid:
            e["adid"] = adid
        evs.append(e)
    b.other_id("amp_device", where="json:events[].device_id")
    if view:
        b.view("json:events[].event_properties")
    b.json(
        {
            "api_key": "c0ffee5d2b1a4e9f8d7c6b5a4f3e2d1c",
            "events": evs,
            "options": {"min_id_length": 1},
        }
    )
    b.ok_json({"code": 200, "events_ingested": len(evs), "server_upload_time": ms(c)})
    return b.build()
