"""Sawt: an Arabic podcast app (Jordan/UAE-style). Its player reports plays
(`seconds_listened`), syncs per-episode progress and gets listen history back;
its install id rides in an `X-Sawt-Install-Id` header; a compact binary stats
beacon (protobuf, field numbers only) is the opaque carrier. RSS feeds,
search and artwork are the decoys.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_varint

from .phone import FB, iso, rid

API = "https://api.sawt.fm"
EPISODES = [
    ("ep-9912", "فنجان"),
    ("ep-4410", "أسمار"),
    ("ep-2207", "Bidoun Podcast"),
    ("ep-6110", "بودكاست تاريخ"),
]


def _hdr(b: FB, install: bool = True) -> None:
    b.header("User-Agent", "Sawt/2.9.1 (HarmonyOS 4.0; ALN-AL00)")
    if install:
        b.other_id("pod_install", "header.X-Sawt-Install-Id")
        b.header("X-Sawt-Install-Id", b.ctx.phone.pod_install)


def play_report(c: Context) -> Flow:
    eid, _ = c.rng.choice(EPISODES)
    b = FB(c, "sawt", "POST", f"{API}/v2/plays")
    _hdr(b)
    b.view("body.plays[]")
    b.json(
        {
            "plays": [
                {
                    "episode_guid": eid,
                    "started_at": iso(c),
                    "seconds_listened": c.rng.randint(30, 4000),
                    "completed": c.rng.random() < 0.2,
                    "speed": 1.25,
                }
            ]
        }
    )
    b.ok_json({"accepted": 1})
    return b.build()


def progress_sync(c: Context) -> Flow:
    eid, _ = c.rng.choice(EPISODES)
    b = FB(c, "sawt", "PUT", f"{API}/v2/me/progress/{eid}")
    _hdr(b, install=False)
    b.view("body.position_sec")
    b.json({"position_sec": c.rng.randint(0, 5000), "duration_sec": 5400, "updated_at": iso(c)})
    b.no_content()
    return b.build()


def history(c: Context) -> Flow:
    b = FB(c, "sawt", "GET", f"{API}/v2/me/history", [("limit", "20")])
    _hdr(b, install=False)
    b.view("response.history", direction="response")
    b.ok_json(
        {
            "history": [
                {"episode_guid": e, "title": t, "listened_sec": c.rng.randint(60, 4000)}
                for e, t in EPISODES[:3]
            ]
        }
    )
    return b.build()


def stats_beacon(c: Context) -> Flow:
    eid, _ = c.rng.choice(EPISODES)
    b = FB(c, "sawt", "POST", "https://t.sawt.fm/b")
    _hdr(b)
    b.view("protobuf body (field numbers only)", detectable=False)
    b.set_body(
        pb_bytes(1, eid) + pb_varint(2, c.rng.randint(30, 4000)) + pb_varint(3, 1),
        "application/octet-stream",
    )
    b.no_content()
    return b.build()


def rss(c: Context) -> Flow:
    slug = quote(c.rng.choice(EPISODES)[1].replace(" ", "-"))
    b = FB(c, "sawt", "GET", f"https://feeds.sawt.fm/{slug}.xml")
    b.decoy("RSS feed fetch")
    b.respond(
        200,
        "application/rss+xml",
        b"<?xml version='1.0'?><rss><channel><title>feed</title></channel></rss>",
    )
    return b.build()


def search(c: Context) -> Flow:
    b = FB(c, "sawt", "GET", f"{API}/v2/search", [("q", c.rng.choice(["تاريخ", "ريادة", "tech"]))])
    _hdr(b, install=False)
    b.decoy("podcast search results")
    b.ok_json({"results": [{"id": e, "title": t} for e, t in EPISODES], "request_id": rid(c.rng)})
    return b.build()


def artwork(c: Context) -> Flow:
    b = FB(c, "sawt", "GET", f"https://img.sawt.fm/art/{c.rng.choice(EPISODES)[0]}_300.jpg")
    b.decoy("podcast artwork")
    b.respond(200, "image/jpeg", fake_jpeg(int(c.now) + 3))
    return b.build()
