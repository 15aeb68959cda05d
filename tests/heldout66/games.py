"""Casual games: a 3D runner and a mahjong game.

Decoys: the game camera's yaw/pitch/roll telemetry ("head" means the
character's), leaderboards with score series. Real device ids: Unity Ads
(`POST https://publisher-config.unityads.unity3d.com/games/{gameId}/
configuration` and the ad request with `advertisingTrackingId` (IDFA),
`vendorIdentifier` (IDFV) and `installationId`, per the open-source
unity-ads-ios DeviceInfo / ClientProperties).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, cfn, iso, ms, rf, rid


def camera_telemetry(c: Context) -> Flow:
    b = FB(c, "runner", "POST", "https://telemetry.lariluari-example.games/v1/frames")
    b.header("user-agent", cfn("LariLuari", "1.22"))
    b.json(
        {
            "level": c.rng.randint(1, 80),
            "cam": [
                {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 30, 2), "roll": 0.0}
                for _ in range(8)
            ],
            "headPose": {"x": rf(c.rng, -5, 5), "y": rf(c.rng, 0, 2), "z": rf(c.rng, -5, 5)},
            "fps": c.rng.randint(55, 60),
        }
    )
    b.no_content()
    b.decoy("game camera yaw/pitch and the avatar's head pose")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "mahjong", "GET", "https://api.mahjongkaki-example.com/lb/weekly")
    b.header("user-agent", cfn("MahjongKaki", "210"))
    b.ok_json(
        {
            "top": [
                {
                    "nick": n,
                    "score": c.rng.randint(1000, 99999),
                    "fan": [c.rng.randint(0, 8) for _ in range(6)],
                }
                for n in ("AhBoy", "小龙", "MakCik99")
            ],
            "seasonId": new_hex(c.rng, 12),
        }
    )
    b.decoy("leaderboard and score series")
    return b.build()


def unity_ads(c: Context) -> Flow:
    b = FB(
        c,
        "unity-ads",
        "POST",
        "https://auction.unityads.unity3d.com/v6/games/5011223/requests",
        [("platform", "ios"), ("sdkVersion", "4120")],
    )
    b.header("user-agent", cfn("LariLuari", "1.22"))
    b.json(
        {
            "advertisingTrackingId": b.id("idfa", how="lower", where="body.advertisingTrackingId"),
            "limitAdTracking": False,
            "vendorIdentifier": b.id("idfv_game", where="body.vendorIdentifier"),
            "installationId": b.id("unity_install", where="body.installationId"),
            "deviceModel": "iPhone15,4",
            "osVersion": "17.5.1",
            "screenWidth": 393,
            "screenHeight": 852,
            "connectionType": "wifi",
            "timestamp": ms(c),
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
            "auctionId": rid(c.rng),
        }
    )
    b.ok_json(
        {"correlationId": rid(c.rng), "placements": {"rewardedVideo": "fill"}, "expiresAt": iso(c)}
    )
    return b.build()


def unity_opaque(c: Context) -> Flow:
    b = FB(c, "runner", "POST", "https://telemetry.lariluari-example.games/v1/s")
    b.header("user-agent", cfn("LariLuari", "1.22"))
    b.json({"s": b.id("idfa", how="b64", where="body.s", detectable=False), "e": "lvl_up"})
    b.no_content()
    return b.build()


DEV = [unity_ads, unity_ads, unity_opaque]
