"""A step / sleep tracker paired with a watch (Japanese and Korean keys).

Heart-rate series, sleep stages, walking minutes against a goal, workout
routes: health data a privacy reader would care about, but none of it is a
biometric identifier (no face, voice or fingerprint template), no viewing
history and no device identifier: the watch is named by its model only.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import CITIES, FB, coords, iso, ms, rid, series, ua

API = "https://sync.aruku-log.example"
UA = ua("ArukuLog", "3304")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "health", method, API + path)
    b.header("user-agent", UA)
    b.header("x-trace-id", rid(c.rng).replace("-", "")[:16])
    return b


def daily_summary(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/daily")
    goal = c.rng.choice([30, 45, 60])
    b.json(
        {
            "hizuke": iso(c)[:10],
            "hosuu": c.rng.randint(2000, 15000),
            "mokuhyou_hosuu": 8000,
            "keika_fun": c.rng.randint(0, 90),
            "mokuhyou_fun": goal,
            "kcal": c.rng.randint(80, 600),
            "tassei_ritsu": round(c.rng.random() * 1.3, 2),
            "source_model": "Watch7,1",
        }
    )
    b.no_content()
    b.decoy("daily steps: elapsed vs goal minutes, achievement ratio; watch model name only")
    return b.build()


def heart_rate(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/samples/shinpakusuu")
    n = c.rng.randint(30, 90)
    b.json(
        {
            "start": ms(c) - n * 60000,
            "interval_sec": 60,
            "bpm": [int(v) for v in series(c.rng, n, 72, 3, 0)],
            "device": "Apple Watch Series 9",
        }
    )
    b.ok_json({"accepted": n})
    b.decoy("heart-rate series (心拍数) per minute: health samples, not a biometric template")
    return b.build()


def sleep_stages(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/sleep")
    t, stages = ms(c) - 8 * 3600000, []
    for _ in range(c.rng.randint(8, 20)):
        d = c.rng.randint(5, 60) * 60000
        stages.append(
            {"stage": c.rng.choice(["awake", "core", "deep", "rem"]), "start": t, "dur_ms": d}
        )
        t += d
    b.json(
        {
            "suimin": stages,
            "suimin_score": c.rng.randint(50, 95),
            "kokyuu_suu": series(c.rng, 8, 15, 0.5),
        }
    )
    b.no_content()
    b.decoy("sleep stages and respiratory rate series: health, no biometric identifier")
    return b.build()


def workout_route(c: Context) -> Flow:
    lat, lon, _ = c.rng.choice(CITIES)
    b = _b(c, "POST", "/v2/workouts")
    b.json(
        {
            "undou_shurui": "walking",
            "route": coords(c.rng, lat, lon, c.rng.randint(20, 60)),
            "pace_sec_per_km": series(c.rng, 6, 620, 15, 0),
            "undong_sigan_bun": c.rng.randint(10, 70),
        }
    )
    b.ok_json({"workout_id": rid(c.rng)})
    b.decoy("walking route coordinates and pace series")
    return b.build()


def challenge_board(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/challenge/ranking")
    b.ok_json(
        {
            "ranking": [
                {
                    "nickname": f"user{c.rng.randint(100, 999)}",
                    "hosuu": c.rng.randint(5000, 30000),
                    "rank": i + 1,
                }
                for i in range(10)
            ],
            "my_rank": c.rng.randint(11, 400),
        }
    )
    b.decoy("step-challenge leaderboard")
    return b.build()
