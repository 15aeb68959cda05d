"""Goal Naija: a football app (NPFL, Premier League, Super Eagles).

Highlight clips report watch progress in Pidgin (`how_far_you_watch`, `clip_id`);
the app's AppsFlyer SDK sends the advertising id and its install uid. Scores,
match timelines (minute of each goal), tables and player ratings are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, ua

API = "https://api.goalnaija.example"
UA = ua("GoalNaija", "7.1.0")
CLUBS = ["Enyimba", "Shooting Stars", "Rangers", "Kano Pillars", "Arsenal", "Chelsea"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "goalnaija", method, url)
    b.header("user-agent", UA)
    return b


def clip_watch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/highlights/watch")
    b.view("json clip_id + how_far_you_watch + finish_am (Pidgin: watch progress)")
    b.json(
        {
            "clip_id": f"hl{c.rng.randint(10**5, 10**6)}",
            "match": f"{c.rng.choice(CLUBS)} vs {c.rng.choice(CLUBS)}",
            "how_far_you_watch": c.rng.randint(5, 180),
            "finish_am": c.rng.random() < 0.4,
            "when": iso(c),
        }
    )
    b.no_content()
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=ng.goalnaija",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; Infinix X6836)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("ball_af_uid", where="json uid (AppsFlyer id)"),
            "android_id": b.id("aid_ball", where="json android_id"),
            "eventName": "af_content_view",
            "timepassedsincelastlaunch": str(c.rng.randint(10, 99999)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_opaque(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.14/androidevent?app_id=ng.goalnaija",
    )
    b.param("s", b.id("gaid", "sha256", "query s", detectable=False))
    b.json({"eventName": "af_match_follow", "eventValue": "{}"})
    b.ok_json({"ok": True})
    return b.build()


def scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/live-scores?date=today")
    b.decoy("live scores with goal minutes (match timeline, not a viewer's)")
    b.ok_json(
        {
            "matches": [
                {
                    "home": h,
                    "away": a,
                    "score": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
                    "goalsAtMin": [c.rng.randint(1, 90)],
                }
                for h, a in zip(CLUBS[::2], CLUBS[1::2], strict=True)
            ]
        }
    )
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/highlights/most-watched")
    b.decoy("most-watched clips across all users (aggregate)")
    b.ok_json(
        {
            "clips": [
                {
                    "clip_id": f"hl{c.rng.randint(10**5, 10**6)}",
                    "views": c.rng.randint(10**4, 10**6),
                    "avgWatchSec": c.rng.randint(20, 120),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def ratings(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/players/ratings?match={c.rng.randint(1000, 9999)}")
    b.ok_json(
        {
            "ratings": [
                {"player": n, "rating": rf(c.rng, 5, 9, 1)} for n in ("Osimhen", "Lookman", "Iwobi")
            ]
        }
    )
    return b.build()


def push_topic(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/push/topics")
    b.json({"topics": ["team_enyimba", "super_eagles"], "ts": ms(c)})
    b.no_content()
    return b.build()
