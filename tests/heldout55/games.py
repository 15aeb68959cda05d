"""Two casual games: Ludo Raja (in-house api.ludoraja.games) and Gully Cricket
3D (in-house api.gcricket3d.com), with Unity Ads rewarded videos and AdMob.

Level timers, move counts, leaderboards and the 3D camera's yaw / pitch / roll
are game state, not biometric or viewing data. The Ludo analytics SDK wraps
its payload in a base64 variant with a shuffled alphabet (the advertising id
inside cannot be read off the request: labelled, not detectable). Unity Ads /
AdMob formats: adsdk.py.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from . import adsdk
from .phone import FB, ms, rf, rid, ua

LUDO = "https://api.ludoraja.games"
G3D = "https://api.gcricket3d.com"


def level_done(c: Context) -> Flow:
    b = FB(c, "ludoraja", "POST", LUDO + "/v1/match/end")
    b.header("user-agent", ua("LudoRaja", "3.1.2"))
    b.json(
        {
            "match_id": rid(c.rng),
            "level": c.rng.randint(1, 80),
            "time_ms": c.rng.randint(60000, 900000),
            "moves": c.rng.randint(20, 120),
            "dice": [c.rng.randint(1, 6) for _ in range(12)],
            "coins_won": c.rng.choice([0, 50, 200]),
        }
    )
    b.ok_json({"xp": c.rng.randint(10, 90)})
    b.decoy("game level timer, moves, dice series, match uuid")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "ludoraja", "GET", LUDO + "/v1/leaderboard/weekly")
    b.ok_json(
        {"rows": [{"name": f"player{new_digits(c.rng, 4)}", "pts": c.rng.randint(100, 9000)}]}
    )
    b.decoy("leaderboard")
    return b.build()


def camera_settings(c: Context) -> Flow:
    b = FB(c, "gcricket3d", "POST", G3D + "/v2/telemetry/frame")
    b.header("user-agent", "UnityPlayer/2022.3.21f1 (UnityWebRequest/1.0, libcurl/8.5.0-DEV)")
    b.json(
        {
            "scene": "stadium_chepauk",
            "camera": {
                "yaw": rf(c.rng, -180, 180, 2),
                "pitch": rf(c.rng, -30, 60, 2),
                "roll": rf(c.rng, -3, 3, 2),
                "fov": 60,
            },
            "fps": [c.rng.randint(40, 60) for _ in range(10)],
            "ball_speed_kph": rf(c.rng, 110, 150, 1),
            "shot_timing_ms": c.rng.randint(-80, 80),
        }
    )
    b.no_content()
    b.decoy("3D game camera yaw/pitch/roll and frame-rate series: no head pose of a person")
    return b.build()


def replay_watch(c: Context) -> Flow:
    b = FB(c, "gcricket3d", "POST", G3D + "/v2/replays/stats")
    b.json({"replay_id": new_hex(c.rng, 16), "frames": c.rng.randint(100, 900), "speed": 0.5})
    b.ok_json({"ok": 1})
    b.decoy("in-game replay (the user's own shot) frame count: game state, not media viewing")
    return b.build()


def rewarded(c: Context) -> Flow:
    return adsdk.unity_auction(c, "ludoraja", "5512037", "rewardedVideo")


def admob_3d(c: Context) -> Flow:
    return adsdk.admob(c, "gcricket3d", "ca-app-pub-5932008121/1122334455")


def analytics_opaque(c: Context) -> Flow:
    b = FB(c, "ludoraja", "POST", "https://log.ludoraja.games/c")
    b.header("user-agent", ua("LudoRaja", "3.1.2"))
    blob = b.id("gaid", how="custom_b64", where="form.e (shuffled-base64 blob)", detectable=False)
    b.form([("e", blob), ("t", str(ms(c))), ("k", new_hex(c.rng, 8))])
    b.no_content()
    return b.build()
