"""A learning platform with lesson videos (an Edpuzzle / Khan-style app), seen
from the teacher's side: catalogue pages with video durations, the class's
aggregate "most watched lessons", assignment completion rates, thumbnails,
captions and HLS segments of the teacher previewing nothing: every flow is a
hard viewing-history decoy (aggregates, catalogue metadata, media fetches).
In-house API shaped like public LMS/video-catalogue JSON (Khan Academy
content API keys: `duration`, `youtubeId`, `slug`, `kind`).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import iso, new, rf, rid, series, ua

API = "https://api.example-lessons.com"
AGENT = ua("LessonLoop", "3021")
TITLES = [
    "Photosynthesis in 5 minutes",
    "Fracciones equivalentes",
    "The Water Cycle",
    "Texas Revolution: the Alamo",
    "Long division, step by step",
    "Ecosistemas del desierto",
    "Reading a number line",
    "Parts of a cell",
]


def _video(c: Context) -> dict:
    r = c.rng
    return {
        "kind": "Video",
        "id": "v" + new_hex(r, 10),
        "slug": r.choice(TITLES).lower().replace(" ", "-"),
        "title": r.choice(TITLES),
        "duration": r.randint(120, 900),
        "youtubeId": new_hex(r, 11),
        "gradeBand": r.choice(["3-5", "6-8"]),
        "views": r.randint(1000, 900000),
    }


def catalogue(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "lessons",
        "GET",
        f"{API}/v2/catalog/videos",
        AGENT,
        [
            ("subject", r.choice(["math", "science", "ela", "social-studies"])),
            ("page", str(r.randint(1, 5))),
        ],
    )
    b.ok_json({"items": [_video(c) for _ in range(6)], "nextPage": r.randint(2, 9)})
    b.decoy("video catalogue page: titles, durations, global view counts")
    return b.build()


def most_watched(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "lessons",
        "GET",
        f"{API}/v2/classes/118/insights/most-watched",
        AGENT,
        [("range", "30d")],
    )
    b.ok_json(
        {
            "classId": 118,
            "range": "30d",
            "top": [
                {
                    "videoId": "v" + new_hex(r, 10),
                    "title": t,
                    "classViews": r.randint(5, 60),
                    "avgWatchedPct": rf(r, 0.3, 1.0, 2),
                    "totalWatchMinutes": r.randint(30, 900),
                }
                for t in r.sample(TITLES, 5)
            ],
        }
    )
    b.decoy("most-watched lessons for the class in aggregate (no individual's watch history)")
    return b.build()


def completion(c: Context) -> Flow:
    r = c.rng
    b = new(c, "lessons", "GET", f"{API}/v2/classes/118/assignments/{new_hex(r, 8)}/stats", AGENT)
    b.ok_json(
        {
            "assigned": 26,
            "completed": r.randint(5, 26),
            "completionRate": rf(r, 0.2, 1.0, 2),
            "avgScore": rf(r, 55, 98, 1),
            "questionCorrectPct": series(r, 6, 0.2, 1.0),
            "dueAt": iso(c),
            "videoLengthSec": r.randint(120, 900),
        }
    )
    b.decoy("assignment completion rate and question stats for the class (aggregate)")
    return b.build()


def assign_video(c: Context) -> Flow:
    r = c.rng
    b = new(c, "lessons", "POST", f"{API}/v2/classes/118/assignments", AGENT)
    b.json(
        {
            "videoId": "v" + new_hex(r, 10),
            "title": r.choice(TITLES),
            "startAt": iso(c),
            "dueAt": iso(c),
            "preventSkipping": r.random() < 0.5,
            "questions": r.randint(0, 5),
            "clip": {"startSec": r.randint(0, 60), "endSec": r.randint(200, 600)},
        }
    )
    b.ok_json({"assignmentId": new_hex(r, 8)})
    b.decoy("teacher assigns a video clip (start/end seconds are the clip bounds, nothing watched)")
    return b.build()


def thumbnail(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "lessons",
        "GET",
        f"https://img.example-lessons-cdn.com/thumbs/v{new_hex(r, 10)}/480x270.jpg",
        AGENT,
    )
    b.respond(200, "image/jpeg", fake_jpeg(r.randint(0, 10**9), 800))
    b.decoy("lesson video thumbnail fetch")
    return b.build()


def hls_segment(c: Context) -> Flow:
    r = c.rng
    seg = r.randint(0, 90)
    b = new(
        c,
        "lessons",
        "GET",
        f"https://media.example-lessons-cdn.com/v{new_hex(r, 10)}/720p/seg_{seg:05d}.ts",
        "AppleCoreMedia/1.0.0.21F90 (iPad; U; CPU OS 17_5 like Mac OS X; en_us)",
    )
    b.respond(200, "video/mp2t", bytes(r.getrandbits(8) for _ in range(400)))
    b.decoy("HLS segment of a lesson video fetched for the projector (media bytes only)")
    return b.build()


def captions(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "lessons",
        "GET",
        f"https://media.example-lessons-cdn.com/v{new_hex(r, 10)}/captions/es.vtt",
        AGENT,
    )
    b.respond(
        200,
        "text/vtt",
        b"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nLas plantas producen su alimento.\n",
    )
    b.decoy("Spanish captions for a lesson video")
    return b.build()


def player_qos(c: Context) -> Flow:
    r = c.rng
    b = new(c, "lessons", "POST", f"{API}/v2/qos", AGENT)
    b.json(
        {
            "sessionTraceId": rid(r),
            "bitrateKbps": series(r, 8, 800, 4500, 0),
            "stalls": r.randint(0, 3),
            "startupMs": r.randint(300, 2500),
            "cdn": "fastly",
            "networkType": "wifi",
        }
    )
    b.no_content()
    b.decoy("player quality-of-service: bitrates and stalls, no title or position")
    return b.build()
