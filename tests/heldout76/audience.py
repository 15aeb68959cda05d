"""The audience-analytics dashboard: everything AGGREGATE over readers and viewers.

Real: Chartbeat's Real-Time API (api.chartbeat.com/live/quickstats/v4/ and
live/toppages/v3/, key in the X-CB-AK header, video sites addressed as
host=video@<site>; field names people, engaged_time, visits, toppages from the
Chartbeat API docs and the `chartbeat` PyPI wrapper's documented output).
In-house: the newsroom's own "Publikum" dashboard with video completion rates
per clip, average watch time per video and concurrents per article.
None of this is one person's viewing history: no viewer, only counts.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, ua

SITE = "rheinblick-medien.de"
UA = ua("Publikum", "2.4.0")


def _cb(c: Context, path: str, host: str) -> FB:
    b = FB(c, "chartbeat", "GET", "https://api.chartbeat.com" + path, [("host", host)])
    b.header("x-cb-ak", new_hex(c.rng, 32))
    b.header("user-agent", UA)
    return b


def quickstats(c: Context) -> Flow:
    b = _cb(c, "/live/quickstats/v4/", SITE)
    b.ok_json(
        {
            "data": {
                "stats": {
                    "people": c.rng.randint(800, 9000),
                    "engaged_time": {"avg": rf(c.rng, 20, 90, 2)},
                    "read": c.rng.randint(100, 900),
                    "platform_engaged": {"m": c.rng.randint(300, 4000)},
                    "direct": c.rng.randint(100, 900),
                }
            }
        }
    )
    b.decoy("Chartbeat concurrents and average engaged time over all readers (aggregate)")
    return b.build()


def toppages(c: Context) -> Flow:
    b = _cb(c, "/live/toppages/v3/", SITE)
    b.param("limit", "10")
    pages = [
        {
            "path": f"{SITE}/digitales/art-{c.rng.randint(100000, 999999)}",
            "title": c.rng.choice(
                [
                    "Gesichtserkennung: Was die Polizei darf",
                    "So viel kostet Streaming 2026",
                    "Wetter: Sturm an der Küste",
                ]
            ),
            "stats": {
                "people": c.rng.randint(20, 900),
                "engaged_time": {"avg": rf(c.rng, 10, 120, 1)},
            },
        }
        for _ in range(8)
    ]
    b.ok_json({"pages": pages})
    b.decoy("top articles with concurrents and engaged time per article (aggregate)")
    return b.build()


def video_toppages(c: Context) -> Flow:
    b = _cb(c, "/live/toppages/v3/", f"video@{SITE}")
    vids = [
        {
            "path": f"video/{new_hex(c.rng, 8)}",
            "title": "Hochwasser in Venlo",
            "stats": {
                "people": c.rng.randint(5, 400),
                "play_rate": rf(c.rng, 0.05, 0.6, 3),
                "engaged_time": {"avg": rf(c.rng, 8, 200, 1)},
            },
        }
        for _ in range(6)
    ]
    b.ok_json({"pages": vids})
    b.decoy("Chartbeat video dashboard: concurrent viewers and play rate per clip (aggregate)")
    return b.build()


def completion_rates(c: Context) -> Flow:
    url = "https://publikum.rheinblick-medien.de/api/v2/video/completion"
    b = FB(c, "publikum", "GET", url, [("zeitraum", "24h"), ("ressort", "alle")])
    b.header("user-agent", UA)
    rows = []
    for _ in range(8):
        plays = c.rng.randint(100, 20000)
        rows.append(
            {
                "videoId": f"clip_{new_hex(c.rng, 10)}",
                "plays": plays,
                "uniqueViewers": int(plays * 0.8),
                "avgWatchSeconds": rf(c.rng, 5, 240, 1),
                "completionRate": rf(c.rng, 0.1, 0.9, 3),
                "quartiles": {
                    "p25": rf(c.rng, 0.5, 0.9, 2),
                    "p50": rf(c.rng, 0.3, 0.7, 2),
                    "p75": rf(c.rng, 0.2, 0.5, 2),
                    "p100": rf(c.rng, 0.1, 0.4, 2),
                },
            }
        )
    b.ok_json({"stand": iso(c), "videos": rows})
    b.decoy("video completion rates and average watch seconds per clip over all viewers")
    return b.build()


def engaged_history(c: Context) -> Flow:
    url = "https://publikum.rheinblick-medien.de/api/v2/artikel/verlauf"
    art = f"art-{c.rng.randint(100000, 999999)}"
    b = FB(c, "publikum", "GET", url, [("artikelId", art), ("intervall", "5m")])
    b.header("user-agent", UA)
    b.ok_json(
        {
            "artikelId": art,
            "serie": {
                "gleichzeitig": [c.rng.randint(10, 600) for _ in range(24)],
                "engagedTimeAvg": [rf(c.rng, 5, 90, 1) for _ in range(24)],
                "scrollTiefe": [rf(c.rng, 0.2, 0.9, 2) for _ in range(24)],
            },
        }
    )
    b.decoy("time series of concurrents / engaged time / scroll depth for one article")
    return b.build()


def leserbindung(c: Context) -> Flow:
    url = "https://publikum.rheinblick-medien.de/api/v2/kohorten"
    b = FB(c, "publikum", "GET", url, [("typ", "wiederkehrend")])
    b.header("user-agent", UA)
    b.ok_json(
        {
            "kohorten": [
                {
                    "woche": w,
                    "loyal": c.rng.randint(1000, 9000),
                    "gelegentlich": c.rng.randint(3000, 20000),
                    "durchschnittHoerdauerPodcast": rf(c.rng, 60, 1800, 0),
                }
                for w in range(1, 9)
            ]
        }
    )
    b.decoy("reader loyalty cohorts and mean podcast listening time per week (aggregate)")
    return b.build()
