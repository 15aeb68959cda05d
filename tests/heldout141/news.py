"""Buckeye Daily (Galaxy): local news with video, Comscore and Singular.

The video player sends Comscore streaming-tag events (`ns_st_ev=play|hb|end`,
`ns_st_ci` content id, `ns_st_pt` playing time, `ns_st_po` position): labelled
readable, since `ns_st_*` names are Comscore's documented streaming tags and
`ev=play` says what it is. The app's own "videos you watched" list is history.
Articles (one on facial-recognition cameras downtown), the trending rail and
the radar loop are look-alikes; Singular's start call and Google Ad Manager
requests carry the ids.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from . import sdkwire
from .phone import FB, android_ua, iso, ms, rf, rid

API = "https://api.buckeyedaily.example"
UA = android_ua("BuckeyeDaily", "11.4.0")
VIDEOS = [
    ("v88120", "Storms roll through Franklin County"),
    ("v88133", "Columbus Crew parade"),
    ("v88190", "I-71 closure explained"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "buckeyedaily", method, url)
    b.header("user-agent", UA)
    return b


def comscore(c: Context) -> Flow:
    vid, title = c.rng.choice(VIDEOS)
    b = FB(c, "comscore", "GET", "https://sb.scorecardresearch.com/p")
    b.header("user-agent", UA)
    b.view("query ns_st_ev (play/hb/end) + ns_st_ci + ns_st_po (Comscore streaming tags)")
    for k, v in [
        ("c1", "2"),
        ("c2", "6035210"),
        ("ns_ap_an", "BuckeyeDaily"),
        ("ns_st_ev", c.rng.choice(["play", "hb", "end"])),
        ("ns_st_ci", vid),
        ("ns_st_pr", title),
        ("ns_st_po", str(c.rng.randint(0, 180000))),
        ("ns_st_pt", str(c.rng.randint(0, 180000))),
        ("ns_st_cl", "180000"),
        ("ns_ak", b.id("gaid", where="query ns_ak (advertising id)")),
        ("c12", b.id("aid_news", "md5", "query c12 (md5 android id)", detectable=False)),
        ("ns_ts", str(ms(c))),
    ]:
        b.param(k, v)
    b.respond(204, None)
    return b.build()


def watched_videos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/videos/watched")
    b.view("response json videos[] (watchedAt, secondsWatched)", direction="response")
    b.ok_json(
        {
            "videos": [
                {
                    "id": v,
                    "headline": t,
                    "watchedAt": iso(c),
                    "secondsWatched": c.rng.randint(5, 180),
                }
                for v, t in VIDEOS
            ]
        }
    )
    return b.build()


def singular_start(c: Context) -> Flow:
    return sdkwire.singular(c, "news", "aid_news")


def gam_ad(c: Context) -> Flow:
    return sdkwire.gam_ad(c, "news")


def article(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/articles/{c.rng.randint(10**6, 10**7)}")
    b.decoy("article about facial-recognition cameras downtown (text about faces)")
    b.ok_json(
        {
            "headline": "Council debates facial recognition cameras downtown",
            "body": "The face-matching system would compare faces against a watch list...",
            "readingTimeMinutes": 4,
            "publishedAt": iso(c),
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/videos/trending")
    b.decoy("trending videos with total plays (aggregate)")
    b.ok_json(
        {
            "videos": [
                {"id": v, "headline": t, "plays": c.rng.randint(10**3, 10**5)} for v, t in VIDEOS
            ]
        }
    )
    return b.build()


def radar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/weather/radar?lat=39.96&lon=-83.00&frames=12")
    b.decoy("radar frame timestamps and coordinates")
    b.ok_json(
        {
            "frames": [
                {"ts": ms(c) - i * 300000, "tile": f"https://radar.buckeyedaily.example/{i}.png"}
                for i in range(12)
            ],
            "center": [39.96, -83.0],
            "intensity": [rf(c.rng, 0, 1, 2) for _ in range(12)],
        }
    )
    return b.build()


def video_fetch(c: Context) -> Flow:
    vid, _ = c.rng.choice(VIDEOS)
    b = _b(c, "GET", f"https://video.buckeyedaily.example/{vid}/master.m3u8")
    b.decoy("video manifest (content fetch)")
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1200000\n720.m3u8\n",
    )
    return b.build()


def breaking_push(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/push/register")
    b.decoy("push token registration (a token, not a device id of the tester's in this sense)")
    b.json(
        {
            "fcmToken": "d" + rid(c.rng).replace("-", "") + ":APA91b" + rid(c.rng).replace("-", ""),
            "topics": ["breaking", "weather"],
            "registeredAt": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
