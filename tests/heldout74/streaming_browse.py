"""The streaming app's browsing traffic: catalogue rails, search, artwork, HLS
manifests, Widevine licences and the EPG. Titles, durations and thumbnails of
what is OFFERED, not what was watched: all decoys (see streaming.py).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid
from .streaming import TITLES, _b, _title


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "rails/home", [("page", str(c.rng.randint(1, 4)))])
    b.ok_json(
        {
            "rails": [
                {
                    "title": "Trending in Ireland",
                    "items": [
                        {
                            "contentId": cid,
                            "title": name,
                            "durationSec": dur,
                            "artwork": f"https://img.scannan.example/{cid}/16x9.jpg",
                        }
                        for cid, name, dur in TITLES
                    ],
                }
            ]
        }
    )
    b.decoy("home catalogue: titles with durations (nothing watched)")
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", "search", [("q", c.rng.choice(["bay", "docu", "crime"])), ("limit", "20")])
    b.ok_json(
        {
            "results": [
                {"contentId": cid, "title": name, "score": 0.8} for cid, name, _ in TITLES[:2]
            ]
        }
    )
    b.decoy("search results")
    return b.build()


def artwork(c: Context) -> Flow:
    cid = _title(c)[0]
    b = FB(c, "scannan-img", "GET", f"https://img.scannan.example/{cid}/16x9.jpg", [("w", "480")])
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + c.rng.randbytes(400) + b"\xff\xd9")
    b.decoy("thumbnail fetch")
    return b.build()


def manifest(c: Context) -> Flow:
    cid = _title(c)[0]
    b = FB(
        c,
        "scannan-cdn",
        "GET",
        f"https://vod.scannan.example/{cid}/master.m3u8",
        [("token", new_hex(c.rng, 24))],
    )
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2400000\n720p.m3u8\n",
    )
    b.decoy("HLS manifest fetch (a video fetch, not a report)")
    return b.build()


def drm_licence(c: Context) -> Flow:
    b = FB(
        c,
        "scannan-drm",
        "POST",
        "https://drm.scannan.example/widevine/license",
        [("kid", new_hex(c.rng, 32)), ("req", rid(c.rng))],
    )
    b.set_body(c.rng.randbytes(300), "application/octet-stream")
    b.respond(200, "application/octet-stream", c.rng.randbytes(500))
    b.decoy("Widevine licence challenge")
    return b.build()


def live_session(c: Context) -> Flow:
    b = _b(c, "GET", "epg/now", [("channels", "rte1,rte2,tg4"), ("t", str(ms(c)))])
    b.ok_json(
        {
            "now": [
                {"channel": ch, "programme": "News", "start": iso(c), "end": iso(c)}
                for ch in ("rte1", "rte2", "tg4")
            ]
        }
    )
    b.decoy("EPG now/next (schedule, not viewing)")
    return b.build()
