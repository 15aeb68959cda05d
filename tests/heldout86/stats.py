"""Listener statistics dashboards: the Icecast status JSON of the station's
stream (icestats.source.listeners / listener_peak / title, as Icecast 2.4's
/status-json.xsl serves it), the station's own dashboard (aggregate listeners,
total listening hours, "most played"), and the TER radio ratings (Tavolo
Editori Radio, Italy's audience survey: average daily listeners). Hard decoys:
aggregate audience figures are not any person's viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import iso, ms

from .phone import FB, ua
from .playout import SONGS

STREAM = "https://stream.radioscirocco.it"
DASH = "https://stats.radioscirocco.it"


def icecast_status(c: Context) -> Flow:
    b = FB(c, "stats", "GET", f"{STREAM}/status-json.xsl", http_version="HTTP/1.1")
    a, t, _i, _d = c.rng.choice(SONGS)
    src = {
        "listenurl": f"{STREAM}/scirocco.mp3",
        "listeners": c.rng.randint(80, 400),
        "listener_peak": c.rng.randint(400, 900),
        "title": f"{a} - {t}",
        "stream_start_iso8601": iso(c),
        "bitrate": 128,
    }
    b.ok_json({"icestats": {"admin": "tecnica@radioscirocco.it", "source": src}})
    b.decoy("Icecast stream status: listener counts and current title, aggregate")
    return b.build()


def live_listeners(c: Context) -> Flow:
    b = FB(c, "stats", "GET", f"{DASH}/api/ascolti/live", [("mount", "/scirocco.mp3")])
    b.header("user-agent", ua("SciroccoStats", "1.9.1"))
    b.ok_json(
        {
            "ascoltatori": c.rng.randint(80, 400),
            "tlh": round(c.rng.uniform(200, 900), 1),
            "avgSessionSec": c.rng.randint(600, 2400),
            "perPaese": {"IT": c.rng.randint(50, 300), "MT": c.rng.randint(10, 90)},
            "serie": [c.rng.randint(60, 420) for _ in range(24)],
            "ts": ms(c),
        }
    )
    b.decoy("aggregate listeners, total listening hours and average session length")
    return b.build()


def most_played(c: Context) -> Flow:
    period = c.rng.choice(["giorno", "settimana", "mese"])
    b = FB(c, "stats", "GET", f"{DASH}/api/classifica", [("periodo", period)])
    top = [
        {"title": t, "artist": a, "plays": c.rng.randint(3, 40), "airtimeSec": d * 10}
        for a, t, _i, d in SONGS
    ]
    b.ok_json({"mostPlayed": top, "periodo": period})
    b.decoy("most-played chart of the station's airplay")
    return b.build()


def ter_ratings(c: Context) -> Flow:
    b = FB(c, "stats", "GET", f"{DASH}/api/ter/{c.rng.choice(['2024-1', '2024-2'])}")
    fasce = [
        {"fascia": f"{h:02d}-{h + 1:02d}", "ascoltatori": c.rng.randint(5, 60) * 1000}
        for h in range(6, 12)
    ]
    b.ok_json({"ascoltatoriGiornoMedio": c.rng.randint(300, 500) * 1000, "quartiDora": fasce})
    b.decoy("TER audience survey figures per time band")
    return b.build()


def show_report(c: Context) -> Flow:
    b = FB(c, "stats", "POST", f"{DASH}/api/report/export")
    b.json(
        {
            "programma": "Mattina Scirocco",
            "conduttrice": "Giulia Camilleri",
            "dal": iso(c)[:10],
            "metriche": ["ascoltatori", "tlh", "retention"],
            "formato": "pdf",
        }
    )
    b.decoy("export of the show's audience report (aggregates)")
    b.ok_json({"jobId": c.rng.randint(10000, 99999)})
    return b.build()
