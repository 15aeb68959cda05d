"""Chadashot / Eidiseis: a news app with video clips, Taboola and Outbrain
recommendation widgets, Firebase and Google IMA.

- Taboola Recommendations API (developers.taboola.com, "Recommendations API"):
  GET api.taboola.com/1.2/json/{publisher}/recommendations.get with app.type,
  app.apikey, rec.count, source.type/id/url, user.session and device.id.
- Outbrain Android SDK (odb.outbrain.com/utils/get): widgetJSId, url, key, idx,
  format=vjnc and api_user_id (the advertising id, under a user-id name).
- GA4 video events (Google Analytics "Enhanced measurement": video_start,
  video_progress with video_title, video_percent, video_current_time).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from . import ads
from .phone import FB, iso, rid, ua

APP = ads.App("il.chadashot.app", "Chadashot", "12.0.4", "aid_news")
API = "https://api.chadashot.news"
CLIPS = [
    ("c-99012", "Storm hits the coast of Haifa"),
    ("c-99045", "Σεισμός 4,2 Ρίχτερ στην Πάφο"),
    ("c-99100", "Knesset vote tonight"),
    ("c-99133", "Derby highlights in 90 seconds"),
]


def _hdr(b: FB) -> None:
    b.header("user-agent", ua(APP.name, APP.ver))
    b.header("x-request-id", rid(b.ctx.rng))


def clip_view(c: Context) -> Flow:
    cid, title = c.rng.choice(CLIPS)
    b = FB(c, "chadashot", "POST", f"{API}/clips/{cid}/view")
    _hdr(b)
    b.view("json:seconds_watched of a clip")
    b.json(
        {
            "clip_title": title,
            "seconds_watched": c.rng.randint(3, 120),
            "autoplay": True,
            "muted": c.rng.random() < 0.5,
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def ga_video(c: Context) -> Flow:
    cid, title = c.rng.choice(CLIPS)
    name = c.rng.choice(["video_start", "video_progress", "video_complete"])
    b = ads.measurement(
        c,
        APP,
        name,
        {
            "video_title": title,
            "video_url": f"https://chadashot.news/v/{cid}",
            "video_percent": c.rng.choice([10, 25, 50, 75]),
            "video_current_time": c.rng.randint(1, 120),
        },
    )
    b.view("protobuf:GA4 video event params")
    return b.build()


def taboola(c: Context) -> Flow:
    art = new_digits(c.rng, 7)
    url = "https://api.taboola.com/1.2/json/chadashot-app/recommendations.get"
    params = [
        ("app.type", "mobile"),
        ("app.apikey", new_hex(c.rng, 40)),
        ("rec.count", "4"),
        ("rec.type", "mix"),
        ("source.type", "text"),
        ("source.id", f"/article/{art}"),
        ("source.url", f"https://chadashot.news/a/{art}"),
        ("user.session", "init"),
    ]
    b = FB(c, "taboola", "GET", url, params)
    b.param("device.id", b.id("gaid", where="query:device.id"))
    b.header("user-agent", ua(APP.name, APP.ver))
    b.decoy("article being read (source.id): reading, not viewing history")
    b.ok_json({"list": [{"id": new_hex(c.rng, 20), "name": "10 foods you eat wrong"}]})
    return b.build()


def outbrain(c: Context) -> Flow:
    art = new_digits(c.rng, 7)
    params = [
        ("url", f"https://chadashot.news/a/{art}"),
        ("widgetJSId", "APP_1"),
        ("key", "CHADASHOTAPP" + new_digits(c.rng, 2)),
        ("idx", "0"),
        ("format", "vjnc"),
        ("version", "4.2.1"),
        ("rand", new_digits(c.rng, 5)),
    ]
    b = FB(c, "outbrain", "GET", "https://odb.outbrain.com/utils/get", params)
    b.param("api_user_id", b.id("gaid", where="query:api_user_id", detectable=False))
    b.param("doo", "false")
    b.header("user-agent", ua(APP.name, APP.ver))
    b.ok_json({"response": {"documents": {"doc": []}}})
    return b.build()


def most_watched(c: Context) -> Flow:
    b = FB(c, "chadashot", "GET", f"{API}/clips/most-watched", [("window", "24h")])
    _hdr(b)
    b.decoy("'most watched clips' ranking: site-wide view counts, not the user's history")
    b.ok_json(
        {
            "clips": [
                {
                    "id": i,
                    "title": t,
                    "views": c.rng.randint(10**3, 10**6),
                    "duration": c.rng.randint(30, 200),
                }
                for i, t in CLIPS
            ]
        }
    )
    return b.build()


def face_article(c: Context) -> Flow:
    b = FB(c, "chadashot", "GET", f"{API}/articles/{new_digits(c.rng, 7)}")
    _hdr(b)
    b.decoy("an article about police facial recognition cameras")
    b.ok_json(
        {
            "headline": "Police facial-recognition cameras: how the face matching works",
            "body": "The system compares a face embedding of each passer-by with a "
            "watch list; critics say face templates are biometric data.",
            "tags": ["privacy", "face recognition"],
        }
    )
    return b.build()


def clip_mp4(c: Context) -> Flow:
    cid = c.rng.choice(CLIPS)[0]
    b = FB(c, "chadashot", "GET", f"https://video.chadashot.news/{cid}/720.mp4")
    b.header("range", f"bytes={c.rng.randint(0, 9) * 524288}-")
    b.decoy("clip video fetch")
    b.respond(206, "video/mp4", b"\x00\x00\x00\x20ftypisom" + bytes(100))
    return b.build()


def firebase(c: Context) -> Flow:
    return ads.firebase_installation(c, APP, "chadashot-prod")


def ima(c: Context) -> Flow:
    return ads.ima_ad_request(c, APP, "/31800665/chadashot/clips", "news")
