"""Pro Liga Live: Uzbekistan Super League live streams and scores (Russian-mixed).

The live player's heartbeat carries match id, stream and watched seconds: a
viewing-history report. Scores, standings and line-ups are public data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.proliga-live.example"
UA = ua("ProLiga", "2.3.0")
CLUBS = ["Paxtakor", "Pakhtakor", "Navbahor", "Nasaf", "Bunyodkor", "AGMK", "Sogdiana"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "proliga", method, url)
    b.header("user-agent", UA)
    return b


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/efir/heartbeat")
    b.view("json match_id + watched_sec + jonli_efir")
    b.json(
        {
            "device": b.id("aid_futbol", where="json device"),
            "jonli_efir": True,
            "match_id": c.rng.randint(30000, 39999),
            "watched_sec": c.rng.randint(30, 5400),
            "quality": "720p",
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def highlight_watched(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/obzor/prosmotr")
    b.view("json video_id + prosmotreno + dolya")
    b.json(
        {
            "video_id": f"hl_{c.rng.randint(1000, 9999)}",
            "prosmotreno": c.rng.randint(5, 300),
            "dolya": rf(c.rng, 0.1, 1.0, 2),
            "vremya": iso(c),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/matchlar/bugun")
    b.ok_json(
        {
            "matches": [
                {
                    "home": c.rng.choice(CLUBS),
                    "away": c.rng.choice(CLUBS),
                    "score": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
                    "minute": c.rng.randint(1, 90),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def live_viewers(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/efir/{c.rng.randint(30000, 39999)}/stats")
    b.decoy("live viewer count and average watch time: aggregates over all viewers")
    b.ok_json(
        {"tomoshabinlar": c.rng.randint(1000, 90000), "avg_watch_sec": c.rng.randint(300, 3000)}
    )
    return b.build()


def standings(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/jadval?season=2024&req={rid(c.rng)}")
    b.ok_json({"table": [{"club": k, "ochko": c.rng.randint(5, 60)} for k in CLUBS]})
    return b.build()
