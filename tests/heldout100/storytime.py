"""The library's story-time and lecture video channel: the staff's analytics
view (views, average watch time, audience retention curves per video, in the
shape of the YouTube Analytics API v2 reports.query: ids=channel==MINE,
metrics=views,averageViewDuration,audienceWatchRatio; response columnHeaders +
rows, see developers.google.com/youtube/analytics) and the public video page's
thumbnail and segment fetches. Aggregates over all viewers: hard decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, rf

API = "https://youtubeanalytics.googleapis.com/v2/reports"


def _video_id(ctx: Context) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(ctx.rng.choice(alphabet) for _ in range(11))


def channel_report(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "storytime", "GET", API)
    for k, v in (
        ("ids", "channel==MINE"),
        ("startDate", "2026-10-01"),
        ("endDate", "2026-10-31"),
        ("metrics", "views,estimatedMinutesWatched,averageViewDuration,averageViewPercentage"),
        ("dimensions", "video"),
        ("sort", "-views"),
    ):
        b.param(k, v)
    heads = [
        "video",
        "views",
        "estimatedMinutesWatched",
        "averageViewDuration",
        "averageViewPercentage",
    ]
    rows = [
        [
            _video_id(ctx),
            r.randint(5, 900),
            r.randint(10, 5000),
            r.randint(20, 1500),
            rf(r, 10, 90, 2),
        ]
        for _ in range(r.randint(4, 10))
    ]
    b.decoy("channel-wide views and average watch time per video: aggregate analytics")
    b.ok_json(
        {
            "kind": "youtubeAnalytics#resultTable",
            "columnHeaders": [{"name": h} for h in heads],
            "rows": rows,
        }
    )
    return b.build()


def retention(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "storytime", "GET", API)
    b.param("ids", "channel==MINE")
    b.param("metrics", "audienceWatchRatio,relativeRetentionPerformance")
    b.param("dimensions", "elapsedVideoTimeRatio")
    b.param("filters", "video==" + _video_id(ctx))
    ratio = 1.0
    rows = []
    for i in range(1, 21):
        ratio = max(0.05, ratio - r.uniform(0, 0.06))
        rows.append([i / 20, round(ratio, 4), rf(r, 0.3, 0.8, 3)])
    b.decoy("audience retention curve of a story-time video, over all viewers")
    b.ok_json({"kind": "youtubeAnalytics#resultTable", "rows": rows})
    return b.build()


def thumbnail(ctx: Context) -> Flow:
    b = FB(ctx, "storytime", "GET", f"https://i.ytimg.com/vi/{_video_id(ctx)}/hqdefault.jpg")
    b.decoy("video thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 700))
    return b.build()


def lecture_schedule(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "storytime", "GET", "https://www.pbz-example.ch/api/vortraege")
    b.param("lingua", r.choice(["de", "fr", "it", "rm"]))
    b.decoy("catalogue of recorded lectures with durations and view counts")
    b.ok_json(
        {
            "videos": [
                {
                    "id": new_hex(r, 8),
                    "titel": r.choice(
                        ["Märchenstunde", "Istorgias per uffants", "L'ora delle storie"]
                    ),
                    "dauerSek": r.randint(600, 4000),
                    "aufrufe": r.randint(10, 3000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def signage_proof_of_play(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "storytime", "POST", "https://signage.pbz-example.ch/api/v1/proof-of-play")
    b.json(
        {
            "player": {
                "serial": "SP" + new_hex(r, 10).upper(),
                "standort": "Foyer Hauptbibliothek",
            },
            "plays": [
                {
                    "mediaId": _video_id(ctx),
                    "startedAt": i * 45,
                    "durationPlayedSec": r.randint(10, 45),
                    "completed": True,
                }
                for i in range(r.randint(3, 8))
            ],
        }
    )
    b.decoy("lobby screen's proof-of-play log: a library display, no person watching")
    b.no_content()
    return b.build()


FLOWS = [signage_proof_of_play, channel_report, retention, thumbnail, lecture_schedule]
