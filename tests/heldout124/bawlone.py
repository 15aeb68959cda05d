"""Ball Lone Live: a Burmese football app (scores, news, highlights, live matches).

Highlight watch time uses romanised Burmese (`kyi_chain` = watch time), the live
player heartbeats with `watching_sec`; the tracking pixel packs
`video|seconds` in base64 under `c`. Live scores with match minutes, match
timelines, player heat-map coordinates, league tables and the "most watched
highlights" chart (counts over all viewers) are ordinary content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64url

from .phone import FB, builder, iso, ms, rf, ua

API = "https://api.bawlonelive.example"
UA = ua("BallLoneLive", "5.0.9")
MATCHES = [
    "Man Utd vs Liverpool",
    "Arsenal vs Chelsea",
    "Shan United vs Yangon United",
    "Hanthawaddy United vs Ayeyawady United",
    "Buriram United vs BG Pathum",
    "Myanmar vs Thailand (AFF)",
]


def _b(c: Context, method: str, url: str, dev: bool = True) -> FB:
    b = builder(c, "bawlonelive", method, url, UA)
    if dev:
        b.header("x-install-id", b.id("bawlone_install", where="header x-install-id"))
    return b


def highlight_watch(c: Context) -> Flow:
    dur = c.rng.randint(120, 900)
    b = _b(c, "POST", f"{API}/v3/video/kyi_chain")
    b.view("json kyi_chain (romanised Burmese 'watch time') with video_id")
    b.json(
        {
            "video_id": f"hl_{c.rng.randint(10**4, 10**5)}",
            "match": c.rng.choice(MATCHES),
            "kyi_chain": c.rng.randint(5, dur),
            "video_length": dur,
            "percent": c.rng.choice([25, 50, 75, 100]),
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/live/heartbeat")
    b.view("json live stream heartbeat: match_id + watching_sec")
    b.json(
        {
            "stream_id": f"live_{c.rng.randint(100, 999)}",
            "match_id": c.rng.randint(10**5, 10**6),
            "match": c.rng.choice(MATCHES),
            "watching_sec": c.rng.choice([30, 60, 90, 120]) * c.rng.randint(1, 60),
            "android_id": b.id("aid_bawlone", where="json android_id"),
            "ts": ms(c),
        }
    )
    b.ok_json({"next": 30})
    return b.build()


def pixel_opaque(c: Context) -> Flow:
    b = FB(c, "bawlonelive", "GET", "https://t.bawlonelive.example/p.gif")
    b.header("user-agent", UA)
    b.view("query c: base64url video|seconds|ts", detectable=False)
    b.param("c", b64url(f"hl_{c.rng.randint(10**4, 10**5)}|{c.rng.randint(5, 900)}|{ms(c)}"))
    b.param("r", str(c.rng.randint(10**6, 10**7)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!")
    return b.build()


def live_scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/livescore?date=today", dev=False)
    b.decoy("live scores with match minutes (content)")
    b.ok_json(
        {
            "matches": [
                {
                    "match": m,
                    "minute": c.rng.randint(1, 90),
                    "score": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
                    "status": "LIVE",
                }
                for m in MATCHES[:4]
            ]
        }
    )
    return b.build()


def timeline(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/match/{c.rng.randint(10**5, 10**6)}/timeline", dev=False)
    b.decoy("match timeline: goals and cards at minutes (content)")
    events = [
        {
            "minute": c.rng.randint(1, 90),
            "type": c.rng.choice(["ဂိုး", "အဝါကတ်", "လူစား"]),
            "player": "Aung Thu",
        }
        for _ in range(6)
    ]
    b.ok_json({"events": events})
    return b.build()


def heatmap(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/player/{c.rng.randint(1000, 9999)}/heatmap", dev=False)
    b.decoy("player heat-map coordinates on the pitch (not a face)")
    b.ok_json({"points": [[rf(c.rng, 0, 105, 1), rf(c.rng, 0, 68, 1)] for _ in range(68)]})
    return b.build()


def league_table(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/league/mnl/table", dev=False)
    b.ok_json(
        {
            "table": [
                {"team": t, "pts": c.rng.randint(10, 60)}
                for t in ("Shan United", "Yangon United", "Rakhine United")
            ]
        }
    )
    return b.build()


def top_highlights(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/video/most_watched?period=week", dev=False)
    b.decoy("most-watched highlights: view counts over all viewers (aggregate)")
    b.ok_json(
        {
            "items": [
                {
                    "video_id": f"hl_{c.rng.randint(10**4, 10**5)}",
                    "match": m,
                    "views": c.rng.randint(10**3, 10**6),
                    "avg_watch_sec": c.rng.randint(30, 300),
                }
                for m in MATCHES
            ]
        }
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/news?lang=my&page=1", dev=False)
    b.ok_json(
        {
            "articles": [
                {"id": c.rng.randint(1, 10**5), "title": "ပြိုင်ဘက်အသင်း နိုင်ပွဲ", "published": iso(c)}
            ]
        }
    )
    return b.build()
