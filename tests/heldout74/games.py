"""Two casual games the admin plays on the train, with Unity Ads and GameAnalytics.

Unity Ads: the configuration request and the ad request carry
advertisingTrackingId, limitAdTracking, androidId and the SDK's install id
`idfi` (parameter table of the Unity Ads SDK, as documented in the
Unity-Technologies unity-ads SDK parameter docs: "advertisingTrackingId:
Advertising identifier in raw format", "androidId: Android ID"). GameAnalytics
REST API v2 (gameanalytics.com/docs/item/rest-api-doc: POST /v2/{game_key}/events,
gzip JSON array; fields user_id, google_aid, android_id, session_id, v,
client_ts, category). Decoys: 3-D camera yaw/pitch, avatar face-shape
sliders, leaderboards, in-app purchase receipts.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import order_no

from .phone import FB, dalvik, iso, rf, rid

GAME = "5012744"
GA_KEY = "c6a2b1f0e8d94c5f8f1b2a3c4d5e6f70"


def unity_config(c: Context) -> Flow:
    b = FB(
        c,
        "unityads",
        "GET",
        f"https://publisher-config.unityads.unity3d.com/games/{GAME}/configuration",
    )
    b.param("bundleId", "ie.cnocgames.tilecrush")
    b.param("encrypted", "false")
    b.param("rooted", "false")
    b.param("platform", "android")
    b.param("sdkVersion", "4120")
    b.param("osVersion", "14")
    b.param("deviceMake", "samsung")
    b.param("deviceModel", "SM-S911B")
    b.param("language", "en_IE")
    b.param("advertisingTrackingId", b.id("gaid", where="query.advertisingTrackingId"))
    b.param("limitAdTracking", "false")
    b.param("androidId", b.id("aid_game", where="query.androidId"))
    b.param("idfi", c.phone.unity_idfi)
    b.other_id("unity_idfi", "query.idfi")
    b.header("user-agent", dalvik())
    b.ok_json(
        {
            "enabled": True,
            "country": "IE",
            "placements": [{"id": "rewardedVideo", "adTypes": ["VIDEO"]}],
        }
    )
    return b.build()


def unity_ad_request(c: Context) -> Flow:
    b = FB(c, "unityads", "POST", f"https://auction.unityads.unity3d.com/v6/games/{GAME}/requests")
    b.param("deviceModel", "SM-S911B")
    b.param("platform", "android")
    b.param("sdkVersion", "4120")
    b.json(
        {
            "advertisingTrackingId": b.id("gaid", where="body.advertisingTrackingId"),
            "limitAdTracking": False,
            "idfi": c.phone.unity_idfi,
            "deviceMake": "samsung",
            "screenWidth": 1080,
            "screenHeight": 2340,
            "connectionType": "wifi",
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"], "allowSkip": False}},
            "auctionId": rid(c.rng),
        }
    )
    b.other_id("unity_idfi", "body.idfi")
    b.ok_json(
        {"auctionId": rid(c.rng), "media": {new_hex(c.rng, 12): {"contentType": "comet/video"}}}
    )
    return b.build()


def gameanalytics(c: Context) -> Flow:
    b = FB(c, "gameanalytics", "POST", f"https://api.gameanalytics.com/v2/{GA_KEY}/events")
    ev = {
        "category": c.rng.choice(["user", "session_end", "progression", "design"]),
        "v": 2,
        "user_id": b.id("gaid", where="body[].user_id"),
        "google_aid": b.id("gaid", where="body[].google_aid"),
        "android_id": b.id("aid_game", where="body[].android_id"),
        "session_id": new_uuid(c.rng),
        "session_num": c.rng.randint(1, 300),
        "client_ts": int(c.now),
        "sdk_version": "android 6.4.1",
        "os_version": "android 14",
        "manufacturer": "samsung",
        "device": "SM-S911B",
        "platform": "android",
        "build": "2.8.0",
    }
    b.json([ev], encoding="gzip")
    b.header("authorization", b64_sig(c))
    b.ok_json({"status": "ok"})
    return b.build()


def b64_sig(c: Context) -> str:
    return new_hex(c.rng, 22) + "=="


def camera_telemetry(c: Context) -> Flow:
    b = FB(c, "tilecrush", "POST", "https://telemetry.cnocgames.example/v1/frames")
    b.json(
        {
            "level": c.rng.randint(1, 300),
            "camera": [
                {
                    "t": i * 100,
                    "yaw": rf(c.rng, -180, 180, 2),
                    "pitch": rf(c.rng, -30, 60, 2),
                    "roll": 0.0,
                    "fov": 60,
                }
                for i in range(12)
            ],
            "fps": [c.rng.randint(50, 61) for _ in range(12)],
        }
    )
    b.no_content()
    b.decoy("game camera yaw / pitch / roll samples and frame rates (not a head pose)")
    return b.build()


def avatar_save(c: Context) -> Flow:
    b = FB(c, "tilecrush", "PUT", "https://api.cnocgames.example/v2/profile/avatar")
    sliders = {
        k: rf(c.rng, 0, 1, 3)
        for k in (
            "faceShape",
            "jawWidth",
            "eyeSize",
            "eyeSpacing",
            "noseLength",
            "mouthWidth",
            "browHeight",
            "cheekFullness",
        )
    }
    b.json(
        {
            "avatarId": new_uuid(c.rng),
            "skinTone": c.rng.randint(1, 12),
            "hair": "bob_02",
            "faceSliders": sliders,
            "expression": c.rng.choice(["smile", "wink", "neutral"]),
        }
    )
    b.ok_json({"saved": True})
    b.decoy(
        "cartoon avatar face-shape sliders chosen by hand in the editor (not measured from a face)"
    )
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(
        c,
        "tilecrush",
        "GET",
        "https://api.cnocgames.example/v2/leaderboards/weekly",
        [("around", "me"), ("n", "20")],
    )
    b.ok_json(
        {
            "entries": [
                {
                    "rank": i,
                    "name": f"player{c.rng.randint(100, 9999)}",
                    "score": c.rng.randint(1000, 90000),
                    "playTimeSec": c.rng.randint(60, 4000),
                }
                for i in range(1, 21)
            ]
        }
    )
    b.decoy("leaderboard with scores and play time (game play, not viewing)")
    return b.build()


def iap_receipt(c: Context) -> Flow:
    b = FB(c, "tilecrush", "POST", "https://api.cnocgames.example/v2/iap/verify")
    b.json(
        {
            "orderId": order_no(c.rng),
            "productId": "gems_500",
            "purchaseToken": new_hex(c.rng, 60),
            "purchaseTime": int(c.now * 1000),
            "priceMicros": 4990000,
            "currency": "EUR",
        }
    )
    b.ok_json({"valid": True, "grant": {"gems": 500}})
    b.decoy("in-app purchase receipt: order number and purchase token")
    return b.build()


def level_progress(c: Context) -> Flow:
    b = FB(c, "tilecrush", "POST", "https://api.cnocgames.example/v2/progress")
    b.json(
        {
            "level": c.rng.randint(1, 300),
            "stars": c.rng.randint(0, 3),
            "moves": c.rng.randint(5, 40),
            "durationSec": c.rng.randint(30, 400),
            "completedAt": iso(c),
            "saveSlot": new_digits(c.rng, 2),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("game level progress with duration")
    return b.build()
