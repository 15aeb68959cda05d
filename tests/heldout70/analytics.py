"""Vidmetrics: a channel-analytics app (decoys: aggregate audience data, nobody's history).

Source: YouTube Analytics API v2 `reports.query`
(`GET youtubeanalytics.googleapis.com/v2/reports?ids=channel==MINE&metrics=...&dimensions=...`;
metrics estimatedMinutesWatched, averageViewDuration, audienceWatchRatio,
relativeRetentionPerformance, viewerPercentage; dimensions elapsedVideoTimeRatio,
ageGroup, gender; answer `kind: youtubeAnalytics#resultTable`, `columnHeaders`,
`rows`), and the app's own sync backend.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid, ua

YTA = "https://youtubeanalytics.googleapis.com/v2/reports"
VIDEOS = ["q3XbT9kLm2A", "Zr8vN0pQe4c", "mK2sH7wYt1E", "bV9cJ4nRx6U"]


def _yta(c: Context, params: list[tuple[str, str]]) -> FB:
    base = [("ids", "channel==MINE"), ("startDate", "2025-01-01"), ("endDate", "2025-03-01")]
    b = FB(c, "vidmetrics-yta", "GET", YTA, base + params)
    b.header("authorization", "Bearer ya29." + rid(c.rng).replace("-", ""))
    b.header("user-agent", ua("Vidmetrics", "3310"))
    return b


def _table(cols: list[tuple[str, str, str]], rows: list[list[object]]) -> dict[str, object]:
    heads = [{"name": n, "columnType": t, "dataType": d} for n, t, d in cols]
    return {"kind": "youtubeAnalytics#resultTable", "columnHeaders": heads, "rows": rows}


def retention(c: Context) -> Flow:
    vid = c.rng.choice(VIDEOS)
    b = _yta(
        c,
        [
            ("metrics", "audienceWatchRatio,relativeRetentionPerformance"),
            ("dimensions", "elapsedVideoTimeRatio"),
            ("filters", f"video=={vid}"),
        ],
    )
    b.decoy("audience retention curve of the creator's video: aggregate over all viewers")
    ratio = 1.0
    rows = []
    for i in range(1, 101):
        ratio = max(0.05, ratio - c.rng.uniform(0, 0.02))
        rows.append([i / 100, round(ratio, 4), rf(c.rng, 0.3, 0.8, 3)])
    b.ok_json(
        _table(
            [
                ("elapsedVideoTimeRatio", "DIMENSION", "FLOAT"),
                ("audienceWatchRatio", "METRIC", "FLOAT"),
                ("relativeRetentionPerformance", "METRIC", "FLOAT"),
            ],
            rows,
        )
    )
    return b.build()


def watch_time(c: Context) -> Flow:
    b = _yta(
        c,
        [
            ("metrics", "views,estimatedMinutesWatched,averageViewDuration"),
            ("dimensions", "day"),
            ("sort", "day"),
        ],
    )
    b.decoy("channel watch time per day: aggregate minutes watched by all viewers")
    rows = [
        [
            f"2025-02-{d:02d}",
            c.rng.randint(800, 9000),
            c.rng.randint(3000, 40000),
            c.rng.randint(120, 420),
        ]
        for d in range(1, 15)
    ]
    b.ok_json(
        _table(
            [
                ("day", "DIMENSION", "STRING"),
                ("views", "METRIC", "INTEGER"),
                ("estimatedMinutesWatched", "METRIC", "INTEGER"),
                ("averageViewDuration", "METRIC", "INTEGER"),
            ],
            rows,
        )
    )
    return b.build()


def demographics(c: Context) -> Flow:
    b = _yta(
        c,
        [
            ("metrics", "viewerPercentage"),
            ("dimensions", "ageGroup,gender"),
            ("sort", "gender,ageGroup"),
        ],
    )
    b.decoy("audience age / gender distribution (percentages), no one person's traits")
    ages = ["age13-17", "age18-24", "age25-34", "age35-44", "age45-54", "age55-64"]
    rows = [[a, g, rf(c.rng, 0.5, 20, 1)] for g in ("female", "male") for a in ages]
    b.ok_json(
        _table(
            [
                ("ageGroup", "DIMENSION", "STRING"),
                ("gender", "DIMENSION", "STRING"),
                ("viewerPercentage", "METRIC", "FLOAT"),
            ],
            rows,
        )
    )
    return b.build()


def per_video(c: Context) -> Flow:
    b = _yta(
        c,
        [
            ("metrics", "views,likes,averageViewPercentage,subscribersGained"),
            ("dimensions", "video"),
            ("maxResults", "25"),
            ("sort", "-views"),
        ],
    )
    b.decoy("views per video of the creator's own channel (aggregate)")
    rows = [
        [
            v,
            c.rng.randint(1000, 90000),
            c.rng.randint(10, 4000),
            rf(c.rng, 20, 70, 1),
            c.rng.randint(0, 300),
        ]
        for v in VIDEOS
    ]
    b.ok_json(
        _table(
            [
                ("video", "DIMENSION", "STRING"),
                ("views", "METRIC", "INTEGER"),
                ("likes", "METRIC", "INTEGER"),
                ("averageViewPercentage", "METRIC", "FLOAT"),
                ("subscribersGained", "METRIC", "INTEGER"),
            ],
            rows,
        )
    )
    return b.build()


def dashboard_sync(c: Context) -> Flow:
    """The app's own backend: caches the creator's dashboard, in CA-French key names."""
    b = FB(c, "vidmetrics", "POST", "https://sync.vidmetrics.io/v1/tableau-de-bord")
    b.header("user-agent", ua("Vidmetrics", "3310"))
    b.json(
        {
            "chaine": "UCx" + rid(c.rng).replace("-", "")[:21],
            "periode": "28j",
            "tempsDeVisionnementMin": c.rng.randint(20000, 90000),
            "dureeMoyenneVisionnementSec": c.rng.randint(150, 400),
            "courbeRetention": [rf(c.rng, 0.2, 1, 3) for _ in range(20)],
            "repartitionAge": {"18-24": 31.2, "25-34": 40.5, "35-44": 17.0, "45+": 11.3},
            "repartitionGenre": {"femmes": 46.1, "hommes": 52.7, "autre": 1.2},
            "majAt": iso(c),
        }
    )
    b.decoy("CA-French dashboard cache: aggregate watch time, retention curve, age/gender split")
    b.ok_json({"ok": True})
    return b.build()


def realtime(c: Context) -> Flow:
    b = FB(c, "vidmetrics", "GET", "https://sync.vidmetrics.io/v1/realtime?window=48h")
    b.header("user-agent", ua("Vidmetrics", "3310"))
    b.decoy("realtime views per hour for the creator's videos")
    b.ok_json(
        {
            "videos": [
                {"videoId": v, "viewsPerHour": [c.rng.randint(0, 400) for _ in range(48)]}
                for v in VIDEOS[:2]
            ],
            "concurrentViewers": c.rng.randint(3, 140),
        }
    )
    return b.build()
