"""Chalchitra's browsing traffic: thumbnails, HLS segments, home rails and search.

Fetching a thumbnail, a video segment, a catalogue rail or search results is not
viewing history (the issue says so); these are the OTT's decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .ott import _base, _show
from .phone import FB


def thumbs(c: Context) -> Flow:
    _, _, ep, cid = _show(c)
    b = FB(
        c, "chalchitra-cdn", "GET", f"https://img.chalchitra-cdn.example.in/{cid}/ep{ep}_16x9.webp"
    )
    b.decoy("thumbnail fetch with content id")
    b.respond(
        200,
        "image/webp",
        b"RIFF\x00\x00\x00\x00WEBPVP8 " + bytes(c.rng.randrange(256) for _ in range(60)),
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    _, _, ep, cid = _show(c)
    n = c.rng.randint(1, 400)
    b = FB(
        c,
        "chalchitra-cdn",
        "GET",
        f"https://vod.chalchitra-cdn.example.in/{cid}/e{ep}/720p/seg_{n}.ts",
    )
    b.decoy("video segment fetch (position in path) is not a watch report")
    b.respond(200, "video/mp2t", bytes(c.rng.randrange(256) for _ in range(188)))
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _base(c, "GET", "/v2/home")
    b.params += [("lang", c.rng.choice(["hi", "pa", "gu", "kn", "ml"])), ("page", "1")]
    rails = [
        {
            "title": t,
            "items": [
                {"cid": _show(c)[3], "duration_sec": c.rng.randint(600, 3000), "release": "2025"}
                for _ in range(4)
            ],
        }
        for t in ("Naye Shows", "Top 10 India")
    ]
    b.decoy("catalogue rails with durations")
    b.ok_json({"rails": rails})
    return b.build()


def search(c: Context) -> Flow:
    b = _base(c, "GET", "/v1/search")
    b.params.append(
        ("q", c.rng.choice(["punjabi movie", "garba", "kannada comedy", "malayalam thriller"]))
    )
    b.decoy("search query and results")
    b.ok_json(
        {"results": [{"cid": _show(c)[3], "score": round(c.rng.random(), 3)} for _ in range(5)]}
    )
    return b.build()
