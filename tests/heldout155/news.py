"""Khobor Ekhon: a Bangladeshi news-video app (bulletins, talk shows, live news).

Its player posts `video_dekha` (video watched) progress with Banglish keys and logs
live-news channel sessions; the Facebook SDK sends app events with
`advertiser_id` and the SDK's `anon_id`, some of them `video_watch_50` with the
video id. A 1x1 pixel carries watch rows as base64url JSON under `e` (opaque).
Reading an article, headlines, the "most viewed today" rail and thumbnails are
not viewing history.
"""

from __future__ import annotations

import json

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64url, fake_jpeg

from .phone import FB, bd_time, ms, rid, ua

API = "https://api.khoborekhon.example"
UA = ua("KhoborEkhon", "1.19.4")
FB_APP = "1190044829931547"
VIDEOS = [
    ("v90311", "রাতের বুলেটিন ১০টা"),
    ("v90377", "Tritiyo Matra talk show"),
    ("v90412", "বন্যা পরিস্থিতি সিলেট"),
    ("v90455", "Budget 2025-26 explained"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "khoborekhon", method, url)
    b.header("user-agent", UA)
    b.header("x-ke-device", b.id("aid_news", where="header x-ke-device"))
    return b


def video_dekha(c: Context) -> Flow:
    vid, title = c.rng.choice(VIDEOS)
    b = _b(c, "POST", f"{API}/v1/video/dekha")
    b.view("json video_id + dekha_hoyeche_percent + koto_sec (news video watched)")
    b.json(
        {
            "video_id": vid,
            "title": title,
            "koto_sec": c.rng.randint(5, 900),
            "dekha_hoyeche_percent": c.rng.choice([25, 50, 75, 100]),
            "at": bd_time(c.now),
        }
    )
    b.no_content()
    return b.build()


def live_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/live/session-end")
    b.view("json live news session: stream, started_at, watched_seconds")
    b.json(
        {
            "stream": "khobor-ekhon-live",
            "started_at": bd_time(c.now - 900),
            "watched_seconds": c.rng.randint(30, 3600),
        }
    )
    b.no_content()
    return b.build()


def facebook_event(c: Context, video: bool = True) -> Flow:
    b = FB(c, "facebook-sdk", "POST", f"https://graph.facebook.com/v17.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.16.3.0")
    vid, title = c.rng.choice(VIDEOS)
    if video:
        b.view("form custom_events video_watch_50 with fb_content_id")
        ev = {
            "_eventName": "video_watch_50",
            "fb_content_id": vid,
            "title": title,
            "_logTime": ms(c) // 1000,
        }
    else:
        ev = {"_eventName": "fb_mobile_activate_app", "_logTime": ms(c) // 1000}
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("anon_id", b.id("news_anon_id", where="form anon_id")),
            ("application_package_name", "com.khoborekhon.android"),
            ("custom_events", json.dumps([ev], ensure_ascii=False)),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def fb_activate(c: Context) -> Flow:
    return facebook_event(c, video=False)


def pixel_opaque(c: Context) -> Flow:
    rows = [[c.rng.choice(VIDEOS)[0], c.rng.randint(3, 600)] for _ in range(2)]
    b = _b(c, "GET", f"{API}/p.gif")
    b.view("query e = base64url JSON rows [video, seconds]", detectable=False)
    b.param("e", b64url(json.dumps(rows)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def article(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/articles/{c.rng.randint(10**5, 10**6)}")
    b.decoy("article text fetch: reading is not watching")
    b.ok_json(
        {
            "headline": "ঢাকায় মেট্রোরেলের নতুন সময়সূচি",
            "body": "...",
            "read_time_min": c.rng.randint(2, 8),
        }
    )
    return b.build()


def most_viewed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/videos/most-viewed?period=today")
    b.decoy("most viewed videos today: view counts over all viewers (aggregate)")
    b.ok_json(
        {
            "videos": [
                {"video_id": v, "title": t, "views": c.rng.randint(10**4, 10**6)} for v, t in VIDEOS
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    vid = c.rng.choice(VIDEOS)[0]
    b = FB(c, "khoborekhon", "GET", f"https://img.khoborekhon.example/thumbs/{vid}_640.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def headlines(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/headlines?lang=bn&req={rid(c.rng)}")
    b.decoy("headline list with request id")
    b.ok_json({"items": [{"id": i, "title": "শিরোনাম"} for i in range(8)]})
    return b.build()
