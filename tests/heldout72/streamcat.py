"""The streaming app's catalogue side (fictional "Marquee+"): home rows with a
national top-10 and view counts, artwork, search, a FairPlay licence request,
an HLS master playlist. Viewing-history look-alikes that are nobody's history.
In-house API; FairPlay SPC/CKC exchange as in Apple's FairPlay Streaming docs.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import new
from .streaming import AGENT, API, SHOWS


def browse(c: Context) -> Flow:
    r = c.rng
    b = new(c, "marquee", "GET", f"{API}/v2/rows/home", AGENT, [("rows", "trending,new,top10")])
    b.ok_json(
        {
            "rows": [
                {
                    "id": "top10",
                    "title": "Top 10 in the U.S. Today",
                    "items": [
                        {
                            "title": s,
                            "rank": i + 1,
                            "views7d": r.randint(10**5, 10**7),
                            "runtimeSec": ln,
                        }
                        for i, (s, _, _, ln) in enumerate(r.sample(SHOWS, 4))
                    ],
                }
            ]
        }
    )
    b.decoy(
        "home rows: national top-10 with view counts and runtimes (catalogue, nobody's history)"
    )
    return b.build()


def artwork(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "marquee",
        "GET",
        f"https://img.example-marquee-cdn.com/art/{new_hex(r, 12)}/w600.jpg",
        AGENT,
    )
    b.respond(200, "image/jpeg", fake_jpeg(r.randint(0, 10**9), 700))
    b.decoy("title artwork fetch")
    return b.build()


def search(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "marquee",
        "GET",
        f"{API}/v2/search",
        AGENT,
        [("q", r.choice(["baking", "bluey", "docu"]))],
    )
    b.ok_json(
        {"results": [{"title": s, "year": 2020 + r.randint(0, 4)} for s, *_ in r.sample(SHOWS, 3)]}
    )
    b.decoy("search results")
    return b.build()


def drm_license(c: Context) -> Flow:
    r = c.rng
    b = new(c, "marquee", "POST", "https://drm.example-marquee.com/fairplay/license", AGENT)
    b.json(
        {"spc": b64(bytes(r.getrandbits(8) for _ in range(300))), "assetId": "ep-" + new_hex(r, 8)}
    )
    b.ok_json({"ckc": b64(bytes(r.getrandbits(8) for _ in range(120))), "leaseSec": 7200})
    b.decoy("FairPlay licence request (SPC/CKC blobs for one asset)")
    return b.build()


def manifest(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "marquee",
        "GET",
        f"https://vod.example-marquee-cdn.com/{new_digits(r, 8)}/master.m3u8",
        AGENT,
    )
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2400000\n720p.m3u8\n",
    )
    b.decoy("HLS master playlist")
    return b.build()
