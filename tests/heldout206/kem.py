"""LaoKart: a kart racing game with Unity Ads (the son's Redmi 13C).

The Unity Ads SDK asks its auction for an ad with the device's
`advertisingTrackingId`, `limitAdTracking` and the SDK's own install id
(`idfi`). The game sends its login with the ANDROID_ID, and race telemetry:
lap times, kart speed and the chase camera's yaw / pitch (game state, not a
person's face or viewing).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, dalvik, ms, rf, rid, ua

API = "https://game.laokart.example"
UA = ua("LaoKart", "1.8.3", "luksai")
GAME_ID = "5521307"
TRACKS = ["vientiane_night", "vang_vieng_cliffs", "mekong_bridge", "luang_prabang_hill"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "laokart", method, url)
    b.header("user-agent", UA)
    return b


def unity_ad_request(c: Context) -> Flow:
    b = FB(
        c, "unity-ads", "POST", f"https://auction.unityads.unity3d.com/v6/games/{GAME_ID}/requests"
    )
    b.header("user-agent", dalvik("luksai"))
    b.param("deviceModel", "23108RN04Y")
    b.param("platform", "android")
    b.param("sdkVersion", "4120")
    b.json(
        {
            "advertisingTrackingId": b.id("gaid_luksai", where="json advertisingTrackingId"),
            "limitAdTracking": False,
            "idfi": b.id("kem_idfi", where="json idfi"),
            "gameSessionId": c.rng.randint(10**12, 10**13),
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"], "allowSkip": False}},
            "deviceMake": "Xiaomi",
            "screenWidth": 720,
            "screenHeight": 1600,
            "language": "lo_LA",
            "timeZone": "Asia/Vientiane",
        }
    )
    b.ok_json(
        {
            "correlationId": rid(c.rng),
            "placements": {"rewardedVideo": "mediaId-" + str(c.rng.randint(10**5, 10**6))},
        }
    )
    return b.build()


def unity_config(c: Context) -> Flow:
    b = FB(
        c,
        "unity-ads",
        "GET",
        "https://config.unityads.unity3d.com/webview/4.12.0/release/config.json",
    )
    b.header("user-agent", dalvik("luksai"))
    b.ok_json(
        {
            "url": "https://webview.unityads.unity3d.com/webview/4.12.0/release/index.html",
            "hash": rid(c.rng),
        }
    )
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/auth/guest")
    b.json(
        {
            "androidId": b.id("aid_kem", where="json androidId"),
            "player": b.acct("kem_user"),
            "v": "1.8.3",
        }
    )
    b.ok_json({"token": rid(c.rng), "coins": c.rng.randint(0, 9000)})
    return b.build()


def race_telemetry(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/race/telemetry")
    b.decoy("chase camera yaw/pitch and kart position (game state)")
    b.json(
        {
            "track": c.rng.choice(TRACKS),
            "lap": c.rng.randint(1, 3),
            "lapMs": c.rng.randint(40000, 90000),
            "samples": [
                {
                    "t": i * 250,
                    "pos": [rf(c.rng, -200, 200, 2), rf(c.rng, 0, 5, 2), rf(c.rng, -200, 200, 2)],
                    "speed": rf(c.rng, 20, 140, 1),
                    "camYaw": rf(c.rng, -180, 180, 1),
                    "camPitch": rf(c.rng, -20, 10, 1),
                }
                for i in range(4)
            ],
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/leaderboard?track={c.rng.choice(TRACKS)}")
    b.ok_json(
        {
            "top": [
                {"name": n, "ms": c.rng.randint(40000, 60000)}
                for n in ("Kham", "Noy", "Bee", "Tui")
            ]
        }
    )
    return b.build()
