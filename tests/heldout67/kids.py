"""Bubbles Kids: a cartoon app for small children (Hebrew and Greek dubs) with a
parents' screen-time report. In-house backend, our own key names; Firebase
Analytics events with string param names (see ads.measurement).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from . import ads
from .phone import FB, iso, ms, rid, ua

APP = ads.App("com.bubbleskids.tv", "BubblesKids", "2.8.3", "aid_kids")
API = "https://app.bubbleskids.tv"
CARTOONS = [
    ("bk-101", "Peppa Pig - Muddy Puddles"),
    ("bk-214", "Bluey - Keepy Uppy"),
    ("bk-330", "פרפר נחמד"),
    ("bk-412", "Ο Μικρός Πρίγκιπας"),
    ("bk-518", "Paw Patrol"),
]


def _hdr(b: FB, device: bool = False) -> None:
    """The app's own device id rides only on the watch log and the device calls."""
    b.header("user-agent", ua(APP.name, APP.ver))
    if device:
        b.header("x-kids-device", b.ctx.phone.kids_device)
        b.other_id("kids_device", "header:x-kids-device")
    b.header("x-req", rid(b.ctx.rng))


def episode_watched(c: Context) -> Flow:
    b = FB(c, "bubbles", "POST", f"{API}/api/kid/{c.phone.kids_profile}/watched")
    _hdr(b, device=True)
    cid, title = c.rng.choice(CARTOONS)
    length = c.rng.randint(300, 780)
    b.view("json:cartoon_id/watched_seconds")
    b.json(
        {
            "cartoon_id": cid,
            "title": title,
            "watched_seconds": c.rng.randint(20, length),
            "episode_length": length,
            "dub": c.rng.choice(["he", "el"]),
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def screen_time(c: Context) -> Flow:
    b = FB(c, "bubbles", "GET", f"{API}/api/parent/report", [("day", "today")])
    _hdr(b)
    b.view("response json:watched[] (child's viewing report)", direction="response")
    rows = [
        {"title": t, "minutes": c.rng.randint(3, 25), "last_seen": iso(c)}
        for _, t in c.rng.sample(CARTOONS, 3)
    ]
    b.ok_json({"kid": c.phone.kids_profile, "watched": rows, "total_minutes": 44})
    return b.build()


def ga_episode(c: Context) -> Flow:
    cid, title = c.rng.choice(CARTOONS)
    b = ads.measurement(
        c,
        APP,
        "episode_progress",
        {
            "episode_id": cid,
            "episode_name": title,
            "percent_watched": c.rng.choice([25, 50, 75, 100]),
        },
    )
    b.view("protobuf:event episode_progress params")
    return b.build()


def register_device(c: Context) -> Flow:
    b = FB(c, "bubbles", "POST", f"{API}/api/devices")
    _hdr(b, device=True)
    b.form(
        [
            ("device_uid", b.id(APP.aid, where="form:device_uid")),
            ("platform", "android"),
            ("push_token", c.phone.fcm_token),
        ]
    )
    b.ok_json({"ok": 1})
    return b.build()


def thumbnail(c: Context) -> Flow:
    cid = c.rng.choice(CARTOONS)[0]
    b = FB(c, "bubbles", "GET", f"https://cdn.bubbleskids.tv/thumbs/{cid}/320.jpg")
    b.header("user-agent", ua(APP.name, APP.ver))
    b.decoy("cartoon thumbnail")
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(120))
    return b.build()


def colouring(c: Context) -> Flow:
    b = FB(c, "bubbles", "POST", f"{API}/api/colouring/save")
    _hdr(b)
    strokes = [
        [[round(c.rng.uniform(0, 1080)), round(c.rng.uniform(0, 1500))] for _ in range(8)]
        for _ in range(4)
    ]
    b.decoy("colouring-game strokes: lists of screen coordinates")
    b.json({"picture": "bluey_beach", "strokes": strokes, "colour": "#ff8800"})
    b.ok_json({"saved": new_hex(c.rng, 10)})
    return b.build()


def age_gate(c: Context) -> Flow:
    b = FB(c, "bubbles", "POST", f"{API}/api/kid/profile")
    _hdr(b)
    b.decoy("self-declared child age and avatar on a profile form")
    b.json(
        {
            "name": "Maya",
            "age": c.rng.randint(3, 7),
            "avatar": "bunny",
            "gender": "girl",
            "updated": ms(c),
        }
    )
    b.ok_json({"id": c.phone.kids_profile})
    return b.build()


def adjust(c: Context) -> Flow:
    return ads.adjust(c, APP)
