"""LionsLive: Elite One and Lions Indomptables live football (English-speaking team in Buea).

Live-stream heartbeats say which match the viewer watches and for how long; the
`watch_log` endpoint takes pidgin event names (`don look`, `don comot`). A
numeric-keyed telemetry packet (`1`, `2`, `3`) is opaque. Scores, standings and
line-ups are ordinary; an ad bid with the advertising id sits in between.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://live.lionslive.example"
UA = ua("LionsLive", "5.0.2")
TEAMS = [
    "Coton Sport",
    "Canon Yaoundé",
    "Union Douala",
    "Fovu Baham",
    "PWD Bamenda",
    "Dynamo Douala",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lionslive", method, url)
    b.header("user-agent", UA)
    return b


def _match(c: Context) -> str:
    return f"e1-{c.rng.randint(100, 999)}"


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/stream/heartbeat")
    b.view("json matchId with watchedSeconds, streamPosition")
    b.json(
        {
            "deviceId": b.id("aid_lions", where="json deviceId"),
            "matchId": _match(c),
            "channel": "LIONS1",
            "watchedSeconds": c.rng.randint(30, 5400),
            "streamPosition": c.rng.randint(0, 5400),
            "quality": "360p",
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def watch_log_pidgin(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/watch_log")
    b.view("json watch_log[] events 'don look' / 'don comot' with match and minute")
    b.json(
        {
            "watch_log": [
                {
                    "event": c.rng.choice(["don look", "don comot", "replay look"]),
                    "match": _match(c),
                    "minute": c.rng.randint(1, 95),
                    "at": iso(c),
                }
            ]
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def telemetry_numeric(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/q")
    b.view("json numeric keys 1=match 2=position 3=ts", detectable=False)
    b.json({"1": _match(c), "2": c.rng.randint(0, 5400), "3": ms(c), "4": 2})
    b.no_content()
    return b.build()


def scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/scores/live?league=elite-one")
    b.decoy("live scores with minutes and match ids: public sports data")
    games = []
    for _ in range(4):
        h, a = c.rng.sample(TEAMS, 2)
        games.append(
            {
                "matchId": _match(c),
                "home": h,
                "away": a,
                "minute": c.rng.randint(1, 90),
                "score": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
            }
        )
    b.ok_json({"games": games})
    return b.build()


def standings(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/standings/elite-one/2025")
    rows = [{"team": t, "pts": c.rng.randint(5, 50), "played": 20} for t in TEAMS]
    b.ok_json({"table": rows})
    return b.build()


def viewers_count(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/match/{_match(c)}/viewers")
    b.decoy("concurrent viewers of a match: aggregate over all viewers")
    b.ok_json(
        {"concurrentViewers": c.rng.randint(2000, 80000), "avgWatchMinutes": c.rng.randint(10, 70)}
    )
    return b.build()


def ad_bid(c: Context) -> Flow:
    b = FB(c, "lionslive-ads", "POST", "https://ads.lionslive.example/openrtb/bid")
    b.header("user-agent", UA)
    b.json(
        {
            "id": rid(c.rng),
            "imp": [{"id": "1", "banner": {"w": 320, "h": 50}}],
            "device": {
                "ifa": b.id("gaid", where="json device.ifa"),
                "make": "TECNO",
                "os": "android",
                "geo": {"country": "CMR", "city": "Douala"},
            },
        }
    )
    b.no_content()
    return b.build()
