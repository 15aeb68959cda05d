"""Running tracker "Pista" (Strava / Garmin Connect-like), English and Spanish keys.

All look-alikes: an activity upload with Strava-style streams (time, latlng,
heartrate, cadence; developers.strava.com/docs/reference StreamSet), elapsed
versus moving versus goal time, heart-rate zones, splits, a segment
leaderboard, watch-face downloads for the paired watch, training-plan progress.
Heart rate is health data but no biometric identifier in the issue's sense
(not a face, voice or template), so every flow here is a negative.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, path, rf, rid, ua

API = "https://api.pista.run"
UA = ua("Pista", "7.3.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pista", method, url)
    b.header("user-agent", UA)
    b.header("x-trace-id", rid(c.rng))
    return b


def _hr(c: Context, n: int) -> list[int]:
    v = c.rng.randint(95, 120)
    out = []
    for _ in range(n):
        v = max(80, min(192, v + c.rng.randint(-3, 5)))
        out.append(v)
    return out


def activity_upload(c: Context) -> Flow:
    n = c.rng.randint(20, 40)
    city = c.rng.choice(["cdmx", "sp", "ist"])
    elapsed = c.rng.randint(1500, 4200)
    b = _b(c, "POST", f"{API}/v3/activities")
    b.json(
        {
            "sport_type": "Run",
            "start_date": iso(c),
            "elapsed_time": elapsed,
            "moving_time": elapsed - c.rng.randint(0, 240),
            "goal_time": c.rng.choice([1800, 2700, 3600]),
            "distance": rf(c.rng, 4000, 12000, 1),
            "streams": {
                "time": list(range(0, n * 5, 5)),
                "latlng": path(c.rng, city, n),
                "heartrate": _hr(c, n),
                "cadence": [c.rng.randint(76, 92) for _ in range(n)],
                "altitude": [rf(c.rng, 10, 2300, 1) for _ in range(n)],
            },
            "device_name": "Garmin Forerunner 265",
        }
    )
    b.ok_json({"id": c.rng.randint(10**9, 10**10), "status": "processed"})
    b.decoy("run upload: heart-rate, cadence and GPS streams, elapsed vs goal time")
    return b.build()


def hr_zones(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/athlete/zones")
    b.ok_json(
        {
            "heart_rate": {
                "custom_zones": False,
                "zones": [{"min": lo, "max": lo + 19} for lo in (0, 115, 134, 153, 172)],
            },
            "frecuencia_reposo": c.rng.randint(48, 62),
            "fc_max": c.rng.randint(182, 195),
        }
    )
    b.decoy("heart-rate zones")
    return b.build()


def splits(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/activities/{c.rng.randint(10**9, 10**10)}/splits")
    b.ok_json(
        {
            "splits_metric": [
                {
                    "split": i + 1,
                    "elapsed_time": c.rng.randint(280, 380),
                    "average_heartrate": rf(c.rng, 130, 175, 1),
                    "pace_zone": c.rng.randint(1, 5),
                }
                for i in range(c.rng.randint(4, 10))
            ]
        }
    )
    b.decoy("per-km splits with elapsed time and heart rate")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/segments/{c.rng.randint(10**6, 10**7)}/leaderboard")
    b.ok_json(
        {
            "entries": [
                {
                    "rank": i + 1,
                    "athlete_name": f"Atleta {c.rng.randint(1, 999)}",
                    "elapsed_time": 400 + i * c.rng.randint(3, 9),
                    "start_date_local": iso(c),
                }
                for i in range(10)
            ]
        }
    )
    b.decoy("segment leaderboard: elapsed times and dates")
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/store/v1/watchfaces/{c.rng.randint(100, 999)}/download")
    b.param("device", "fr265")
    b.param("face_shape", "round")
    b.respond(200, "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 700))
    b.decoy("watch-face (dial design) download for the watch")
    return b.build()


def plan_progress(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{API}/v2/plans/current")
    b.json(
        {
            "semana": c.rng.randint(1, 12),
            "sesiones_completadas": c.rng.randint(0, 4),
            "progreso": rf(c.rng, 0, 1, 2),
            "tiempo_objetivo_s": 3000,
            "tiempo_real_s": c.rng.randint(2800, 3400),
            "rpe": c.rng.randint(3, 9),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("training plan progress and target time")
    return b.build()
