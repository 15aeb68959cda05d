"""Tiny Tutors: a children's education video app (YouTube Kids-like).

Viewing reports as the app sends them: GA4 `g/collect` hits for the
`video_progress` / `video_complete` enhanced-measurement events with
`ep.video_title`, `epn.video_percent`, `epn.video_current_time`
(https://support.google.com/analytics/answer/9216061), the app's own
per-child history, and the parents' dashboard answer listing what a child
watched. Branch attribution sends `hardware_id` and `advertising_ids.aaid`
(https://help.branch.io/developers-hub/reference/server-to-server-install).
Fetching lessons, thumbnails and search results is not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import jsb

from .phone import FB, iso, ms, rf, ua

UA = ua("TinyTutors", "2.30.1")
API = "https://api.tinytutors.example"
TITLES = [
    "Counting to 20 with Otters",
    "Why Is the Sky Blue?",
    "Letters: B is for Bee",
    "Dinosaur Days",
    "Shapes Around Us",
]


def _b(c: Context, method: str, url: str, sdk: str = "tinytutors") -> FB:
    f = FB(c, sdk, method, url)
    f.header("user-agent", UA)
    return f


def ga4_video(c: Context, event: str = "video_progress") -> Flow:
    f = _b(c, "POST", "https://region1.google-analytics.com/g/collect", "ga4")
    f.view("query.en=video_progress&ep.video_title")
    pct = c.rng.choice([10, 25, 50, 75]) if event == "video_progress" else 100
    for k, v in [
        ("v", "2"),
        ("tid", "G-7K2L9Q0ZXB"),
        ("cid", f.id("tube_app_instance", where="query.cid", detectable=False)),
        ("sid", str(int(c.now))),
        ("en", event),
        ("ep.video_provider", "tinytutors"),
        ("ep.video_title", c.rng.choice(TITLES)),
        ("epn.video_percent", str(pct)),
        ("epn.video_current_time", str(c.rng.randint(10, 400))),
        ("epn.video_duration", "420"),
        ("_s", str(c.rng.randint(2, 40))),
    ]:
        f.param(k, v)
    f.no_content()
    return f.build()


def kid_history(c: Context) -> Flow:
    f = _b(c, "POST", "")
    f.base = f"{API}/v3/kids/{f.acct('tube_kid')}/history"
    f.view("body.watched[]")
    f.json(
        {
            "watched": [
                {
                    "content_id": f"ep-{c.rng.randint(100, 999)}",
                    "title": c.rng.choice(TITLES),
                    "seconds_watched": c.rng.randint(20, 600),
                    "completed": c.rng.random() < 0.4,
                    "watched_at": iso(c),
                }
            ]
        }
    )
    f.no_content()
    return f.build()


def parent_dashboard(c: Context) -> Flow:
    f = _b(c, "GET", f"{API}/v3/parents/dashboard")
    f.view("response.children[].watch_history[]", direction="response")
    f.ok_json(
        {
            "children": [
                {
                    "name": "Leo",
                    "screen_time_min": c.rng.randint(10, 90),
                    "watch_history": [
                        {
                            "title": t,
                            "watched_at": iso(c),
                            "duration_watched_s": c.rng.randint(60, 600),
                        }
                        for t in c.rng.sample(TITLES, 3)
                    ],
                }
            ]
        }
    )
    return f.build()


def opaque_batch(c: Context) -> Flow:
    f = _b(c, "POST", f"{API}/b")
    f.view("body(gzip).e[] tuples", detectable=False)
    f.set_body(
        jsb(
            {
                "e": [
                    ["p", f"ep-{c.rng.randint(100, 999)}", c.rng.randint(5, 600), ms(c)]
                    for _ in range(3)
                ],
                "z": 2,
            }
        ),
        "application/json",
        "gzip",
    )
    f.no_content()
    return f.build()


def branch_install(c: Context) -> Flow:
    f = _b(c, "POST", "https://api2.branch.io/v1/install", "branch")
    f.json(
        {
            "branch_key": "key_live_kaFuWw8WvY7yn1d9yYiP8gokwqjV0Swt",
            "hardware_id": f.id("aid_tube", where="body.hardware_id"),
            "is_hardware_id_real": True,
            "advertising_ids": {"aaid": f.id("gaid", where="body.advertising_ids.aaid")},
            "brand": "samsung",
            "model": "SM-A546B",
            "os": "Android",
            "os_version": 34,
            "app_version": "2.30.1",
            "first_install_time": ms(c) - 86400000,
        }
    )
    f.ok_json({"session_id": str(c.rng.randint(10**17, 10**18)), "data": "{}"})
    return f.build()


def device_header(c: Context) -> Flow:
    f = _b(c, "GET", f"{API}/v3/catalogue/home")
    f.header("x-device-id", f.id("tube_install", where="header.x-device-id"))
    f.param("age_band", "4-6")
    f.ok_json(
        {"rows": [{"title": "New this week", "items": [{"id": f"ep-{c.rng.randint(100, 999)}"}]}]}
    )
    return f.build()


def search(c: Context) -> Flow:
    f = _b(c, "GET", f"{API}/v3/search")
    f.param("q", c.rng.choice(["dinosaurs", "counting", "space", "animals"]))
    f.ok_json(
        {
            "results": [
                {"content_id": f"ep-{c.rng.randint(100, 999)}", "title": c.rng.choice(TITLES)}
            ]
        }
    )
    return f.build()


def thumbnail(c: Context) -> Flow:
    f = _b(c, "GET", f"https://img.tinytutors.example/thumbs/ep-{c.rng.randint(100, 999)}_640.webp")
    f.respond(200, "image/webp", b"RIFF\x00\x00\x00\x00WEBP" + bytes(120))
    return f.build()


def manifest(c: Context) -> Flow:
    f = _b(c, "GET", f"https://vod.tinytutors.example/ep-{c.rng.randint(100, 999)}/master.m3u8")
    f.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1200000\n720p.m3u8\n",
    )
    return f.build()


def quiz_answer(c: Context) -> Flow:
    f = _b(c, "POST", f"{API}/v3/quiz/answer")
    f.json(
        {
            "quiz": f"q-{c.rng.randint(10, 99)}",
            "answer": c.rng.randint(0, 3),
            "time_ms": c.rng.randint(800, 9000),
            "score": rf(c.rng, 0, 1, 2),
        }
    )
    f.ok_json({"correct": True, "stars": 3})
    return f.build()
