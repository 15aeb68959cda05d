"""Lumo's feed traffic that is NOT viewing history: reel video segments, thumbnails
and search results (what the issue says a watch report is not).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, js

from .phone import FB, rid
from .social import API, UA, _b, _media


def reel_video(c: Context) -> Flow:
    b = FB(
        c,
        "lumo-cdn",
        "GET",
        f"https://scontent-arn2-1.cdnlumo.net/v/t50.2886-16/{c.rng.randint(10**8, 10**9)}_n.mp4",
        [
            ("_nc_ht", "scontent-arn2-1"),
            ("efg", b64(js({"vencode_tag": "clips.c2.720.baseline"}))),
            ("bytestart", "0"),
            ("byteend", str(c.rng.randint(200000, 900000))),
        ],
    )
    b.header("user-agent", UA)
    b.decoy("reel video segment fetch (not a watch report)")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(0, 10**6), 700))
    return b.build()


def thumb(c: Context) -> Flow:
    b = FB(
        c,
        "lumo-cdn",
        "GET",
        f"https://scontent-arn2-1.cdnlumo.net/v/t51.2885-15/{c.rng.randint(10**8, 10**9)}_n.jpg",
        [("stp", "dst-jpg_e35_p480x480")],
    )
    b.header("user-agent", UA)
    b.decoy("thumbnail of a reel with a face")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 500))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["face yoga", "smile filter", "derby highlights", "sleep sounds"])
    b = _b(c, "GET", f"{API}/fbsearch/top_serp/")
    b.param("query", q)
    b.param("search_session_id", rid(c.rng))
    b.decoy("search results for a query about faces")
    b.ok_json(
        {
            "results": [
                {"media_id": _media(c), "caption": q, "view_count": c.rng.randint(10, 10**6)}
                for _ in range(4)
            ]
        }
    )
    return b.build()
