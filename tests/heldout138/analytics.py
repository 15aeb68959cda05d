"""The producer's creator-analytics dashboard: their clients' channels, seen from above.

Everything here is an aggregate over all viewers of a video: YouTube Analytics
API reports (`audienceWatchRatio` per `elapsedVideoTimeRatio`, `averageViewDuration`,
`estimatedMinutesWatched`, https://developers.google.com/youtube/analytics/metrics),
and the dashboard's own French-Canadian summaries (`duree_moyenne_visionnement`,
`courbe_retention`, `meilleures_videos`). No one person's viewing is in them.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import new_builder, rf, rid, ua

YTA = "https://youtubeanalytics.googleapis.com/v2/reports"
DASH = "https://api.tableaubord-createur.example"
UA = ua("TableauBord", "3.4.1")
CHANNEL = "UCq8Zk3vT0mZ1pYQeWl4rN2g"


def _video_id(c: Context) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(c.rng.choice(alphabet) for _ in range(11))


def retention_curve(c: Context) -> Flow:
    vid = _video_id(c)
    url = (
        f"{YTA}?ids=channel%3D%3D{CHANNEL}&startDate=2024-10-01&endDate=2024-10-31"
        f"&metrics=audienceWatchRatio,relativeRetentionPerformance"
        f"&dimensions=elapsedVideoTimeRatio&filters=video%3D%3D{vid}"
    )
    b = new_builder(c, "youtube-analytics", "GET", url, "com.google.api.client/2.2.0")
    b.header("authorization", "Bearer ya29." + rid(c.rng).replace("-", ""))
    b.decoy("audience retention curve of a client's video: aggregate over all viewers")
    ratio = 1.0
    rows = []
    for step in range(1, 101):
        ratio = max(0.05, ratio - c.rng.uniform(0.0, 0.015))
        rows.append([round(step / 100, 2), round(ratio, 4), rf(c.rng, 0.3, 0.8, 3)])
    b.ok_json(
        {
            "kind": "youtubeAnalytics#resultTable",
            "columnHeaders": [
                {"name": "elapsedVideoTimeRatio", "columnType": "DIMENSION", "dataType": "FLOAT"},
                {"name": "audienceWatchRatio", "columnType": "METRIC", "dataType": "FLOAT"},
                {"name": "relativeRetentionPerformance", "columnType": "METRIC"},
            ],
            "rows": rows,
        }
    )
    return b.build()


def top_videos(c: Context) -> Flow:
    url = (
        f"{YTA}?ids=channel%3D%3D{CHANNEL}&startDate=2024-10-01&endDate=2024-10-31"
        "&metrics=views,estimatedMinutesWatched,averageViewDuration,averageViewPercentage"
        "&dimensions=video&sort=-estimatedMinutesWatched&maxResults=10"
    )
    b = new_builder(c, "youtube-analytics", "GET", url, "com.google.api.client/2.2.0")
    b.header("authorization", "Bearer ya29." + rid(c.rng).replace("-", ""))
    b.decoy("top videos by minutes watched, average view duration: channel aggregates")
    rows = [
        [
            _video_id(c),
            c.rng.randint(800, 90000),
            c.rng.randint(2000, 400000),
            c.rng.randint(40, 600),
            rf(c.rng, 18, 70, 1),
        ]
        for _ in range(10)
    ]
    b.ok_json({"kind": "youtubeAnalytics#resultTable", "rows": rows})
    return b.build()


def dashboard_summary(c: Context) -> Flow:
    b = new_builder(
        c, "tableaubord", "GET", f"{DASH}/v2/chaines/{CHANNEL}/sommaire?periode=28j", UA
    )
    b.decoy("dashboard summary: average view duration and watch time over all viewers")
    b.ok_json(
        {
            "chaine": CHANNEL,
            "vues": c.rng.randint(5000, 200000),
            "heures_visionnement": c.rng.randint(300, 9000),
            "duree_moyenne_visionnement_s": c.rng.randint(60, 420),
            "taux_retention_30s": rf(c.rng, 0.4, 0.8, 3),
            "abonnes_gagnes": c.rng.randint(10, 900),
            "meilleures_videos": [
                {
                    "video_id": _video_id(c),
                    "titre": t,
                    "vues": c.rng.randint(500, 50000),
                    "duree_moyenne_s": c.rng.randint(40, 500),
                }
                for t in ("Making-of : tournage à Charlevoix", "Mixage 5.1 en 10 minutes")
            ],
        }
    )
    return b.build()


def retention_export(c: Context) -> Flow:
    b = new_builder(c, "tableaubord", "POST", f"{DASH}/v2/exports", UA)
    b.decoy("CSV export request of a retention curve (aggregate), with a job id")
    b.json(
        {
            "type": "courbe_retention",
            "video_id": _video_id(c),
            "format": "csv",
            "points": 100,
            "job": rid(c.rng),
        }
    )
    b.ok_json({"statut": "en_file", "job": rid(c.rng)}, 202)
    return b.build()


ALL = [retention_curve, top_videos, dashboard_summary, retention_export]
