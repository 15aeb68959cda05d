"""Bal Live: a football streamer (Cambodian League, Premier League in Khmer
commentary). Heartbeats carry the match and position; live scores and odds are
ordinary look-alikes."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, ms, rf, ua

API = "https://api.ballive.example"
UA = ua("BalLive", "5.0.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ballive", method, url)
    b.header("user-agent", UA)
    return b


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/live/heartbeat")
    b.view("json match_id + watch_pos_sec + state")
    b.json(
        {
            "match_id": f"CPL-{c.rng.randint(100, 999)}",
            "state": c.rng.choice(["playing", "paused", "buffering"]),
            "watch_pos_sec": c.rng.randint(0, 5800),
            "bitrate": c.rng.choice([800, 1500, 3000]),
            "gaid": b.id("gaid", where="json gaid"),
        }
    )
    b.ok_json({"next": 30})
    return b.build()


def heartbeat_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/hb")
    b.view("body base64 of pipe-joined match|pos|ts, no key names", detectable=False)
    line = f"{c.rng.randint(100, 999)}|{c.rng.randint(0, 5800)}|{ms(c)}|{c.phone.aid_foot}"
    b.id_raw("aid_foot", "b64", "body base64 pipe field 4", detectable=False)
    b.set_body(b64(line).encode(), "text/plain")
    b.no_content()
    return b.build()


def scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/scores/live")
    b.decoy("live scores with match minute (not a viewer's position)")
    b.ok_json(
        {
            "matches": [
                {
                    "id": c.rng.randint(100, 999),
                    "minute": c.rng.randint(1, 90),
                    "score": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def odds(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/stats/possession")
    b.decoy("possession and xG series (numbers, no viewer)")
    b.ok_json({"xg": [rf(c.rng, 0, 1, 3) for _ in range(20)], "possession": [55, 45]})
    return b.build()
