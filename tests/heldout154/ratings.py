"""Audience measurement: aggregates only. Stream-server listener counts, the quarterly
listenership survey figures, hourly reach and time-spent-listening averages, and the
podcast host's downloads per episode. Counts and averages over all listeners are not
anyone's listening history."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid

STREAM = "https://stream.liffeysound.example"
RATINGS = "https://ratings.liffeysound.example/v1"


def icecast_stats(c: Context) -> Flow:
    b = FB(c, "icecast", "GET", f"{STREAM}/status-json.xsl", http_version="HTTP/1.1")
    b.header("user-agent", "LSFM-Dashboard/1.3")
    b.decoy("listener count of the stream (aggregate over all listeners)")
    sources = [
        {
            "listenurl": f"{STREAM}/{m}",
            "listeners": c.rng.randint(80, 2400),
            "listener_peak": c.rng.randint(2400, 5200),
            "server_name": "Liffey Sound FM",
            "title": "Drivetime with Aoife",
            "stream_start_iso8601": iso(c),
        }
        for m in ("lsfm-128.mp3", "lsfm-64.aac")
    ]
    b.ok_json({"icestats": {"admin": "ops@liffeysound.example", "source": sources}})
    return b.build()


def survey_book(c: Context) -> Flow:
    b = FB(c, "ratings.survey", "GET", f"{RATINGS}/survey/2024-Q3?region=dublin")
    b.header("user-agent", "okhttp/4.12.0")
    b.decoy("quarterly listenership survey: reach and share per station (aggregates)")
    rows = [
        {
            "station": s,
            "weeklyReachPct": rf(c.rng, 3, 30, 1),
            "sharePct": rf(c.rng, 1, 15, 1),
            "avgListenMinutes": c.rng.randint(60, 240),
        }
        for s in ("LSFM", "Station B", "Station C", "Station D")
    ]
    b.ok_json({"book": "2024-Q3", "market": "Dublin", "adults15plus": rows})
    return b.build()


def hourly_tsl(c: Context) -> Flow:
    b = FB(c, "ratings.hourly", "POST", f"{RATINGS}/streams/hourly")
    b.header("user-agent", "LSFM-Dashboard/1.3")
    b.decoy("hourly streaming sessions and average time spent listening (aggregate)")
    b.json(
        {
            "station": "LSFM",
            "day": iso(c)[:10],
            "hours": [
                {
                    "h": h,
                    "sessions": c.rng.randint(100, 4000),
                    "avgSessionSec": c.rng.randint(300, 3600),
                    "tlh": rf(c.rng, 10, 900, 1),
                }
                for h in range(6, 12)
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def podcast_downloads(c: Context) -> Flow:
    b = FB(
        c,
        "podhost.stats",
        "GET",
        f"https://podhost.liffeysound.example/api/shows/{c.rng.randint(10, 40)}/stats",
    )
    b.header("user-agent", "okhttp/4.12.0")
    b.decoy("downloads and average completion per episode of the station's podcast (aggregate)")
    eps = [
        {
            "episodeId": f"ep{c.rng.randint(100, 400)}",
            "downloads": c.rng.randint(200, 9000),
            "avgCompletionPct": rf(c.rng, 30, 90, 1),
            "topCountries": ["IE", "GB", "US"],
        }
        for _ in range(5)
    ]
    b.ok_json({"requestId": rid(c.rng), "episodes": eps})
    return b.build()
