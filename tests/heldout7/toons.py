"""Toonharbor: a webtoon reader that also streams anime episodes.

Reading progress of a comic (episode, read percent) is not viewing history
under this project's convention; the anime side's watch history is. The
continue-watching answer lists what was watched with positions (viewing history
in the response). A compact anime beacon batches rows under one-letter keys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.toonharbor.com"
UA = ua("Toonharbor", "4.1.0")
SHOWS = ["Blade of the Tide", "Moonlit Bakery", "Steel Orchard", "Starfall Academy"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "toonharbor", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-toon-device-id", b.id("toon_device", where="header x-toon-device-id"))
    return b


def reading_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/reading/progress", device=False)
    b.decoy("comic reading progress (not viewing history)")
    b.json(
        {
            "titleNo": c.rng.randint(100, 9000),
            "episodeNo": c.rng.randint(1, 200),
            "readPercent": c.rng.randint(5, 100),
            "readAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def anime_watch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/anime/watch-history")
    b.view("json watchedSec")
    total = c.rng.randint(1300, 1500)
    b.json(
        {
            "animeId": c.rng.randint(10, 999),
            "title": c.rng.choice(SHOWS),
            "episode": c.rng.randint(1, 24),
            "watchedSec": c.rng.randint(30, total),
            "totalSec": total,
            "watchedAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/anime/continue-watching")
    b.view("response json items[].positionSec", direction="response")
    b.ok_json(
        {
            "items": [
                {
                    "animeId": c.rng.randint(10, 999),
                    "title": c.rng.choice(SHOWS),
                    "episode": c.rng.randint(1, 24),
                    "positionSec": c.rng.randint(30, 1400),
                    "lastWatchedAt": iso(c),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def anime_beacon_opaque(c: Context) -> Flow:
    """Rows of [show, episode, seconds, ts] under 'q', gzip, with the device id in '_c'."""
    b = _b(c, "POST", f"{API}/b", device=False)
    b.param("_c", b.id("toon_device", "nosep", "query _c", detectable=False))
    b.view("json q[] rows", detectable=False)
    rows = [
        [c.rng.randint(10, 999), c.rng.randint(1, 24), c.rng.randint(30, 1400), ms(c)]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"q": rows}, "gzip")
    b.no_content()
    return b.build()


def home_feed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home?lang=en", device=False)
    b.decoy("content ids and episode counts (feed)")
    b.ok_json(
        {
            "rails": [
                {
                    "title": t,
                    "titleNo": c.rng.randint(100, 9000),
                    "episodes": c.rng.randint(10, 200),
                }
                for t in SHOWS
            ]
        }
    )
    return b.build()


def comic_image(c: Context) -> Flow:
    b = FB(
        c,
        "toonharbor",
        "GET",
        f"https://cdn.toonharbor.com/ep/{c.rng.randint(100, 9000)}/{c.rng.randint(1, 60)}.webp",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/webp", b"RIFF" + bytes(c.rng.getrandbits(8) for _ in range(500)))
    return b.build()


def anime_manifest(c: Context) -> Flow:
    b = FB(
        c, "toonharbor", "GET", f"https://v.toonharbor.com/a/{c.rng.randint(10, 999)}/master.m3u8"
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2400000,RESOLUTION=1280x720\n720p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def comments(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/comments", device=False)
    b.json(
        {
            "episodeNo": c.rng.randint(1, 200),
            "text": "that cliffhanger!!",
            "clientMsgId": rid(c.rng),
        }
    )
    b.ok_json({"id": c.rng.randint(10**6, 10**7)})
    return b.build()
