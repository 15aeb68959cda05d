"""Third-party SDKs inside the app: attribution, analytics, ads and mediation.

Key names and endpoints follow each vendor's public documentation or open-source
SDK (AppsFlyer `ServerParameters`, Adjust's PackageBuilder, Branch's
`v1/install`, Meta's Graph API `/{app-id}/activities` reference, Segment's spec
with `context.device.advertisingId`, Mixpanel's `/track` with `data=`, Amplitude
HTTP API v2 and the legacy `e=` form, Braze `api/v3/data`, OpenRTB 2.5 `device`,
InMobi's `u-id-map`). The payloads are this project's own.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from .flowmodel import Context, Flow, FlowBuilder
from .identity import new_digits, new_hex, new_uuid
from .wire import b64, js, jsb, pb_bytes, pb_msg, pb_varint

PKG = "com.zhiliaoapp.musically"
ZERO_AAID = "00000000-0000-0000-0000-000000000000"
OKHTTP = "okhttp/4.12.0"


def aaid(fb: FlowBuilder, how: str, where: str, detectable: bool = True) -> str:
    """The advertising id, or the all-zero id once the user opted out of ad personalisation."""
    if fb.ctx.opted_out:
        fb.decoy(f"zeroed advertising id at {where}")
        return ZERO_AAID if how in ("plain", "lower") else ZERO_AAID.upper()
    return fb.id("advertising_id", how, where=where, detectable=detectable)


def _android_ua(ctx: Context) -> str:
    p = ctx.phone
    return f"Dalvik/2.1.0 (Linux; U; Android {p.os_version}; {p.model} Build/UP1A.231005.007)"


def appsflyer(ctx: Context, video: dict[str, Any] | None) -> Flow:
    kind = "androidevent" if video else "conversions"
    host = "inapps.appsflyer.com" if video else "launches.appsflyer.com"
    fb = FlowBuilder(
        ctx, "appsflyer", "POST", f"https://{host}/api/v6.12/{kind}", http_version="HTTP/1.1"
    )
    fb.params.extend([("app_id", PKG), ("buildnumber", "6.12.2")])
    fb.header("user-agent", _android_ua(ctx))
    body: dict[str, Any] = {
        "advertiserId": aaid(fb, "plain", "body.json.advertiserId"),
        "advertiserIdEnabled": "true",
        "isGaidWithGps": "true",
        "uid": fb.id("appsflyer_uid", where="body.json.uid", detectable=True),
        "appsflyerKey": new_hex(ctx.rng, 22),
        "af_timestamp": str(int(ctx.now * 1000)),
        "app_version_name": "34.2.3",
        "brand": ctx.phone.brand,
        "model": ctx.phone.model,
        "platformextension": "android_native",
        "counter": str(ctx.rng.randint(2, 40)),
        "iaecounter": str(ctx.rng.randint(0, 40)),
        "deviceData": {
            "arch": "",
            "build_display_id": "UP1A.231005.007",
            "cpu_abi": "arm64-v8a",
            "dim": {"x_px": "1080", "y_px": "2340", "d_dpi": "420"},
        },
        "cksm_v1": new_hex(ctx.rng, 34),
    }
    if ctx.rng.random() < 0.5:
        body["android_id"] = fb.id("android_id", where="body.json.android_id")
    if video:
        body["eventName"] = "af_content_view"
        body["eventValue"] = js(
            {
                "af_content_id": video["id"],
                "af_content_type": "video",
                "af_duration": video["duration_ms"] // 1000,
            }
        )
        fb.mark("viewing_history", "af_content_view_video", "body.json.eventValue|json", True)
    fb.decoy("cksm_v1 checksum hex")
    fb.set_body(jsb(body), "application/json", "gzip" if ctx.rng.random() < 0.5 else None)
    fb.respond(200, "text/plain", b"ok")
    return fb.build()


def adjust(ctx: Context, video: dict[str, Any] | None) -> Flow:
    path = "/event" if video else "/session"
    fb = FlowBuilder(
        ctx, "adjust", "POST", "https://app.adjust.com" + path, http_version="HTTP/1.1"
    )
    fb.header("client-sdk", "android4.38.2")
    fb.header("user-agent", _android_ua(ctx))
    fb.header(
        "authorization",
        f'Signature signature="{new_hex(ctx.rng, 64)}",secret_id="2",'
        'algorithm="adj2",headers_id="1"',
    )
    fb.decoy("adjust signature sha256-looking hex")
    form = [
        ("app_token", new_hex(ctx.rng, 12)),
        ("gps_adid", aaid(fb, "plain", "body.form.gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", fb.id("adjust_uuid", where="body.form.android_uuid")),
        ("created_at", "2024-05-14T09:31:05.118Z+0000"),
        ("sent_at", "2024-05-14T09:31:05.220Z+0000"),
        ("device_type", "phone"),
        ("device_name", ctx.phone.model),
        ("os_name", "android"),
        ("os_version", ctx.phone.os_version),
        ("environment", "production"),
        ("needs_response_details", "1"),
        ("session_count", str(ctx.rng.randint(1, 30))),
    ]
    if video:
        form.append(("event_token", new_hex(ctx.rng, 6)))
        partner = {
            "content_id": video["id"],
            "content_type": "video",
            "watch_time": str(ctx.rng.randint(3, 60)),
        }
        form.append(("partner_params", js(partner)))
        fb.mark(
            "viewing_history", "adjust_partner_params_video", "body.form.partner_params|json", True
        )
    fb.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    answer = {
        "adid": ctx.phone.adjust_adid,
        "timestamp": "2024-05-14T09:31:05.4Z+0000",
        "message": "Session tracked",
    }
    fb.id("adjust_adid", where="response.json.adid", direction="response")
    fb.respond(200, "application/json", jsb(answer))
    return fb.build()


def adjust_attribution(ctx: Context) -> Flow:
    fb = FlowBuilder(
        ctx, "adjust", "GET", "https://app.adjust.com/attribution", http_version="HTTP/1.1"
    )
    fb.params.extend(
        [
            ("app_token", new_hex(ctx.rng, 12)),
            ("gps_adid", aaid(fb, "plain", "query.gps_adid")),
            ("adid", fb.id("adjust_adid", where="query.adid")),
            ("initiated_by", "sdk"),
        ]
    )
    fb.header("user-agent", _android_ua(ctx))
    fb.respond(200, "application/json", jsb({"attribution": {"tracker_name": "Organic"}}))
    return fb.build()


def branch(ctx: Context, first: bool) -> Flow:
    path = "/v1/install" if first else "/v1/open"
    fb = FlowBuilder(ctx, "branch", "POST", "https://api2.branch.io" + path)
    fb.header("user-agent", _android_ua(ctx))
    body = {
        "hardware_id": fb.id("android_id", where="body.json.hardware_id"),
        "is_hardware_id_real": True,
        "brand": ctx.phone.brand,
        "model": ctx.phone.model,
        "screen_dpi": 420,
        "wifi": True,
        "ui_mode": "UI_MODE_TYPE_NORMAL",
        "os": "Android",
        "os_version": 34,
        "google_advertising_id": aaid(fb, "plain", "body.json.google_advertising_id"),
        "lat_val": 0,
        "country": "US",
        "language": "en",
        "local_ip": f"192.168.1.{ctx.rng.randint(2, 250)}",
        "app_version": "34.2.3",
        "branch_key": "key_live_" + new_hex(ctx.rng, 32),
        "retryNumber": 0,
        "debug": False,
        "sdk": "android5.9.0",
        "metadata": {},
        "instrumentation": {"v1/install-qwt": "0"},
    }
    if not first:
        body["identity_id"] = fb.id(
            "branch_identity", where="body.json.identity_id", detectable=False
        )
    fb.set_body(jsb(body), "application/json")
    answer = {
        "session_id": new_digits(ctx.rng, 18, "1"),
        "identity_id": ctx.phone.branch_identity,
        "link": "https://tiktok.app.link?%24identity_id=" + ctx.phone.branch_identity,
    }
    fb.respond(200, "application/json", jsb(answer))
    return fb.build()


def facebook(ctx: Context, video: dict[str, Any] | None, install: bool = False) -> Flow:
    app_id = "1862952583919182"
    fb = FlowBuilder(
        ctx, "facebook", "POST", f"https://graph.facebook.com/v17.0/{app_id}/activities"
    )
    fb.header("user-agent", "FBAndroidSDK.16.3.0")
    form: list[tuple[str, str]] = [("format", "json"), ("sdk", "android")]
    if install:
        form.append(("event", "MOBILE_APP_INSTALL"))
    else:
        form.append(("event", "CUSTOM_APP_EVENTS"))
        events = [
            {
                "_eventName": "fb_mobile_activate_app",
                "_logTime": int(ctx.now),
                "_ui": "unknown",
                "_session_id": new_uuid(ctx.rng),
            }
        ]
        if video:
            events.append(
                {
                    "_eventName": "fb_mobile_content_view",
                    "fb_content_type": "video",
                    "fb_content_id": video["id"],
                    "fb_description": video["title"],
                    "_logTime": int(ctx.now),
                    "_ui": "VideoPlayerActivity",
                }
            )
            fb.mark(
                "viewing_history",
                "fb_content_view_video",
                "body.form.custom_events|json[].fb_content_id",
                True,
            )
        form.append(("custom_events", js(events)))
        fb.decoy("_session_id uuid")
    form.append(("advertiser_id", aaid(fb, "plain", "body.form.advertiser_id")))
    form.append(("advertiser_tracking_enabled", "0" if ctx.opted_out else "1"))
    form.append(("application_tracking_enabled", "1"))
    form.append(("anon_id", fb.id("fb_anon_id", where="body.form.anon_id")))
    ext = [
        "a2",
        PKG,
        "2023402030",
        "34.2.3",
        ctx.phone.os_version,
        ctx.phone.model,
        "en_US",
        "EDT",
        "T-Mobile",
        "1080",
        "2340",
        "2.63",
        "8",
        "118",
        "27",
        "America/New_York",
    ]
    form.append(("extinfo", js(ext)))
    if ctx.rng.random() < 0.4:
        ud = {"em": fb.id("email", "sha256", where="body.form.ud|json.em")}
        form.append(("ud", js(ud)))
    form.append(("application_package_name", PKG))
    fb.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    fb.respond(200, "application/json", jsb({"success": True}))
    return fb.build()


def firebase(ctx: Context, video: dict[str, Any] | None) -> Flow:
    """Google Analytics for Firebase upload: protobuf, no key names at all."""
    fb = FlowBuilder(ctx, "firebase", "POST", "https://app-measurement.com/a")
    fb.header("user-agent", _android_ua(ctx))
    events = [
        _pb_event("_e", [("_et", 1200)], ctx),
        _pb_event("screen_view", [("_sc", "MainActivity")], ctx),
    ]
    if video:
        events.append(
            _pb_event(
                "video_progress",
                [
                    ("video_title", video["title"]),
                    ("video_id", video["id"]),
                    ("video_current_time", ctx.rng.randint(5, 60)),
                    ("video_percent", 50),
                ],
                ctx,
            )
        )
        fb.mark("viewing_history", "ga4_app_video_progress", "body.protobuf (event params)", False)
    if ctx.opted_out:
        rdid = b""
        fb.decoy("no resettable device id after opt-out")
    else:
        rdid = pb_bytes(19, fb.id("advertising_id", where="body.protobuf.1.19", detectable=False))
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            *[pb_bytes(2, e) for e in events],
            pb_varint(3, int(ctx.now * 1000)),
            pb_bytes(8, "android"),
            pb_bytes(9, ctx.phone.os_version),
            pb_bytes(10, ctx.phone.model),
            pb_bytes(11, "en-us"),
            pb_bytes(14, PKG),
            pb_bytes(16, "34.2.3"),
            rdid,
            pb_bytes(25, "1:1079934238811:android:" + new_hex(ctx.rng, 22)),
            pb_bytes(
                27, fb.id("firebase_instance_id", where="body.protobuf.1.27", detectable=False)
            ),
        ],
    )
    fb.set_body(bundle, "application/x-www-form-urlencoded")
    fb.respond(204, None)
    return fb.build()


def _pb_event(name: str, params: list[tuple[str, object]], ctx: Context) -> bytes:
    parts = []
    for key, value in params:
        if isinstance(value, int):
            parts.append(pb_msg(1, [pb_bytes(1, key), pb_varint(4, value)]))
        else:
            parts.append(pb_msg(1, [pb_bytes(1, key), pb_bytes(2, str(value))]))
    return b"".join(parts) + pb_bytes(2, name) + pb_varint(3, int(ctx.now * 1000))


def segment(ctx: Context, video: dict[str, Any] | None) -> Flow:
    fb = FlowBuilder(ctx, "segment", "POST", "https://api.segment.io/v1/batch")
    fb.header("authorization", "Basic " + b64(new_hex(ctx.rng, 32) + ":"))
    fb.header("user-agent", "analytics-android/4.11.3")
    device = {
        "id": fb.id("android_id", "sha256", where="body.gzip.json.batch[].context.device.id"),
        "manufacturer": ctx.phone.brand,
        "model": ctx.phone.model,
        "name": ctx.phone.model,
        "adTrackingEnabled": not ctx.opted_out,
        "advertisingId": aaid(fb, "plain", "body.gzip.json.batch[].context.device.advertisingId"),
    }
    ctxt = {
        "app": {"name": "TikTok", "version": "34.2.3", "namespace": PKG},
        "device": device,
        "os": {"name": "Android", "version": ctx.phone.os_version},
        "library": {"name": "analytics-android", "version": "4.11.3"},
    }
    msgs: list[dict[str, Any]] = []
    if video:
        props = {
            "session_id": new_hex(ctx.rng, 12),
            "content_asset_id": video["id"],
            "title": video["title"],
            "position": ctx.rng.randint(1, 40),
            "total_length": video["duration_ms"] // 1000,
            "video_player": "ttplayer",
            "full_screen": True,
        }
        msgs.append({"type": "track", "event": "Video Content Playing", "properties": props})
        fb.mark(
            "viewing_history",
            "segment_video_content_playing",
            "body.gzip.json.batch[].properties",
            True,
        )
    else:
        msgs.append(
            {
                "type": "track",
                "event": "Order Completed",
                "properties": {"order_id": new_uuid(ctx.rng), "total": 4.99, "currency": "USD"},
            }
        )
        fb.decoy("order_id uuid")
    msgs.append({"type": "screen", "name": "For You"})
    for m in msgs:
        m.update(
            {
                "anonymousId": ctx.phone.segment_anonymous_id,
                "messageId": new_uuid(ctx.rng),
                "timestamp": "2024-05-14T09:31:05.118Z",
                "context": ctxt,
            }
        )
    fb.decoy("messageId uuids")
    fb.set_body(
        jsb(
            {"batch": msgs, "sentAt": "2024-05-14T09:31:06.002Z", "writeKey": new_hex(ctx.rng, 32)}
        ),
        "application/json",
        "gzip",
    )
    fb.respond(200, "application/json", jsb({"success": True}))
    return fb.build()


def mixpanel(ctx: Context, video: dict[str, Any] | None) -> Flow:
    fb = FlowBuilder(
        ctx, "mixpanel", "POST", "https://api.mixpanel.com/track", http_version="HTTP/1.1"
    )
    fb.params.append(("ip", "1"))
    fb.header("user-agent", _android_ua(ctx))
    as_b64 = ctx.rng.random() < 0.5
    where = "body.form.data|base64|json" if as_b64 else "body.form.data|json"
    props: dict[str, Any] = {
        "token": new_hex(ctx.rng, 32),
        "distinct_id": "$device:" + ctx.phone.mixpanel_device_id,
        "$device_id": fb.id("mixpanel_device_id", where=f"{where}[].properties.$device_id"),
        "mp_lib": "android",
        "$lib_version": "7.3.1",
        "$os": "Android",
        "$model": ctx.phone.model,
        "$had_persisted_distinct_id": True,
        "$insert_id": new_hex(ctx.rng, 16),
        "time": int(ctx.now * 1000),
    }
    fb.decoy("$insert_id hex")
    event = "App Open"
    if video:
        event = "Video Watched"
        props.update(
            {
                "video_id": video["id"],
                "watch_seconds": ctx.rng.randint(2, 60),
                "video_title": video["title"],
            }
        )
        fb.mark(
            "viewing_history",
            "mixpanel_video_watched",
            f"{where}[].properties.video_id+watch_seconds",
            True,
        )
    data = js([{"event": event, "properties": props}])
    value = b64(data) if as_b64 else data
    fb.set_body(urlencode([("data", value)]).encode(), "application/x-www-form-urlencoded")
    fb.respond(200, "text/plain", b"1")
    return fb.build()


def amplitude(ctx: Context, video: dict[str, Any] | None) -> Flow:
    legacy = ctx.rng.random() < 0.4
    url = "https://api.amplitude.com/" if legacy else "https://api2.amplitude.com/2/httpapi"
    fb = FlowBuilder(ctx, "amplitude", "POST", url)
    fb.header("user-agent", _android_ua(ctx))
    where = "body.form.e|json[]" if legacy else "body.json.events[]"
    ev: dict[str, Any] = {
        "device_id": fb.id("amplitude_device_id", where=f"{where}.device_id"),
        "user_id": None,
        "session_id": int(ctx.now * 1000) - 60000,
        "insert_id": new_uuid(ctx.rng),
        "time": int(ctx.now * 1000),
        "platform": "Android",
        "os_name": "android",
        "device_brand": ctx.phone.brand,
        "adid": aaid(fb, "plain", f"{where}.adid"),
        "library": "amplitude-android/2.39.8",
        "event_type": "session_start",
    }
    fb.decoy("insert_id uuid")
    if video:
        ev["event_type"] = "video_completed" if ctx.rng.random() < 0.5 else "video_progress"
        ev["event_properties"] = {
            "video_id": video["id"],
            "duration_watched_s": ctx.rng.randint(2, 60),
            "percent_complete": ctx.rng.choice([25, 50, 75, 100]),
        }
        fb.mark("viewing_history", "amplitude_video_event", f"{where}.event_properties", True)
    if legacy:
        events = js([ev])
        form = [
            ("v", "2"),
            ("client", new_hex(ctx.rng, 32)),
            ("e", events),
            ("upload_time", str(int(ctx.now * 1000))),
            ("checksum", new_hex(ctx.rng, 32)),
        ]
        fb.decoy("checksum md5-looking hex")
        fb.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    else:
        fb.set_body(jsb({"api_key": new_hex(ctx.rng, 32), "events": [ev]}), "application/json")
    fb.respond(200, "application/json", jsb({"code": 200, "events_ingested": 1}))
    return fb.build()


def braze(ctx: Context, video: dict[str, Any] | None) -> Flow:
    fb = FlowBuilder(ctx, "braze", "POST", "https://sdk.iad-01.braze.com/api/v3/data/")
    fb.header("user-agent", _android_ua(ctx))
    fb.header("x-braze-api-key", new_uuid(ctx.rng))
    fb.decoy("api key uuid header")
    events: list[dict[str, Any]] = [
        {"name": "ss", "data": {}, "time": ctx.now, "session_id": new_uuid(ctx.rng)}
    ]
    if video:
        events.append(
            {
                "name": "ce",
                "data": {
                    "n": "video_watched",
                    "p": {
                        "video_id": video["id"],
                        "seconds_watched": ctx.rng.randint(2, 60),
                        "title": video["title"],
                    },
                },
                "time": ctx.now,
            }
        )
        fb.mark("viewing_history", "braze_custom_event_video", "body.json.events[].data.p", True)
    body: dict[str, Any] = {
        "api_key": new_uuid(ctx.rng),
        "device_id": fb.id("braze_device_id", where="body.json.device_id"),
        "time": int(ctx.now),
        "sdk_version": "30.1.1",
        "app_version": "34.2.3",
        "device": {
            "android_version": ctx.phone.os_version,
            "model": ctx.phone.model,
            "ad_tracking_enabled": not ctx.opted_out,
        },
        "events": events,
    }
    if ctx.rng.random() < 0.5:
        body["attributes"] = [
            {
                "user_id": ctx.phone.user_id,
                "email": fb.id("email", where="body.json.attributes[].email"),
            }
        ]
    if not ctx.opted_out and ctx.rng.random() < 0.5:
        body["device"]["google_ad_id"] = fb.id(
            "advertising_id", where="body.json.device.google_ad_id"
        )
    fb.set_body(jsb(body), "application/json", "gzip")
    fb.respond(201, "application/json", jsb({"messages": [], "config": {"time": int(ctx.now)}}))
    return fb.build()


def mparticle(ctx: Context, video: dict[str, Any] | None) -> Flow:
    key = "us1-" + new_hex(ctx.rng, 32)
    fb = FlowBuilder(ctx, "mparticle", "POST", f"https://nativesdks.mparticle.com/v2/{key}/events")
    fb.header("user-agent", "mParticle Android SDK/5.55.0")
    fb.header("x-mp-signature", b64(ctx.rng.randbytes(20)))
    msgs: list[dict[str, Any]] = [{"dt": "ss", "id": new_uuid(ctx.rng), "ct": int(ctx.now * 1000)}]
    if video:
        msgs.append(
            {
                "dt": "e",
                "n": "Play",
                "et": "Media",
                "id": new_uuid(ctx.rng),
                "ct": int(ctx.now * 1000),
                "attrs": {
                    "content_id": video["id"],
                    "content_title": video["title"],
                    "playhead_position": str(ctx.rng.randint(1000, 50000)),
                    "media_session_id": new_uuid(ctx.rng),
                },
            }
        )
        fb.mark("viewing_history", "mparticle_media_play", "body.gzip.json.msgs[].attrs", True)
    body = {
        "dt": "h",
        "id": new_uuid(ctx.rng),
        "ct": int(ctx.now * 1000),
        "sdk": "5.55.0",
        "das": ctx.phone.segment_anonymous_id[::-1],
        "mpid": new_digits(ctx.rng, 19, "-8"),
        "msgs": msgs,
        "di": {
            "dp": "Android",
            "dbr": ctx.phone.brand,
            "dmdl": ctx.phone.model,
            "anid": fb.id("android_id", where="body.gzip.json.di.anid"),
            "gaid": aaid(fb, "plain", "body.gzip.json.di.gaid"),
            "lat": ctx.opted_out,
        },
    }
    fb.decoy("batch id / message ids uuid, das, mpid")
    fb.set_body(jsb(body), "application/json", "gzip")
    fb.respond(202, None)
    return fb.build()


def unity_ads(ctx: Context) -> Flow:
    game = new_digits(ctx.rng, 7, "4")
    fb = FlowBuilder(
        ctx, "unity_ads", "POST", f"https://auction.unityads.unity3d.com/v6/games/{game}/requests"
    )
    fb.params.extend(
        [
            ("deviceModel", ctx.phone.model),
            ("platform", "android"),
            ("sdkVersion", "4110"),
            ("stores", "google"),
        ]
    )
    fb.param("advertisingTrackingId", aaid(fb, "upper", "query.advertisingTrackingId"))
    fb.header("user-agent", _android_ua(ctx))
    body = {
        "unifiedconfig": {
            "pii": {
                "advertisingTrackingId": aaid(
                    fb, "upper", "body.json.unifiedconfig.pii.advertisingTrackingId"
                ),
                "nonBehavioral": False,
            }
        },
        "idfi": fb.id("unity_idfi", where="body.json.idfi"),
        "gameSessionId": int(new_digits(ctx.rng, 12, "1")),
        "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
        "connectionType": "wifi",
        "screenWidth": 1080,
        "screenHeight": 2340,
        "auctionId": new_uuid(ctx.rng),
    }
    fb.decoy("auctionId uuid")
    fb.set_body(jsb(body), "application/json")
    fb.respond(200, "application/json", jsb({"auctionId": body["auctionId"], "placements": {}}))
    return fb.build()


def ironsource(ctx: Context) -> Flow:
    fb = FlowBuilder(ctx, "ironsource", "POST", "https://outcome-ssp.supersonicads.com/mediation")
    fb.params.extend([("adUnit", "3"), ("appKey", new_hex(ctx.rng, 9))])
    fb.header("user-agent", _android_ua(ctx))
    inner = {
        "advId": aaid(fb, "plain", "body.json.data|base64|json.advId"),
        "advIdType": "GAID",
        "isLimitAdTrackingEnabled": ctx.opted_out,
        "deviceOS": "Android",
        "deviceModel": ctx.phone.model,
        "sessionId": new_hex(ctx.rng, 32),
        "mt": fb.id("imei", "md5", where="body.json.data|base64|json.mt", detectable=False),
    }
    fb.decoy("sessionId md5-looking hex")
    fb.set_body(jsb({"data": b64(js(inner)), "v": 2}), "application/json")
    fb.respond(200, "application/json", jsb({"response": "ok"}))
    return fb.build()


def applovin(ctx: Context) -> Flow:
    fb = FlowBuilder(ctx, "applovin", "POST", "https://ms.applovin.com/1.0/mediate")
    fb.header("user-agent", "AppLovinSdk/12.4.2")
    body = {
        "device_info": {
            "idfa": aaid(fb, "plain", "body.gzip.json.device_info.idfa"),
            "dnt": ctx.opted_out,
            "brand": ctx.phone.brand,
            "model": ctx.phone.model,
            "os": ctx.phone.os_version,
            "sim": 1,
        },
        "app_info": {"package_name": PKG, "app_version": "34.2.3", "sdk_key": new_hex(ctx.rng, 86)},
        "ad_format": "rewarded",
        "request_id": new_uuid(ctx.rng),
    }
    fb.decoy("request_id uuid")
    fb.set_body(jsb(body), "application/json", "gzip")
    fb.respond(200, "application/json", jsb({"ads": []}), "gzip")
    return fb.build()


def openrtb_bid(ctx: Context, host: str, sdk: str) -> Flow:
    """An OpenRTB 2.5 bid request: `device.ifa` plus hashed platform ids."""
    fb = FlowBuilder(ctx, sdk, "POST", f"https://{host}/openrtb2/auction")
    fb.header("x-openrtb-version", "2.5")
    fb.header("user-agent", _android_ua(ctx))
    device: dict[str, Any] = {
        "ua": _android_ua(ctx),
        "ifa": aaid(fb, "plain", "body.json.device.ifa"),
        "lmt": 1 if ctx.opted_out else 0,
        "make": ctx.phone.brand,
        "model": ctx.phone.model,
        "os": "android",
        "osv": ctx.phone.os_version,
        "devicetype": 4,
        "connectiontype": 2,
        "geo": {
            "lat": round(40.7 + ctx.rng.uniform(-0.1, 0.1), 4),
            "lon": round(-74.0 + ctx.rng.uniform(-0.1, 0.1), 4),
            "type": 2,
        },
    }
    if not ctx.opted_out:
        device["dpidsha1"] = fb.id("android_id", "sha1", where="body.json.device.dpidsha1")
        device["dpidmd5"] = fb.id("android_id", "md5", where="body.json.device.dpidmd5")
        if ctx.rng.random() < 0.5:
            device["macsha1"] = fb.id("mac", "sha1_of_nosep", where="body.json.device.macsha1")
    req = {
        "id": new_uuid(ctx.rng),
        "imp": [
            {
                "id": "1",
                "tagid": new_hex(ctx.rng, 16),
                "video": {"mimes": ["video/mp4"], "w": 1080, "h": 1920},
                "bidfloor": 0.85,
            }
        ],
        "app": {"bundle": PKG, "name": "TikTok", "publisher": {"id": new_hex(ctx.rng, 24)}},
        "device": device,
        "user": {"id": new_hex(ctx.rng, 40)},
        "at": 1,
        "tmax": 500,
    }
    fb.decoy("bid id uuid, user.id hex, geo coordinates")
    fb.set_body(jsb(req), "application/json")
    fb.respond(204, None)
    return fb.build()


def inmobi(ctx: Context) -> Flow:
    fb = FlowBuilder(
        ctx, "inmobi", "POST", "https://api.w.inmobi.com/showad/v3", http_version="HTTP/1.1"
    )
    fb.header("user-agent", _android_ua(ctx))
    idmap: dict[str, str] = {
        "O1": fb.id(
            "android_id", "sha1", where="body.form.u-id-map|base64|json.O1", detectable=False
        ),
        "UM5": fb.id(
            "android_id", "md5", where="body.form.u-id-map|base64|json.UM5", detectable=False
        ),
    }
    if not ctx.opted_out:
        idmap["GPID"] = fb.id("advertising_id", where="body.form.u-id-map|base64|json.GPID")
    form = [
        ("im-plid", new_digits(ctx.rng, 13, "1")),
        ("u-id-map", b64(js(idmap))),
        ("u-id-adt", "0" if ctx.opted_out else "1"),
        ("d-device-screen-density", "2.63"),
        ("mk-version", "pr-SAND-10.6.7"),
        ("u-appbid", PKG),
        ("client-request-id", new_uuid(ctx.rng)),
    ]
    fb.decoy("client-request-id uuid")
    fb.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    fb.respond(200, "application/json", jsb({"requestId": new_uuid(ctx.rng), "ads": []}))
    return fb.build()


def mintegral(ctx: Context) -> Flow:
    """Obfuscated with a private base64 alphabet: present, but no tool can read it."""
    fb = FlowBuilder(
        ctx, "mintegral", "GET", "https://setting.rayjump.com/setting", http_version="HTTP/1.1"
    )
    fb.params.extend(
        [
            ("app_id", new_digits(ctx.rng, 6, "1")),
            ("sign", new_hex(ctx.rng, 32)),
            ("platform", "1"),
            ("os_version", ctx.phone.os_version),
            ("package_name", PKG),
            (
                "dvi",
                fb.id(
                    "advertising_id",
                    "custom_b64",
                    where="query.dvi (private alphabet)",
                    detectable=False,
                ),
            ),
            ("sdk_version", "MAL_16.6.71"),
        ]
    )
    fb.decoy("sign md5-looking hex")
    fb.header("user-agent", _android_ua(ctx))
    fb.respond(200, "application/json", jsb({"status": 1, "data": {"cc": "US"}}))
    return fb.build()


def pangle(ctx: Context) -> Flow:
    """ByteDance's ad network: OpenRTB-like JSON, hashed ids, ids in a JWT-less token."""
    fb = FlowBuilder(
        ctx, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/"
    )
    fb.header("user-agent", _android_ua(ctx))
    device: dict[str, Any] = {
        "os": 1,
        "model": ctx.phone.model,
        "gaid": aaid(fb, "plain", "body.json.device.gaid"),
        "conn_type": 1,
        "screen_width": 1080,
        "screen_height": 2340,
    }
    if not ctx.opted_out:
        device["did_hash"] = fb.id(
            "android_id", "sha256_trunc32", where="body.json.device.did_hash"
        )
        device["mac_md5"] = fb.id("mac", "md5_of_upper", where="body.json.device.mac_md5")
        device["aaid_md5_sha256"] = fb.id(
            "advertising_id", "sha256_of_md5", where="body.json.device.aaid_md5_sha256"
        )
    body = {
        "request_id": new_uuid(ctx.rng),
        "ad_sdk_version": "5.8.1.0",
        "app": {"appid": "8025677", "package_name": PKG},
        "device": device,
        "adslots": [{"id": new_digits(ctx.rng, 9, "9"), "adtype": 5}],
    }
    fb.decoy("request_id uuid")
    fb.set_body(jsb(body), "application/json")
    fb.respond(
        200, "application/json", jsb({"message": "success", "request_id": body["request_id"]})
    )
    return fb.build()


def crashlytics(ctx: Context) -> Flow:
    """Crash report with installation uuid in a header: an install-scoped id under a plain name."""
    fb = FlowBuilder(
        ctx,
        "crashlytics",
        "POST",
        "https://crashlyticsreports-pa.googleapis.com/v1/firelog/legacy/batchlog",
    )
    fb.header("user-agent", "datatransport/3.1.9 android/")
    fb.header("x-goog-api-key", "AIza" + b64(ctx.rng.randbytes(26))[:35])
    entry = {
        "logSourceName": "CRASHLYTICS",
        "logEvent": [
            {
                "eventTimeMs": int(ctx.now * 1000),
                "sourceExtensionJsonProto3": js(
                    {
                        "sdkVersion": "18.6.2",
                        "gmpAppId": "1:1079934238811:android:" + new_hex(ctx.rng, 22),
                        "installationUuid": fb.id(
                            "firebase_instance_id",
                            where="body.gzip.json.logRequest[].logEvent[].sourceExtensionJsonProto3|json.installationUuid",
                        ),
                        "buildVersion": "2023402030",
                        "session": {
                            "identifier": new_hex(ctx.rng, 32).upper(),
                            "startedAt": int(ctx.now),
                        },
                    }
                ),
            }
        ],
    }
    fb.decoy("session identifier hex")
    fb.set_body(jsb({"logRequest": [entry]}), "application/json", "gzip")
    fb.respond(200, "application/json", jsb({"nextRequestWaitMillis": 10000}))
    return fb.build()


def admob(ctx: Context) -> Flow:
    """Google Mobile Ads ad request: the advertising id as `rdid` with `idtype=adid`."""
    fb = FlowBuilder(ctx, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    fb.params.extend(
        [
            ("submodel", ctx.phone.model),
            ("format", "320x50_mb"),
            ("request_id", new_hex(ctx.rng, 16)),
            ("app_name", "2023402030.android." + PKG),
            ("rdid", aaid(fb, "plain", "query.rdid")),
            ("idtype", "adid"),
            ("is_lat", "1" if ctx.opted_out else "0"),
            ("js", "afma-sdk-a-v233012999.233012000.1"),
            ("correlator", new_digits(ctx.rng, 16, "3")),
        ]
    )
    fb.decoy("request_id 16 hex, correlator")
    fb.header("user-agent", _android_ua(ctx))
    fb.respond(200, "application/json", jsb({"ad_networks": []}))
    return fb.build()


def appmetrica(ctx: Context) -> Flow:
    """Yandex AppMetrica report: ids in the query, the body a protobuf report."""
    fb = FlowBuilder(ctx, "appmetrica", "POST", "https://report.appmetrica.yandex.net/report")
    fb.params.extend(
        [
            ("deviceid", fb.id("android_id", "md5", where="query.deviceid", detectable=False)),
            ("uuid", new_hex(ctx.rng, 32)),
            ("analytics_sdk_version_name", "5.3.0"),
            ("app_platform", "android"),
            ("adv_id", aaid(fb, "plain", "query.adv_id")),
            ("android_id", fb.id("android_id", where="query.android_id")),
            ("api_key_128", new_uuid(ctx.rng)),
            ("model", ctx.phone.model),
        ]
    )
    fb.decoy("api_key_128 uuid")
    fb.header("user-agent", _android_ua(ctx))
    fb.set_body(
        pb_msg(1, [pb_varint(1, 1), pb_bytes(2, "EVENT_START")]), "application/octet-stream", "gzip"
    )
    fb.respond(200, "application/json", jsb({"status": "accepted"}))
    return fb.build()


def kochava(ctx: Context) -> Flow:
    fb = FlowBuilder(ctx, "kochava", "POST", "https://control.kochava.com/track/json")
    fb.header("user-agent", _android_ua(ctx))
    body = {
        "action": "session",
        "kochava_app_id": "kotiktok-android-" + new_hex(ctx.rng, 6),
        "kochava_device_id": fb.id("kochava_id", where="body.json.kochava_device_id"),
        "sdk_version": "AndroidTracker 5.5.0",
        "data": {
            "adid": aaid(fb, "plain", "body.json.data.adid"),
            "android_id": fb.id("android_id", where="body.json.data.android_id"),
            "device": ctx.phone.model + "-" + ctx.phone.brand,
            "state": "resume",
            "usertime": int(ctx.now),
        },
        "nt_id": new_hex(ctx.rng, 5) + "-1-" + new_uuid(ctx.rng),
    }
    fb.decoy("nt_id with uuid")
    fb.set_body(jsb(body), "application/json")
    fb.respond(200, "application/json", jsb({"success": "1"}))
    return fb.build()


def singular(ctx: Context) -> Flow:
    fb = FlowBuilder(ctx, "singular", "GET", "https://sdk-api-v1.singular.net/api/v1/start")
    adv = aaid(fb, "plain", "query.aifa")
    fb.params.extend(
        [
            ("a", "tiktok_" + new_hex(ctx.rng, 8)),
            ("aifa", adv),
            ("andi", fb.id("android_id", where="query.andi")),
            ("k", "AIFA"),
            ("u", adv),
            ("i", PKG),
            ("p", "Android"),
            ("c", "wifi"),
            ("ve", ctx.phone.os_version),
            ("h", new_hex(ctx.rng, 40)),
        ]
    )
    fb.decoy("h signature sha1-looking hex")
    fb.header("user-agent", "Singular/v12.4.0")
    fb.respond(200, "application/json", jsb({"status": "ok"}))
    return fb.build()
