"""The third-party SDK calls the household's apps share, in their documented wire shapes.

Firebase/GA4 (app-measurement batch with app_instance_id), Segment (anonymousId),
Amplitude HTTP V2 (device_id, idfa/adid), Mixpanel (distinct_id, $device_id),
Braze (device_id), mParticle (das), AppsFlyer (uid, advertiserId/idfa), Adjust
(idfa/gps_adid, idfv), Branch (hardware_id), Kochava (kochava_device_id),
Singular (aifa/idfa), OneTrust consent receipts. Each takes the app's own id
attributes so that one IDFV / ANDROID_ID stays with one app.
"""

from __future__ import annotations

from typing import Any

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, js, jsb

from .phone import FB, iso, ms, rid


def segment_track(
    c: Context, app: str, event: str, props: dict[str, Any], vendor_attr: str, view: bool
) -> Flow:
    """Segment's batch endpoint; its Video spec events carry content and position."""
    b = FB(c, f"segment-{app}", "POST", "https://api.segment.io/v1/batch")
    b.header("authorization", "Basic " + b64(f"wk{rid(c.rng)[:12]}:"))
    if view:
        b.view("json batch[].properties (Segment Video spec: asset_id, position)")
    anon = b.id("segment_anon", where="json batch[].anonymousId")
    ctx = {
        "device": {
            "id": b.id(vendor_attr, where="json batch[].context.device.id"),
            "manufacturer": "Apple",
            "model": "iPhone15,4",
            "type": "ios",
        },
        "library": {"name": "analytics-ios", "version": "4.1.8"},
        "timezone": "America/New_York",
        "locale": "en-US",
    }
    b.json(
        {
            "batch": [
                {
                    "type": "track",
                    "event": event,
                    "properties": props,
                    "anonymousId": anon,
                    "messageId": rid(c.rng),
                    "timestamp": iso(c),
                    "context": ctx,
                }
            ],
            "sentAt": iso(c),
        }
    )
    b.ok_json({"success": True})
    return b.build()


def amplitude(
    c: Context, app: str, event: str, props: dict[str, Any], aid_attr: str, view: bool
) -> Flow:
    b = FB(c, f"amplitude-{app}", "POST", "https://api2.amplitude.com/2/httpapi")
    if view:
        b.view("json events[].event_properties (episode, seconds listened)")
    ev = {
        "device_id": b.id("amplitude_device", where="json events[].device_id"),
        "event_type": event,
        "time": ms(c),
        "event_properties": props,
        "platform": "Android",
        "os_version": "14",
        "device_model": "SM-S921U",
        "adid": b.id("gaid", where="json events[].adid"),
        "android_id": b.id(aid_attr, where="json events[].android_id"),
        "insert_id": rid(c.rng),
        "session_id": ms(c) - 60000,
    }
    b.json({"api_key": "f3a9" + rid(c.rng).replace("-", "")[:28], "events": [ev]})
    b.ok_json({"code": 200, "events_ingested": 1, "payload_size_bytes": 812})
    return b.build()


def mixpanel(c: Context, app: str, event: str, props: dict[str, Any], view: bool) -> Flow:
    b = FB(c, f"mixpanel-{app}", "POST", "https://api.mixpanel.com/track?ip=1")
    if view:
        b.view("form data json properties (track, ms_played)")
    dev = b.id("mixpanel_device", where="form data json properties.$device_id / distinct_id")
    props = {
        **props,
        "token": rid(c.rng).replace("-", ""),
        "distinct_id": "$device:" + dev,
        "$device_id": dev,
        "$os": "Android",
        "$model": "SM-S921U",
        "time": ms(c),
        "$insert_id": rid(c.rng)[:16],
    }
    data = js([{"event": event, "properties": props}])
    b.form([("data", data)])
    b.respond(200, "text/plain", b"1")
    return b.build()


def braze(c: Context, app: str, events: list[dict[str, Any]], vendor_attr: str, view: bool) -> Flow:
    b = FB(c, f"braze-{app}", "POST", "https://sdk.iad-05.braze.com/api/v3/data")
    if view:
        b.view("json events[].data.p custom event properties (title, minutes watched)")
    b.json(
        {
            "api_key": rid(c.rng),
            "device_id": b.id("braze_device", where="json device_id"),
            "device": {
                "ios_idfv": b.id(vendor_attr, where="json device.ios_idfv"),
                "model": "iPhone15,4",
                "os_version": "17.5.1",
                "carrier": "Verizon",
            },
            "time": int(c.now),
            "sdk_version": "9.2.0",
            "events": events,
        }
    )
    b.ok_json({"message": "success"})
    return b.build()


def firebase(c: Context, app: str, events: list[str], aid_attr: str, view: bool) -> Flow:
    """GA4 for Firebase batches events; written here as its JSON debug shape, gzipped."""
    b = FB(c, f"firebase-{app}", "POST", "https://app-measurement.com/a")
    if view:
        b.view("gzip json events[] (video_progress: video_title, video_current_time)")
    body = {
        "app_instance_id": b.id("firebase_instance", where="gzip json app_instance_id"),
        "resettable_device_id": b.id("gaid", where="gzip json resettable_device_id"),
        "limited_ad_tracking": False,
        "android_id_hash": b.id(aid_attr, "sha256_trunc16", "gzip json android_id_hash"),
        "platform": "android",
        "events": [
            {"name": e, "timestamp_millis": ms(c), "params": p}
            for e, p in ((e, _ga4_params(c, e)) for e in events)
        ],
    }
    b.set_body(
        gz(jsb(body)),
        "application/x-www-form-urlencoded",
    )
    b.no_content()
    return b.build()


def _ga4_params(c: Context, event: str) -> dict[str, Any]:
    if event.startswith("video_"):
        return {
            "video_title": c.rng.choice(
                ["Browns vs. Bengals: Extended Highlights", "Buckeyes Postgame Presser"]
            ),
            "video_current_time": c.rng.randint(5, 600),
            "video_duration": 640,
            "video_percent": c.rng.choice([10, 25, 50, 75]),
        }
    return {
        "screen_name": c.rng.choice(["Home", "Scores", "Settings"]),
        "engagement_time_msec": c.rng.randint(200, 9000),
    }


def appsflyer(c: Context, app: str, ios: bool, vendor_attr: str) -> Flow:
    host = "https://launches.appsflyer.com/api/v6.14/"
    b = FB(
        c,
        f"appsflyer-{app}",
        "POST",
        host
        + ("iosevent" if ios else "androidevent")
        + f"?app_id=id15{c.rng.randint(10**8, 10**9)}&buildnumber=6.14.3",
    )
    payload: dict[str, Any] = {
        "uid": b.id("appsflyer_uid", where="json uid"),
        "af_timestamp": str(ms(c)),
        "launch_counter": str(c.rng.randint(2, 90)),
        "af_events_api": "1",
        "eventName": "af_app_opened",
    }
    if ios:
        payload["advertiserId"] = b.id("idfa", where="json advertiserId")
        payload["vendorId"] = b.id(vendor_attr, where="json vendorId")
        payload["ATTStatus"] = 3
    else:
        payload["advertiserId"] = b.id("gaid", where="json advertiserId")
        payload["android_id"] = b.id(vendor_attr, where="json android_id")
    b.json(payload)
    b.ok_json({"ok": True})
    return b.build()


def adjust(c: Context, app: str, aid_attr: str) -> Flow:
    b = FB(c, f"adjust-{app}", "POST", "https://app.adjust.com/session")
    b.form(
        [
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("adjust_adid", where="form android_uuid")),
            ("android_id", b.id(aid_attr, where="form android_id")),
            ("app_token", "2fm9gkqubvpc"),
            ("created_at", iso(c).replace("Z", "Z-0500")),
            ("environment", "production"),
            ("session_count", str(c.rng.randint(2, 300))),
            ("tracking_enabled", "1"),
        ]
    )
    b.ok_json(
        {
            "adid": b.id("adjust_adid", where="response json adid", direction="response"),
            "message": "Session tracked",
            "timestamp": iso(c),
        }
    )
    return b.build()


def branch_open(c: Context, app: str, vendor_attr: str) -> Flow:
    b = FB(c, f"branch-{app}", "POST", "https://api2.branch.io/v1/open")
    b.json(
        {
            "hardware_id": b.id(vendor_attr, where="json hardware_id (IDFV)"),
            "is_hardware_id_real": True,
            "ios_vendor_id": b.id(vendor_attr, where="json ios_vendor_id"),
            "advertising_ids": {"idfa": b.id("idfa", where="json advertising_ids.idfa")},
            "randomized_bundle_token": b.id(
                "branch_browser_fp", where="json randomized_bundle_token"
            ),
            "brand": "Apple",
            "model": "iPhone15,4",
            "os": "iOS",
            "branch_key": "key_live_" + rid(c.rng).replace("-", "")[:24],
            "sdk": "ios3.4.1",
        }
    )
    b.ok_json({"session_id": str(c.rng.randint(10**17, 10**18)), "data": "{}"})
    return b.build()


def kochava(c: Context, app: str, aid_attr: str) -> Flow:
    b = FB(c, f"kochava-{app}", "POST", "https://control.kochava.com/track/json")
    b.json(
        {
            "action": "session",
            "kochava_app_id": "kofitness-app-a1b2",
            "kochava_device_id": b.id("kochava_id", where="json kochava_device_id"),
            "sdk_version": "AndroidTracker 5.5.0",
            "data": {
                "adid": b.id("gaid", where="json data.adid"),
                "android_id": b.id(aid_attr, "sha1", "json data.android_id (sha1)"),
                "state": "resume",
                "uptime": round(c.rng.uniform(1, 900), 2),
            },
        }
    )
    b.ok_json({"success": "1"})
    return b.build()


def singular(c: Context, app: str, aid_attr: str) -> Flow:
    b = FB(c, f"singular-{app}", "GET", "https://sdk-api-v1.singular.net/api/v1/start")
    b.param("a", "ohio_news_" + rid(c.rng)[:6])
    b.param("aifa", b.id("gaid", where="query aifa"))
    b.param("andi", b.id(aid_attr, where="query andi"))
    b.param("asid", b.id("singular_uuid", where="query asid (app set id)"))
    b.param("p", "Android")
    b.param("i", "com.example.buckeyedaily")
    b.param("ve", "14")
    b.param("sdk", "Singular/v12.5.4")
    b.ok_json({"status": "ok"})
    return b.build()


def onetrust_consent(c: Context, app: str, vendor_attr: str) -> Flow:
    """OneTrust's consent receipt names the device by a consent id the app keeps."""
    b = FB(c, f"onetrust-{app}", "POST", "https://consent-api.onetrust.com/v1/consentreceipts")
    b.json(
        {
            "identifier": b.id("onetrust_consent", where="json identifier (consent device id)"),
            "requestInformation": "eyJ" + b64(rid(c.rng))[:60],
            "customPayload": {"idfv": b.id(vendor_attr, where="json customPayload.idfv")},
            "purposes": [{"Id": rid(c.rng), "TransactionType": "CONFIRMED"}],
            "dsDataElements": {"Country": "US", "State": "OH"},
        }
    )
    b.ok_json({"receipt": rid(c.rng)})
    return b.build()


def opaque_sdk_blob(c: Context, app: str, vendor_attr: str) -> Flow:
    """An in-house attribution proxy: the whole payload AES-wrapped, base64 under `p`."""
    b = FB(c, f"attrib-proxy-{app}", "POST", f"https://t.{app}.example/c")
    b.id_raw(vendor_attr, "aes_gcm", "json p (encrypted envelope)", detectable=False)
    blob = b64(bytes(c.rng.getrandbits(8) for _ in range(180)))
    b.json({"p": blob, "v": 2})
    b.no_content()
    return b.build()


def mparticle(c: Context, app: str, aid_attr: str, event: str) -> Flow:
    """mParticle's native batch: `das` is its device-application stamp, `di` device info."""
    b = FB(c, f"mparticle-{app}", "POST", "https://nativesdks.mparticle.com/v2/us1-5d2c8a/events")
    b.json(
        {
            "dt": "h",
            "id": rid(c.rng),
            "ct": ms(c),
            "das": b.id(
                "mparticle_das", where="json das (device application stamp)", detectable=False
            ),
            "di": {
                "anid": b.id(aid_attr, where="json di.anid (ANDROID_ID)"),
                "gaid": b.id("gaid", where="json di.gaid"),
                "dma": "samsung",
                "dmdl": "SM-S921U",
            },
            "msgs": [
                {"dt": "e", "n": event, "et": "Other", "ct": ms(c), "attrs": {"room": "Kitchen"}}
            ],
        }
    )
    b.ok_json({"msgs": []})
    return b.build()


def gam_ad(c: Context, app: str) -> Flow:
    """A Google Ad Manager request from the app's article pages (documented `rdid`)."""
    b = FB(c, f"gam-{app}", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    for k, v in [
        ("iu", "/21775744923/buckeyedaily/news/article"),
        ("sz", "320x50|300x250"),
        ("rdid", b.id("gaid", where="query rdid")),
        ("idtype", "adid"),
        ("is_lat", "0"),
        ("msid", "com.example.buckeyedaily"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
    ]:
        b.param(k, v)
    b.ok_json({"ads": [{"creative": str(c.rng.randint(10**9, 10**10))}]})
    return b.build()
