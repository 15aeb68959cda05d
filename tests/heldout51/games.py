"""Mobile games: match timers, replays with camera yaw / pitch (decoys), and
rewarded ads through Unity Ads, whose ad request carries advertisingTrackingId
and androidId (Unity Ads SDK parameter list, Unity-Technologies/unity-ads-android
docs "All Parameters").
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import mk, ms, rf, rid

API = "https://game.lanqiu-hero.com"


def match_timer(c: Context) -> Flow:
    b = mk(c, "game", "POST", f"{API}/match/end", "LanqiuHero", "1.9.0")
    b.decoy("match duration timer and scores")
    b.json(
        {
            "match_id": rid(c.rng),
            "duration_s": c.rng.randint(60, 900),
            "score": [c.rng.randint(0, 99), 77],
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def replay(c: Context) -> Flow:
    b = mk(c, "game", "POST", f"{API}/replay/upload", "LanqiuHero", "1.9.0")
    b.decoy("replay keyframes with camera yaw/pitch/roll and player positions")
    b.json(
        {
            "frames": [
                {
                    "t": i * 33,
                    "cam": {
                        "yaw": rf(c.rng, -180, 180, 2),
                        "pitch": rf(c.rng, -30, 30, 2),
                        "roll": 0,
                    },
                    "pos": [rf(c.rng, 0, 28, 2), rf(c.rng, 0, 15, 2)],
                }
                for i in range(12)
            ]
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def rewarded_event(c: Context) -> Flow:
    b = mk(c, "unityads", "POST", "https://auiopt.unityads.unity3d.com/v1/events")
    b.decoy("rewarded ad video_complete event: an ad impression, not the user's viewing history")
    b.json(
        {
            "event": "video_complete",
            "placementId": "rewardedVideo",
            "sessionId": rid(c.rng),
            "ts": ms(c),
        }
    )
    b.ok_json({})
    return b.build()


def unity_ad_request(c: Context) -> Flow:
    b = mk(c, "unityads", "POST", "https://auction.unityads.unity3d.com/v6/games/5112233/requests")
    b.json(
        {
            "advertisingTrackingId": b.id("gaid", where="json advertisingTrackingId"),
            "androidId": b.id("aid_game", where="json androidId"),
            "limitAdTracking": False,
            "deviceMake": "Xiaomi",
            "deviceModel": "23124RA7EO",
            "placements": {"rewardedVideo": {}},
            "idfi": b.id("game_install", where="json idfi (Unity install id)"),
        }
    )
    b.ok_json({"placements": {"rewardedVideo": {"mediaId": new_hex(c.rng, 24)}}})
    return b.build()
