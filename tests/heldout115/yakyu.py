"""Stadium Live (Xperia): pro baseball and J.League live streams.

Live heartbeats report the game watched and seconds; pitch-location charts
(x, y of every pitch) and league tables are ordinary look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, xperia_ua

API = "https://api.stadium-live.example"
UA = xperia_ua("StadiumLive", "2.14.0")
GAMES = ["NPB-20241105-T-H", "NPB-20241105-G-DB", "J1-2024-34-AVI-CER"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "stadium", method, url)
    b.header("user-agent", UA)
    return b


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/live/heartbeat")
    b.view("json gameId + watchingSeconds + angle")
    b.json(
        {
            "gameId": c.rng.choice(GAMES),
            "watchingSeconds": c.rng.randint(30, 9000),
            "angle": "center",
            "androidId": b.id("aid_yakyu", where="json androidId"),
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def pitch_chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/games/{c.rng.choice(GAMES)}/pitches")
    b.decoy("pitch locations (x, y, speed) of a game: coordinates, not a face")
    b.ok_json(
        {
            "pitches": [
                {
                    "x": rf(c.rng, -1, 1, 3),
                    "y": rf(c.rng, 0, 1.5, 3),
                    "kmh": c.rng.randint(120, 158),
                }
                for _ in range(30)
            ]
        }
    )
    return b.build()


def highlights(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/highlights?team=hawks")
    b.decoy("highlight catalogue with durations")
    b.ok_json(
        {
            "clips": [
                {"id": c.rng.randint(10**5, 10**6), "duration": c.rng.randint(20, 120)}
                for _ in range(6)
            ]
        }
    )
    return b.build()
