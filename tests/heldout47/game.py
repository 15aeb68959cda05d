"""Unity games: level timers, replays with camera yaw/pitch, rewarded-ad
completion, and Unity Ads itself, whose ad request sends
`advertisingTrackingId` and `androidId` (Unity Ads parameter docs in
Unity-Technologies/unity-ads-android, "All Parameters")."""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow

from .phone import app, ms, rf, rid

API = "https://api.puzzle-example.pl/v2"


def level_done(c: Context) -> Flow:
    b = app(c, "game", "POST", f"{API}/poziom/ukonczony")
    b.json(
        {
            "poziom": c.rng.randint(1, 400),
            "czasMs": c.rng.randint(8000, 300000),
            "limitCzasuMs": 300000,
            "gwiazdki": c.rng.randint(0, 3),
        }
    )
    b.ok_json({"nagroda": 50})
    b.decoy("level time vs time limit: a game timer")
    return b.build()


def replay(c: Context) -> Flow:
    b = app(c, "game", "POST", f"{API}/powtorki")
    cams = [
        {"t": i * 33, "yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 60, 2)}
        for i in range(10)
    ]
    b.json(
        {"replayId": rid(c.rng), "kamera": cams, "ruchy": [c.rng.randint(0, 8) for _ in range(30)]}
    )
    b.ok_json({"ok": True})
    b.decoy("replay with in-game camera yaw/pitch: a virtual camera, no head pose")
    return b.build()


def reward(c: Context) -> Flow:
    b = app(c, "game", "POST", f"{API}/nagrody/reklama")
    b.json(
        {
            "placement": "rewardedVideo",
            "obejrzano": True,
            "ukonczonoMs": c.rng.randint(15000, 30000),
            "nagroda": "10_monet",
            "ts": ms(c),
        }
    )
    b.ok_json({"monety": c.rng.randint(10, 900)})
    b.decoy("'watched ad for reward' completion: an ad impression for coins, not viewing history")
    return b.build()


def unity_ad_request(c: Context) -> Flow:
    b = app(c, "unityads", "POST", "https://auction.unityads.unity3d.com/v6/games/5123456/requests")
    b.param("deviceModel", "Pixel 8")
    b.param("platform", "android")
    b.json(
        {
            "advertisingTrackingId": b.id("gaid", where="json:advertisingTrackingId"),
            "limitAdTracking": False,
            "androidId": b.id("aid_game", where="json:androidId"),
            "idfi": b.id("unity_idfi", where="json:idfi"),
            "deviceMake": "Google",
            "screenWidth": 1080,
            "screenHeight": 2400,
            "placements": {"rewardedVideo": {}},
        }
    )
    b.ok_json({"placements": {"rewardedVideo": rid(c.rng)}, "media": {}})
    return b.build()


def unity_config(c: Context) -> Flow:
    b = app(
        c,
        "unityads",
        "GET",
        "https://publisher-config.unityads.unity3d.com/games/5123456/configuration",
    )
    b.param("sdkVersion", "4120")
    b.param("ts", str(ms(c)))
    b.ok_json(
        {
            "enabled": True,
            "placements": [{"id": "rewardedVideo", "allowSkip": False}],
            "token": base64.b64encode(rid(c.rng).encode()).decode(),
        }
    )
    b.decoy("ad configuration: placements and a server token")
    return b.build()
