"""A casual 3D game ("Revontuli Run") with Unity Ads and its own backend.

Real SDK: Unity Ads Android 4.x: configuration GET publisher-config.unityads.
unity3d.com/games/{gameId}/configuration and ad requests POST auction.unityads.
unity3d.com/v4/games/{gameId}/requests with query parameters
advertisingTrackingId, limitAdTracking, deviceMake, deviceModel, idfi, per the
parameter table of Unity's unity-ads webview repository ("All Parameters":
advertisingTrackingId = advertising identifier in raw format, androidId).
The game's own backend stores camera yaw/pitch, an avatar's face sliders
(chosen, not measured), scores.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, ms, rf, rid, ua

GAME_ID = "5410937"
API = "https://api.revontulirun.com"
UA = ua("RevontuliRun", "1.42")


def unity_config(c: Context) -> Flow:
    url = f"https://publisher-config.unityads.unity3d.com/games/{GAME_ID}/configuration"
    params = [
        ("limitAdTracking", "false"),
        ("deviceMake", "Google"),
        ("deviceModel", "Pixel 7a"),
        ("platform", "android"),
        ("sdkVersionName", "4.12.2"),
    ]
    b = FB(c, "unityads", "GET", url, params)
    b.header("user-agent", UA)
    b.param("advertisingTrackingId", b.id("gaid", where="query advertisingTrackingId"))
    b.other_id("unity_install", "query idfi")
    b.param("idfi", c.phone.unity_install)
    b.param("androidId", b.id("aid_game", where="query androidId"))
    b.ok_json({"enabled": True, "country": "FI", "placements": [{"id": "rewardedVideo"}]})
    return b.build()


def unity_request(c: Context) -> Flow:
    url = f"https://auction.unityads.unity3d.com/v4/games/{GAME_ID}/requests"
    b = FB(c, "unityads", "POST", url)
    b.param("advertisingTrackingId", b.id("gaid", where="query advertisingTrackingId"))
    b.param("limitAdTracking", "false")
    b.param("deviceModel", "Pixel 7a")
    b.other_id("unity_install", "body idfi")
    b.json(
        {
            "idfi": c.phone.unity_install,
            "sessionDepth": c.rng.randint(1, 20),
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"placements": {}, "auctionId": rid(c.rng)})
    return b.build()


def ad_video_event(c: Context) -> Flow:
    b = FB(
        c,
        "unityads",
        "GET",
        f"https://tracking.prd.mz.internal.unity3d.com/operative/{new_hex(c.rng, 24)}",
        [
            ("eventType", c.rng.choice(["start", "first_quartile", "midpoint", "complete"])),
            ("auctionId", rid(c.rng)),
        ],
    )
    b.respond(200, "text/plain", b"")
    b.decoy("ad creative quartile beacon with auction id: an ad shown, not a person's viewing log")
    return b.build()


def camera_state(c: Context) -> Flow:
    b = FB(c, "revontuli", "POST", API + "/v1/replay/frames")
    b.header("user-agent", UA)
    frames = [
        {
            "t": i * 33,
            "yaw": rf(c.rng, -180, 180, 2),
            "pitch": rf(c.rng, -30, 60, 2),
            "roll": 0.0,
            "pos": [rf(c.rng, -50, 50, 2), rf(c.rng, 0, 5, 2), rf(c.rng, 0, 900, 2)],
        }
        for i in range(12)
    ]
    b.json({"runId": rid(c.rng), "camera": frames, "score": c.rng.randint(100, 99000)})
    b.ok_json({"ok": True})
    b.decoy("in-game camera yaw/pitch/roll replay frames (a game camera, not a head pose)")
    return b.build()


def avatar(c: Context) -> Flow:
    b = FB(c, "revontuli", "PUT", API + "/v1/avatar")
    b.header("user-agent", UA)
    face = {
        k: rf(c.rng, 0, 1, 2)
        for k in ["jawWidth", "eyeSize", "noseLength", "browHeight", "mouthWidth", "cheekFullness"]
    }
    b.json(
        {
            "faceShape": face,
            "skinTone": c.rng.randint(1, 12),
            "hair": "braid_03",
            "expression": c.rng.choice(["smile", "wink", "neutral"]),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("avatar's face sliders chosen in the editor (not measured from the player's face)")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "revontuli", "GET", API + f"/v1/leaderboard?season={c.rng.randint(1, 9)}&top=50")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "rows": [
                {"player": f"p{new_digits(c.rng, 6)}", "score": c.rng.randint(1000, 99000)}
                for _ in range(10)
            ]
        }
    )
    b.decoy("leaderboard of player ids and scores")
    return b.build()


def save_game(c: Context) -> Flow:
    b = FB(c, "revontuli", "POST", API + "/v1/save")
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("aid_game", where="header x-device-id"))
    b.json(
        {
            "coins": c.rng.randint(0, 9000),
            "level": c.rng.randint(1, 80),
            "savedAt": ms(c),
            "checksum": new_hex(c.rng, 40),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
