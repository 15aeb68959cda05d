"""Lumo, an Instagram-like social app: Reels, AR face effects, Facebook app events.

Sources: Facebook iOS SDK (facebook/facebook-ios-sdk, FBSDKAppEvents, FBSDKAppEventsUtility,
FBSDKGraphRequestBody): POST graph.facebook.com/vNN/{app-id}/activities as multipart form
with event=CUSTOM_APP_EVENTS, custom_events (JSON array with _eventName / _logTime),
advertiser_id, advertiser_tracking_enabled, anon_id ("XZ" + UUID), extinfo (JSON array,
"i2" first). Meta's "ViewContent" standard event is fb_mobile_content_view with
fb_content_type / fb_content_id. The in-house backend mimics a private API's
`signed_body=SIGNATURE.{json}` forms; its key names are our own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js, multipart

from .phone import FB, floats, ms, points, rf, rid, ua

API = "https://i.lumo-social.com/api/v1"
APP_ID = "1893047712256310"
BOUNDARY = "3i2ndDfv2rTHiSisAbouNdArYfORhtTPEefj3q2f"
UA = ua("Lumo", "312.1.0", "548811")


def _b(c: Context, method: str, url: str, sdk: str = "lumo") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    b.header("x-lumo-app-id", "567067343352427")
    return b


def _signed(b: FB, obj: dict) -> None:
    b.form([("signed_body", "SIGNATURE." + js(obj))])


def _media(c: Context) -> str:
    return f"{c.rng.randint(3 * 10**18, 3 * 10**18 + 10**17)}_{b_user(c)}"


def b_user(c: Context) -> str:
    return c.phone.social_user


def reels_seen(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/clips/write_seen_state/")
    b.header("x-lumo-device-id", b.id("idfv_social", where="header x-lumo-device-id"))
    impressions = {
        _media(c): {
            "watch_time_ms": c.rng.randint(1500, 60000),
            "loops": c.rng.randint(0, 4),
            "view_progress_s": rf(c.rng, 1, 59, 2),
            "ts": int(c.now) - i * 17,
        }
        for i in range(c.rng.randint(2, 5))
    }
    _signed(
        b,
        {
            "_uuid": b.id("idfv_social", where="body signed_body._uuid"),
            "reel_impressions": impressions,
            "container_module": "clips_viewer_clips_tab",
        },
    )
    b.view("body signed_body.reel_impressions watch_time_ms/loops")
    b.ok_json({"status": "ok"})
    return b.build()


def reels_watch_batch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/logging/clips_consumption/")
    rows = [
        {
            "clipId": _media(c),
            "dwellMs": c.rng.randint(900, 45000),
            "replays": c.rng.randint(0, 3),
            "endedAt": ms(c) - i * 21000,
            "audioOn": c.rng.random() < 0.7,
        }
        for i in range(c.rng.randint(3, 7))
    ]
    b.json({"session": rid(c.rng), "consumption": rows}, "gzip")
    b.view("body consumption[].clipId dwellMs replays")
    b.no_content()
    return b.build()


def fb_app_events(c: Context, video: bool = True) -> Flow:
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v17.0/{APP_ID}/activities")
    b.header("user-agent", "FBiOSSDK.17.0.2")
    b.header("accept-language", "en-GB")
    ev: dict = {
        "_logTime": int(c.now),
        "_ui": "UITabBarController",
        "_session_id": rid(c.rng).upper(),
    }
    if video:
        ev |= {
            "_eventName": "fb_mobile_content_view",
            "fb_content_type": "video",
            "fb_content_id": f"reel_{c.rng.randint(10**16, 10**17)}",
            "fb_description": "Reels",
        }
        b.view("multipart custom_events[].fb_mobile_content_view fb_content_type=video")
    else:
        ev |= {"_eventName": "fb_mobile_activate_app", "fb_mobile_launch_source": "Unclassified"}
    extinfo = [
        "i2",
        "com.lumo.social",
        "548811",
        "312.1.0",
        "17.5.1",
        "iPhone15,2",
        "en_GB",
        "CEST",
        "Vodafone",
        "393",
        "852",
        "3.00",
        "6",
        "119",
        "94",
        "Europe/Stockholm",
    ]
    fields = [
        ("event", "CUSTOM_APP_EVENTS"),
        ("custom_events", js([ev])),
        ("advertiser_id", b.id("idfa", where="multipart advertiser_id")),
        ("advertiser_tracking_enabled", "1"),
        ("anon_id", b.id("fb_anon_id", where="multipart anon_id")),
        ("application_tracking_enabled", "1"),
        ("extinfo", js(extinfo)),
        ("format", "json"),
        ("sdk", "ios"),
        ("include_headers", "false"),
    ]
    parts = [(k, None, None, v.encode()) for k, v in fields]
    b.set_body(multipart(BOUNDARY, parts), f"multipart/form-data; boundary={BOUNDARY}", "gzip")
    b.ok_json({"success": True})
    return b.build()


def effect_face_tracking(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/creatives/ar_effect_session/")
    tracker = {
        "trackerVersion": "fbar-ft-5.2",
        "faceCount": 1,
        "faces": [
            {
                "landmarks2d": points(c.rng, 68),
                "blendshapes": {
                    k: rf(c.rng, 0, 1, 3)
                    for k in (
                        "eyeBlink_L",
                        "eyeBlink_R",
                        "jawOpen",
                        "mouthSmile_L",
                        "mouthSmile_R",
                        "browInnerUp",
                    )
                },
                "rotation": [rf(c.rng, -20, 20, 2) for _ in range(3)],
            }
        ],
    }
    _signed(
        b,
        {
            "effect_id": str(c.rng.randint(10**15, 10**16)),
            "duration_ms": c.rng.randint(3000, 40000),
            "face_tracker": tracker,
        },
    )
    b.bio("face_landmarks", "body signed_body.face_tracker.faces[].landmarks2d/blendshapes")
    b.ok_json({"status": "ok"})
    return b.build()


def effect_mesh_debug(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/creatives/effect_quality_report/")
    b.json(
        {
            "effect": "glitter_freckles_v3",
            "fps": rf(c.rng, 24, 60, 1),
            "meshVerts": c.rng.choice([468, 1220]),
            "faceGeometry": {"vertices_b64": b64(bytes(c.rng.randrange(256) for _ in range(240)))},
            "expressionCoeffs": floats(c.rng, 52, 4),
        }
    )
    b.bio("face_mesh", "body faceGeometry.vertices_b64 + expressionCoeffs")
    b.ok_json({"ok": 1})
    return b.build()


def effect_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/creatives/effect_state/")
    blob = bytes(c.rng.randrange(256) for _ in range(700))
    b.json({"e": str(c.rng.randint(10**15, 10**16)), "s": b64(blob), "v": 3})
    b.bio("face_landmarks", "body s (encrypted tracker state)", detectable=False)
    b.ok_json({"ok": 1})
    return b.build()


def launcher_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/launcher/mobileconfig/")
    b.form(
        [
            ("bool_opt_policy", "0"),
            ("api_version", "10"),
            ("device_id", b.id("idfv_social", where="form device_id")),
            ("unit_type", "2"),
            ("query_hash", rid(c.rng).replace("-", "")),
        ]
    )
    b.ok_json({"configs": {"40010": {"v": 1}}})
    return b.build()
