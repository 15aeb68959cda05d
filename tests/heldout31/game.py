"""An in-car parked-mode game with Unity Ads (fictional "Laddkö Racer").

Unity Ads requests as its public parameter reference documents them
(Unity-Technologies unity-ads docs "parameters.md": configuration request and
ad request with advertisingTrackingId, limitAdTracking, androidId in the query
string; video events with the same keys in a JSON body). The game's own
backend sends an install id. Decoys: the camera's yaw/pitch, lap times.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, rf, rid, ua

GAME_ID = "5518230"
UA = "Mozilla/5.0 (Linux; Android 13; Polestar 2; wv) AppleWebKit/537.36 Chrome/120.0 Mobile"


def _ids(b: FB, where: str) -> list[tuple[str, str]]:
    return [
        ("advertisingTrackingId", b.id("gaid", where=f"{where} advertisingTrackingId")),
        ("limitAdTracking", "false"),
        ("androidId", b.id("aid_game", where=f"{where} androidId")),
    ]


def unity_config(ctx: Context) -> Flow:
    url = f"https://publisher-config.unityads.unity3d.com/games/{GAME_ID}/configuration"
    b = FB(ctx, "unity-ads", "GET", url)
    b.header("user-agent", UA)
    for k, v in [("bundleId", "se.laddko.racer"), ("encrypted", "true"), ("rooted", "false"),
                 ("platform", "android"), ("sdkVersion", "4120"), ("osVersion", "13"),
                 ("deviceModel", "Polestar 2"), ("language", "sv_SE"), ("test", "false"),
                 ("deviceMake", "Polestar")]:  # fmt: skip
        b.param(k, v)
    b.params += _ids(b, "query")
    b.ok_json({"enabled": True, "placements": [{"id": "rewardedVideo"}]})
    return b.build()


def unity_ad_request(ctx: Context) -> Flow:
    url = f"https://auction.unityads.unity3d.com/v4/games/{GAME_ID}/requests"
    b = FB(ctx, "unity-ads", "POST", url)
    b.header("user-agent", UA)
    b.params += _ids(b, "query")
    for k, v in [("auctionId", rid(ctx.rng)), ("deviceMake", "Polestar"), ("platform", "android"),
                 ("screenWidth", "1920"), ("screenHeight", "1080"), ("connectionType", "cellular"),
                 ("stores", "google"), ("sdkVersion", "4120")]:  # fmt: skip
        b.param(k, v)
    b.json(
        {
            "bundleId": "se.laddko.racer",
            "language": "sv_SE",
            "timeZone": "Europe/Stockholm",
            "gameSessionId": int(new_digits(ctx.rng, 12, "7")),
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
            "volume": 8,
        }
    )
    b.ok_json({"correlationId": rid(ctx.rng), "media": {}})
    return b.build()


def unity_video_event(ctx: Context) -> Flow:
    ev = ctx.rng.choice(["start", "first_quartile", "midpoint", "complete"])
    b = FB(ctx, "unity-ads", "POST", f"https://tracking.prd.mz.internal.unity3d.com/operative/{ev}")
    b.header("user-agent", UA)
    ids = dict(_ids(b, "body"))
    b.json(
        {
            "eventId": rid(ctx.rng),
            "auctionId": rid(ctx.rng),
            "advertisingTrackingId": ids["advertisingTrackingId"],
            "limitAdTracking": False,
            "androidId": ids["androidId"],
            "placementId": "rewardedVideo",
            "deviceMake": "Polestar",
            "bundleId": "se.laddko.racer",
        }
    )
    b.no_content()
    return b.build()


def game_login(ctx: Context) -> Flow:
    b = FB(ctx, "laddko", "POST", "https://api.laddko-racer.com/v1/session")
    b.header("user-agent", ua("LaddkoRacer", "1.8.2"))
    b.json({"installId": b.id("game_install", where="body installId"), "build": 182})
    b.ok_json({"session": rid(ctx.rng)})
    return b.build()


def race_telemetry(ctx: Context) -> Flow:
    """Decoy: the chase camera's yaw/pitch and lap times."""
    rng = ctx.rng
    b = FB(ctx, "laddko", "POST", "https://api.laddko-racer.com/v1/race")
    b.header("user-agent", ua("LaddkoRacer", "1.8.2"))
    b.decoy("game camera yaw/pitch, lap times")
    b.json(
        {
            "track": rng.choice(["Gotland Ring", "Vikersund"]),
            "laps": [rf(rng, 58, 75, 3) for _ in range(3)],
            "camera": {"yaw": rf(rng, -180, 180, 1), "pitch": rf(rng, -30, 10, 1), "fov": 75},
            "steeringHistogram": [rng.randint(0, 40) for _ in range(10)],
        }
    )
    b.ok_json({"rank": rng.randint(1, 9000)})
    return b.build()
