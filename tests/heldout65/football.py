"""A football app (Premier League / NPFL streams and highlights, "Gidiball"):
live-stream heartbeats, a highlight log in Nigerian Pidgin key names, scores,
odds and player stats (decoys), with the Adjust SDK for attribution.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from . import ads
from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.gidiball.ng"
CLUBS = ["Enyimba", "Rivers United", "Remo Stars", "Arsenal", "Chelsea", "Kano Pillars"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "gidiball", method, API + path)
    b.header("user-agent", ua("Gidiball", "3.9.2"))
    return b


def _match(c: Context) -> str:
    return f"npfl-2024-{c.rng.randint(100, 380)}"


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "/stream/v1/heartbeat")
    b.json(
        {
            "matchId": _match(c),
            "streamId": new_hex(c.rng, 12),
            "positionMs": c.rng.randint(0, 5_400_000),
            "bitrateKbps": c.rng.choice([800, 1600, 3200]),
            "state": "playing",
            "ts": ms(c),
            "userId": c.phone.kick_user,
        }
    )
    b.view("body.matchId+positionMs")
    b.no_content()
    return b.build()


def pidgin_log(c: Context) -> Flow:
    """Highlights watched, keys in Pidgin ("wetin you watch", "how long")."""
    b = _b(c, "POST", "/clips/v1/log")
    b.json(
        {
            "wetin_you_watch": f"clip-{c.rng.randint(1000, 9999)}",
            "how_long_sec": c.rng.randint(5, 240),
            "finish_am": c.rng.random() < 0.6,
            "wen": iso(c),
        }
    )
    b.view("body.wetin_you_watch", detectable=False)
    b.no_content()
    return b.build()


def clip_complete(c: Context) -> Flow:
    b = _b(c, "POST", "/clips/v1/events")
    b.json(
        {
            "events": [
                {
                    "type": "video_complete",
                    "clipId": f"clip-{c.rng.randint(1000, 9999)}",
                    "watchTimeSec": c.rng.randint(30, 240),
                    "at": iso(c),
                }
            ]
        }
    )
    b.view("body.events[].video_complete")
    b.no_content()
    return b.build()


def device_hello(c: Context) -> Flow:
    b = _b(c, "POST", "/user/v1/device")
    b.json(
        {
            "android_id": b.id("aid_kick", where="body.android_id"),
            "push": c.phone.push_token,
            "fav_club": c.rng.choice(CLUBS),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def adjust(c: Context) -> Flow:
    return ads.adjust_session(c, "q8w3kfx9z1ts")


def scores(c: Context) -> Flow:
    b = _b(c, "GET", "/live/v1/scores")
    b.ok_json(
        {
            "fixtures": [
                {
                    "id": _match(c),
                    "home": c.rng.choice(CLUBS),
                    "away": c.rng.choice(CLUBS),
                    "minute": c.rng.randint(1, 90),
                    "score": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
                }
                for _ in range(6)
            ]
        }
    )
    b.decoy("live scores with match ids and minutes")
    return b.build()


def odds(c: Context) -> Flow:
    b = _b(c, "GET", f"/odds/v1/{_match(c)}")
    b.ok_json({"history": [rf(c.rng, 1.2, 6.0, 2) for _ in range(40)], "traceId": rid(c.rng)})
    b.decoy("price series, trace id")
    return b.build()


def player_stats(c: Context) -> Flow:
    b = _b(c, "GET", f"/stats/v1/player/{c.rng.randint(1000, 9999)}")
    b.ok_json({"heatmap": floats(c.rng, 64), "xg_per90": rf(c.rng, 0, 1), "positions": "CM"})
    b.decoy("numeric vector (player heatmap)")
    return b.build()
