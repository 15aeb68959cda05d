"""Games on his break: a 3D parkade racer and a ludo / dice game, both monetised
with Unity Ads (and the racer with AppLovin MAX mediation).

Unity Ads request fields after Unity-Technologies/unity-ads-android
(DeviceInfo: advertisingTrackingId, limitAdTracking, androidId; ClientProperties
/ idfi install id) sent to auction.unityads.unity3d.com; an AppLovin-style
event to ms.applovin.com (keys modelled on published traffic captures, not
checked against SDK source). Decoys: camera yaw/pitch, dice faces, leaderboards,
score series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode

from .phone import FB, floats, ms, rf, rid, ua

RACER = "https://api.parkaderush.games/v1"
UA = ua("ParkadeRush", "1.14.0")


def unity_auction(c: Context) -> Flow:
    b = FB(c, "unity-ads", "POST", "https://auction.unityads.unity3d.com/v6/games/5123456/requests")
    b.header("user-agent", UA)
    b.other_id("game_install", "json:idfi")
    lat = c.rng.random() < 0.1
    b.json(
        {
            "advertisingTrackingId": b.id("gaid", where="json:advertisingTrackingId"),
            "limitAdTracking": lat,
            "androidId": b.id("aid_game", where="json:androidId"),
            "idfi": c.phone.game_install,
            "deviceMake": "samsung",
            "deviceModel": c.phone.model,
            "connectionType": "wifi",
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
            "sessionDepth": c.rng.randint(1, 20),
        }
    )
    b.ok_json({"auctionId": rid(c.rng), "placements": {}})
    return b.build()


def applovin_event(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms.applovin.com/1.0/event/landing")
    b.header("user-agent", UA)
    b.json(
        {
            "device_info": {
                "idfa": b.id("gaid", where="json:device_info.idfa"),
                "dnt": False,
                "brand": "samsung",
                "model": c.phone.model,
                "os": "14",
            },
            "app_info": {
                "package_name": "games.parkaderush",
                "installed_at": ms(c) // 1000 - 86400 * 9,
            },
        },
        "gzip",
    )
    b.ok_json({"results": []})
    return b.build()


def ad_opaque(c: Context) -> Flow:
    b = FB(c, "parkaderush", "POST", RACER + "/t")
    b.header("user-agent", UA)
    raw = b.id_raw("gaid", "xor5_hex", "opaque: body field z (xor-5 hex)")
    b.json({"z": encode(raw, "xor5_hex"), "k": 5})
    b.no_content()
    return b.build()


def camera_state(c: Context) -> Flow:
    b = FB(c, "parkaderush", "POST", RACER + "/replay/ghost")
    b.header("user-agent", UA)
    b.decoy("chase-camera yaw/pitch/roll and car positions of a ghost replay: a game's 3D state")
    frames = [
        {"t": i * 50, "yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 10, 2),
         "roll": rf(c.rng, -5, 5, 2), "pos": [rf(c.rng, 0, 300, 2), 0.0, rf(c.rng, 0, 300, 2)]}
        for i in range(12)
    ]  # fmt: skip
    b.json({"track": "sandton-p4", "lapMs": c.rng.randint(50000, 90000), "frames": frames})
    b.ok_json({"rank": c.rng.randint(1, 5000)})
    return b.build()


def dice_roll(c: Context) -> Flow:
    b = FB(c, "ludo-za", "POST", "https://play.ludoking-za.games/api/roll")
    b.header("user-agent", ua("LudoZA", "2.0.7"))
    b.decoy("dice roll: 'face' is the die face shown, not a person's face")
    b.json(
        {
            "matchId": rid(c.rng),
            "player": 2,
            "face": c.rng.randint(1, 6),
            "seq": c.rng.randint(1, 80),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "parkaderush", "GET", RACER + "/leaderboard/weekly")
    b.header("user-agent", UA)
    b.decoy("leaderboard with nicknames and lap times")
    b.ok_json(
        {
            "top": [
                {"nick": f"racer{c.rng.randint(1, 9999)}", "lapMs": c.rng.randint(48000, 60000)}
                for _ in range(10)
            ]
        }
    )
    return b.build()


def tuning(c: Context) -> Flow:
    b = FB(c, "parkaderush", "POST", RACER + "/garage/tune")
    b.header("user-agent", UA)
    b.decoy("car-tuning feature vector (suspension, gear ratios): floats without face context")
    b.json({"car": "hatch-gti", "params": floats(c.rng, 32, 3), "embeddingVersion": 2})
    b.ok_json({"ok": True})
    return b.build()
