"""A casual game: level timers, replays, camera yaw/pitch, rewarded-ad
completions (decoys); Unity Ads' configuration request carries the GAID.

Unity Ads Android SDK: GET publisher-config.unityads.unity3d.com/games/{gameId}/configuration
and the ad request with `advertisingTrackingId`, `limitAdTracking`, `idfi`
(github.com/Unity-Technologies/unity-ads-android, DeviceInfo / ClientProperties).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import DALVIK, FB, ms, rid, ua

API = "https://api.kora-run.example"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "korarun", method, API + path)
    b.header("user-agent", ua("KoraRun", "1.18.0"))
    return b


def level(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/levels/complete")
    b.json(
        {
            "level": c.rng.randint(1, 300),
            "time_ms": c.rng.randint(10000, 300000),
            "stars": c.rng.randint(0, 3),
            "score": c.rng.randint(100, 99999),
        }
    )
    b.decoy("level time and score: a game timer")
    b.ok_json({"coins": c.rng.randint(0, 500)})
    return b.build()


def replay(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/replays")
    cam = [
        {
            "t": i * 100,
            "yaw": round(c.rng.uniform(-180, 180), 2),
            "pitch": round(c.rng.uniform(-30, 30), 2),
            "roll": 0.0,
        }
        for i in range(12)
    ]
    b.json(
        {
            "replay_id": rid(c.rng),
            "camera": cam,
            "watch_count": c.rng.randint(0, 20),
            "duration_ms": 1200,
        }
    )
    b.decoy(
        "game replay camera yaw/pitch/roll and replay watch_count: no head pose, no media history"
    )
    b.ok_json({"ok": True})
    return b.build()


def rewarded(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/rewards/claim")
    b.json(
        {
            "placement": "rewardedVideo",
            "watched_sec": 30,
            "completed": True,
            "reward": "lives",
            "ts": ms(c),
        }
    )
    b.decoy(
        "rewarded-ad completion (watched_sec of an ad): ad view for a reward, not viewing history"
    )
    b.ok_json({"lives": 5})
    return b.build()


def unity_config(c: Context) -> Flow:
    b = FB(
        c,
        "unity_ads",
        "GET",
        "https://publisher-config.unityads.unity3d.com/games/5521877/configuration",
    )
    b.header("user-agent", DALVIK)
    b.params += [
        ("advertisingTrackingId", b.id("gaid", where="query:advertisingTrackingId")),
        ("limitAdTracking", "false"),
        ("idfi", b.id("unity_idfi", where="query:idfi")),
        ("androidId", b.id("aid_game", how="md5", where="query:androidId (md5)")),
        ("deviceMake", "samsung"),
        ("sdkVersionName", "4.12.2"),
        ("ts", str(ms(c))),
    ]
    b.ok_json({"enabled": True, "placements": [{"id": "rewardedVideo"}]})
    return b.build()
