"""A news app (English / Chinese / Malay): "most read", video thumbnails, and
analytics of the videos the tester actually played.

Decoys: most-read lists (articles read, not watched), article pages about face
recognition, video thumbnails. Real: GA4 Measurement Protocol for Firebase
(developers.google.com/analytics/devguides/collection/protocol/ga4, `POST
/mp/collect?firebase_app_id&api_secret`, body `app_instance_id`, `events[]`
with the enhanced-measurement video params `video_title`, `video_percent`,
`video_current_time`), which carries viewing history and the app-instance id.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, cfn, rid

API = "https://api.beritakini-example.com"
VIDEOS = [
    "Budget 2026: what it means for HDB upgraders",
    "新加坡地铁新线路开通",
    "Banjir kilat di Johor Bahru",
    "Rare white tiger cub at Mandai",
]


def most_read(c: Context) -> Flow:
    b = FB(c, "berita", "GET", f"{API}/v2/most-read", [("lang", c.rng.choice(["en", "zh", "ms"]))])
    b.header("user-agent", cfn("BeritaKini", "9.1"))
    b.ok_json(
        {
            "items": [
                {"id": rid(c.rng), "title": t, "reads": c.rng.randint(1000, 90000)}
                for t in VIDEOS[:3]
            ],
            "最多阅读": True,
        }
    )
    b.decoy("most-read articles list")
    return b.build()


def face_article(c: Context) -> Flow:
    b = FB(c, "berita", "GET", f"{API}/v2/articles/{c.rng.randint(10**5, 10**6)}")
    b.header("user-agent", cfn("BeritaKini", "9.1"))
    b.ok_json(
        {
            "headline": "Changi rolls out facial recognition at all immigration lanes",
            "body": "Travellers will no longer need passports; face templates are deleted...",
            "tags": ["biometrics", "face recognition", "privacy"],
            "readTimeMin": 4,
        }
    )
    b.decoy("news article about face recognition")
    return b.build()


def thumb(c: Context) -> Flow:
    n = c.rng.randint(10**5, 10**6)
    b = FB(c, "berita", "GET", f"https://img.beritakini-example.com/video/{n}/thumb_640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(n, 300))
    b.decoy("video thumbnail")
    return b.build()


def ga4_video(c: Context, event: str = "video_progress") -> Flow:
    url = "https://www.google-analytics.com/mp/collect"
    b = FB(
        c,
        "ga4",
        "POST",
        url,
        [("firebase_app_id", "1:8243:ios:5c1e9b2d"), ("api_secret", "kT3x" + rid(c.rng)[:12])],
    )
    b.header("user-agent", cfn("BeritaKini", "9.1"))
    title = c.rng.choice(VIDEOS)
    b.json(
        {
            "app_instance_id": b.id("ga_instance", where="body.app_instance_id"),
            "events": [
                {
                    "name": event,
                    "params": {
                        "video_title": title,
                        "video_provider": "jwplayer",
                        "video_percent": c.rng.choice([10, 25, 50, 75, 100]),
                        "video_current_time": c.rng.randint(5, 600),
                        "engagement_time_msec": c.rng.randint(1000, 30000),
                    },
                }
            ],
        }
    )
    b.view("body.events[].params.video_title / video_percent")
    b.no_content()
    return b.build()


VIEW = [
    ga4_video,
    lambda c: ga4_video(c, "video_start"),
    ga4_video,
    lambda c: ga4_video(c, "video_complete"),
]
