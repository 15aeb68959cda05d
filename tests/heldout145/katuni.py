"""Katuni Kids: a kids' cartoon app on the family's Infinix tablet.

Episode progress (`episode`, `watched_pct`, `ipo`) goes to the app's backend
with the tablet's ANDROID_ID; the tablet's ad id goes to the kids' ad network
hashed (SHA-1) under a readable `ifa_sha1`. A "make a lion face" sticker game
reports the anchor points of a drawn lion mask: an animal's face, not a
person's, so it is a decoy. Thumbnails are content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, TAB_UA, iso, rf

API = "https://api.katunikids.example"
EPISODES = ["Akili and Me E41", "Tinga Tinga Tales E12", "Ubongo Kids E7", "Bino and Fino E3"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "katuni", method, url)
    b.header("user-agent", TAB_UA)
    return b


def episode_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/progress")
    b.view("json episode + watched_pct")
    b.json(
        {
            "device": b.id("aid_katuni", where="json device"),
            "profile": "mtoto-1",
            "episode": c.rng.choice(EPISODES),
            "watched_pct": c.rng.randint(5, 100),
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def ad_request(c: Context) -> Flow:
    b = FB(c, "kidsads", "GET", "https://ads.katunikids.example/v1/kid-safe")
    b.header("user-agent", TAB_UA)
    b.param("ifa_sha1", b.id("tab_gaid", "sha1", "query ifa_sha1"))
    b.param("coppa", "1")
    b.ok_json({"creative": None})
    return b.build()


def sticker_game(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/game/lion-face/score")
    b.decoy("anchor points of a drawn lion mask in a sticker game (an animal, no person's face)")
    b.json({"points": [[rf(c.rng, 0, 1), rf(c.rng, 0, 1)] for _ in range(12)], "stars": 3})
    b.no_content()
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = FB(c, "katuni", "GET", f"https://img.katunikids.example/ep/{c.rng.randint(1, 400)}.jpg")
    b.header("user-agent", TAB_UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()
