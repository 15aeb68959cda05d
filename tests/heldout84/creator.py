"""A workout-video platform's creator dashboard (fictional "Sweatflix Studio").

She publishes class videos; the dashboard fetches her catalogue with durations,
aggregate views, audience-retention curves and "most watched" rankings, and she
uploads new videos in resumable chunks (tus protocol, tus.io/protocols/resumable-upload:
PATCH with Upload-Offset, Tus-Resumable: 1.0.0). Aggregate analytics about her
audience are not anybody's viewing history: decoys. Shaped after YouTube Analytics
API reports (columnHeaders + rows; metrics views, averageViewDuration,
audienceWatchRatio, elapsedVideoTimeRatio).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_mp4

from .phone import FB, iso, rf, rid, ua

HOST = "https://creators.sweatflix.example.com"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "creator", method, HOST + path)
    b.header("user-agent", ua("SweatflixStudio", "2.9"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _vid(c: Context) -> str:
    return "vid_" + "".join(c.rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(11))


def my_videos(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v1/me/videos")
    vids = [
        {
            "videoId": _vid(c),
            "title": c.rng.choice(["45-min HIIT", "Core Burn", "Yoga Reset"]),
            "durationSec": c.rng.randint(600, 3600),
            "views": c.rng.randint(100, 90000),
            "watchTimeHours": rf(c.rng, 10, 9000, 1),
            "publishedAt": iso(c),
        }
        for _ in range(8)
    ]
    b.ok_json({"videos": vids})
    b.decoy("creator's own published videos with aggregate views and watch-time hours")
    return b.build()


def retention(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v1/analytics/reports")
    b.param("ids", "channel==MINE")
    b.param("metrics", "audienceWatchRatio,relativeRetentionPerformance")
    b.param("dimensions", "elapsedVideoTimeRatio")
    b.param("filters", "video==" + _vid(c))
    rows = [
        [
            round(i / 100, 2),
            round(max(0.05, 1 - i / 120 + c.rng.gauss(0, 0.03)), 4),
            rf(c.rng, 0.3, 0.8),
        ]
        for i in range(0, 101, 5)
    ]
    b.ok_json(
        {
            "columnHeaders": [
                {"name": "elapsedVideoTimeRatio"},
                {"name": "audienceWatchRatio"},
                {"name": "relativeRetentionPerformance"},
            ],
            "rows": rows,
        }
    )
    b.decoy("aggregate audience-retention curve of her own video")
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v1/analytics/top-videos")
    b.param("period", "28d")
    top = [
        {
            "rank": i + 1,
            "videoId": _vid(c),
            "views": c.rng.randint(500, 50000),
            "averageViewDuration": c.rng.randint(120, 2400),
            "averageViewPercentage": rf(c.rng, 20, 90, 1),
        }
        for i in range(10)
    ]
    b.ok_json({"mostWatched": top})
    b.decoy("'most watched' ranking: aggregate over all viewers")
    return b.build()


def upload_chunk(c: Context) -> Flow:
    b = _b(c, "PATCH", f"/files/{rid(c.rng).replace('-', '')}")
    b.header("tus-resumable", "1.0.0")
    b.header("upload-offset", str(c.rng.randint(0, 40) * 5242880))
    b.set_body(fake_mp4(c.rng.randint(1, 10**6), 2000), "application/offset+octet-stream")
    b.respond(204, None, headers=[("upload-offset", str(c.rng.randint(41, 80) * 5242880))])
    b.decoy("resumable upload of her own class video (video bytes)")
    return b.build()


def video_edit(c: Context) -> Flow:
    b = _b(c, "PUT", f"/api/v1/videos/{_vid(c)}/chapters")
    chapters = [
        {"startSec": i * 300, "title": t}
        for i, t in enumerate(["Warm-up", "Block 1", "Block 2", "Stretch"])
    ]
    b.json(
        {
            "chapters": chapters,
            "thumbnailAtSec": c.rng.randint(10, 600),
            "trimEndSec": c.rng.randint(1800, 3000),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("her own video's chapter timeline (editor, not viewing)")
    return b.build()
