"""A football / handball app (fictional "GolPlus", PL/CZ/HU leagues): live-stream
heartbeats while a match plays, a watched-matches list, and decoys (live scores
with minute counters, league tables, player stats)."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.golplus.eu"
MATCHES = ["Legia-Lech", "Sparta-Slavia", "Ferencvaros-Ujpest", "Veszprem-Szeged", "Kielce-Plock"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "golplus", method, API + path)
    b.header("user-agent", ua("GolPlus", "7.2.3"))
    return b


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "/live/v3/heartbeat")
    b.view("body:$.stream_id,$.played_seconds")
    b.json(
        {
            "stream_id": f"live-{c.rng.randint(1000, 9999)}",
            "event": c.rng.choice(MATCHES),
            "played_seconds": c.rng.randint(60, 5400),
            "interval": 60,
            "quality": c.rng.choice(["720p", "1080p"]),
            "deviceId": b.id("aid_sport", where="body:$.deviceId"),
            "ts": ms(c),
        }
    )
    b.ok_json({"continue": True, "next": 60})
    return b.build()


def watched_matches(c: Context) -> Flow:
    b = _b(c, "GET", "/me/watched")
    b.view("response:$.items[*].watchedSec", direction="response")
    b.ok_json(
        {
            "items": [
                {
                    "match": c.rng.choice(MATCHES),
                    "watchedSec": c.rng.randint(300, 5400),
                    "at": iso(c),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def scores(c: Context) -> Flow:
    b = _b(c, "GET", "/scores/live")
    b.decoy("live score with match minute and position (not viewing)")
    b.ok_json(
        {
            "matches": [
                {
                    "id": c.rng.randint(10**6, 10**7),
                    "name": m,
                    "minute": c.rng.randint(1, 90),
                    "score": f"{c.rng.randint(0, 3)}:{c.rng.randint(0, 3)}",
                }
                for m in MATCHES
            ]
        }
    )
    return b.build()


def table(c: Context) -> Flow:
    b = _b(c, "GET", f"/leagues/{c.rng.choice(['ekstraklasa', 'chance-liga', 'nb1'])}/table")
    b.decoy("league table positions")
    b.ok_json(
        {
            "rows": [
                {"position": i + 1, "team": f"T{i}", "points": 40 - i * 2, "played": 20}
                for i in range(8)
            ]
        }
    )
    return b.build()


def player_stats(c: Context) -> Flow:
    b = _b(c, "GET", f"/players/{c.rng.randint(1000, 9999)}/stats")
    b.decoy("player stats: minutes played, heat map coordinates")
    b.ok_json(
        {
            "minutesPlayed": c.rng.randint(0, 1800),
            "heatmap": [[c.rng.randint(0, 100), c.rng.randint(0, 60)] for _ in range(12)],
            "traceId": rid(c.rng),
        }
    )
    return b.build()
