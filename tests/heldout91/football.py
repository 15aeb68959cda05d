""" "Kandanda Live": an East African football app (NBC Premier League,
StarTimes Uganda Premier League, Rwanda Premier League) with live match
streams, highlights and scores. In-house backend, our own key names; the
highlight log uses Kinyarwanda words ("kureba" = to watch, "igihe" = time).

Decoys: live scores, shot maps (coordinate lists), betting-style odds series,
player tracking positions.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, points, rf, rid, ua

API = "https://api.kandandalive.com"
TEAMS = ["Simba SC", "Young Africans", "Azam FC", "KCCA FC", "Vipers SC", "APR FC", "Rayon Sports"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kandanda", method, API + path)
    b.header("user-agent", ua("Kandanda", "2.14.0"))
    b.header("x-install-id", b.id("gol_install", where="header:x-install-id"))
    return b


def _match(c: Context) -> str:
    return f"m{c.rng.randint(40000, 49999)}"


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/stream/heartbeat")
    b.view("json:match_id+watched_sec")
    b.json(
        {
            "match_id": _match(c),
            "stream": "live",
            "event": "heartbeat",
            "watched_sec": c.rng.randint(30, 5400),
            "interval": 30,
            "cdn": "akm",
            "aid": b.id("aid_gol", where="json:aid", detectable=False),
        }
    )
    b.no_content()
    return b.build()


def highlight_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/amashusho/kureba")
    b.view("json:video_id+igihe_cyarebwe")
    b.json(
        {
            "video_id": f"hl-{c.rng.randint(1000, 9999)}",
            "umutwe": f"{c.rng.choice(TEAMS)} vs {c.rng.choice(TEAMS)} | Highlights",
            "igihe_cyarebwe": c.rng.randint(5, 420),
            "byarangiye": c.rng.random() < 0.5,
            "igihe": iso(c),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/device")
    b.json(
        {
            "android_id": b.id("aid_gol", where="json:android_id"),
            "gaid": b.id("gaid", where="json:gaid"),
            "push": "fcm",
            "user": b.acct("gol_user"),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def scores(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/live/scores")
    b.decoy("live scores with match ids")
    rows = [
        {
            "match_id": _match(c),
            "home": c.rng.choice(TEAMS),
            "away": c.rng.choice(TEAMS),
            "score": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
            "minute": c.rng.randint(1, 90),
        }
        for _ in range(5)
    ]
    b.ok_json({"matches": rows, "updated": ms(c)})
    return b.build()


def shot_map(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/match/{_match(c)}/shots")
    b.decoy("shot map coordinate list")
    shots = [{"x": x, "y": y, "xg": rf(c.rng, 0.01, 0.6, 2)} for x, y in points(c.rng, 12, 105, 68)]
    b.ok_json({"shots": shots})
    return b.build()


def odds(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/odds/series")
    b.decoy("odds price series")
    b.ok_json(
        {
            "market": "1X2",
            "series": [[ms(c) - i * 60000, rf(c.rng, 1.2, 6.0, 2)] for i in range(30)],
        }
    )
    return b.build()


def tracking(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/match/{_match(c)}/tracking")
    b.decoy("player tracking positions")
    frames = [{"t": i * 40, "players": points(c.rng, 6, 105, 68)} for i in range(5)]
    b.ok_json({"frames": frames, "trace": rid(c.rng)})
    return b.build()


__all__ = ["device_bind", "highlight_log", "live_heartbeat", "odds", "scores", "shot_map"]
__all__ += ["tracking"]
