"""A casual mobile game ("Tile Dash") with Unity Ads and AppLovin MAX.

- Unity Ads auction v6: POST auction.unityads.unity3d.com/v6/games/{gameId}/requests
  with idfi, advertisingTrackingId, limitAdTracking, deviceMake, deviceModel in
  the query string and a JSON body (bundleId, bundleVersion, coppa...)
  (Unity-Technologies unity-ads-webview AuctionRequest / CampaignManager;
  TrackHAR unity adapter). Events to httpkafka.unityads.unity3d.com/v1/events
  as NDJSON lines {"type": "ads.analytics.appStart.v2", "msg": {...}}.
- AppLovin MAX mediation: gzip JSON with device_info (idfa, dnt, brand, model)
  and the SDK's own install id.
- In-house: camera yaw/pitch and level telemetry, leaderboards (decoys).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, ms, rf, rid, ua

GAME_ID = "5172943"
UA = ua("TileDash", "1.48.3")


def unity_auction(c: Context) -> Flow:
    b = FB(
        c, "unityads", "POST", f"https://auction.unityads.unity3d.com/v6/games/{GAME_ID}/requests"
    )
    b.params = [
        ("idfi", b.id("unity_idfi", where="query.idfi")),
        ("advertisingTrackingId", b.id("gaid", where="query.advertisingTrackingId")),
        ("limitAdTracking", "false"),
        ("deviceModel", "Pixel 8a"),
        ("platform", "android"),
        ("sdkVersion", "4120"),
        ("stores", "google"),
        ("deviceMake", "Google"),
        ("screenWidth", "1080"),
        ("screenHeight", "2400"),
        ("connectionType", "cellular"),
    ]
    b.json(
        {
            "bundleId": "com.tiledash.game",
            "bundleVersion": "1.48.3",
            "coppa": False,
            "language": "en_GB",
            "timeZone": "+0000",
            "placements": {"rewardedVideo": {}},
            "sessionDepth": c.rng.randint(1, 30),
        }
    )
    b.ok_json({"auctionId": rid(c.rng), "placements": {}})
    return b.build()


def unity_events(c: Context) -> Flow:
    b = FB(c, "unityads", "POST", "https://httpkafka.unityads.unity3d.com/v1/events")
    common = {
        "common": {
            "gameId": GAME_ID,
            "advertisingId": b.id("gaid", where="ndjson.common.advertisingId"),
            "deviceMake": "Google",
            "platform": "android",
        }
    }
    lines = [
        js(common),
        js({"type": "ads.analytics.appStart.v2", "msg": {"ts": ms(c), "nAppStartDay": 1}}),
    ]
    b.set_body(("\n".join(lines) + "\n").encode(), "application/json")
    b.ok_json({})
    return b.build()


def applovin(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms4.applovin.com/1.0/mediate")
    b.header("user-agent", UA)
    b.json(
        {
            "device_info": {
                "idfa": b.id("gaid", where="body.device_info.idfa"),
                "dnt": False,
                "brand": "google",
                "model": "Pixel 8a",
                "os": "14",
                "locale": "en_GB",
            },
            "app_info": {
                "package_name": "com.tiledash.game",
                "installer_name": "com.android.vending",
                "applovin_random_token": b.id(
                    "applovin_uid", where="body.app_info.applovin_random_token", detectable=False
                ),
            },
            "ad_format": "INTER",
            "ad_unit_id": "c3a8b2e41f90d7a5",
        },
        "gzip",
    )
    b.ok_json({"ads": []})
    return b.build()


def game_device(c: Context) -> Flow:
    b = FB(c, "tiledash", "POST", "https://api.tiledash-example.com/v2/player/login")
    b.header("user-agent", UA)
    b.header("x-device", b.id("aid_game", where="header.x-device"))
    b.json({"player": b.acct("game_user"), "platform": "gp"})
    b.ok_json({"session": rid(c.rng)})
    return b.build()


def camera_telemetry(c: Context) -> Flow:
    b = FB(c, "tiledash", "POST", "https://api.tiledash-example.com/v2/telemetry")
    frames = [
        {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 60, 2), "fov": 60}
        for _ in range(6)
    ]
    b.json(
        {
            "level": c.rng.randint(1, 400),
            "camera": frames,
            "fps": [c.rng.randint(50, 60) for _ in range(6)],
        }
    )
    b.decoy("game camera yaw/pitch")
    b.no_content()
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(
        c, "tiledash", "GET", "https://api.tiledash-example.com/v2/leaderboard", [("week", "46")]
    )
    b.ok_json(
        {"top": [{"name": f"player{i}", "score": c.rng.randint(1000, 99999)} for i in range(5)]}
    )
    b.decoy("leaderboard")
    return b.build()
