"""Pond5 stock-footage marketplace: search, preview clips, a lightbox for a client.

Decision: the marketplace's "recently viewed" rail lists clip product pages the
producer opened while shopping for b-roll, with no watch time: product views of
a shop, not a report of what a person watched.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, new_builder, rid, ua

API = "https://www.pond5.com/api/v3"
UA = ua("Pond5", "5.2.0")
TERMS = ["montreal skyline night", "drone st lawrence river", "neige rue", "toronto streetcar"]


def _b(c: Context, method: str, url: str) -> FB:
    return new_builder(c, "pond5", method, url, UA)


def search(c: Context) -> Flow:
    b = _b(
        c, "GET", f"{API}/search?kw={c.rng.choice(TERMS).replace(' ', '+')}&media=footage&res=4k"
    )
    b.decoy("stock clip search results with durations and prices")
    b.ok_json(
        {
            "items": [
                {"id": c.rng.randint(10**7, 10**8), "duration": c.rng.randint(5, 40), "price": 79}
                for _ in range(12)
            ]
        }
    )
    return b.build()


def preview(c: Context) -> Flow:
    b = _b(c, "GET", f"https://videos.pond5.com/{c.rng.randint(10**7, 10**8)}_main_xxl.mp4")
    b.respond(200, "video/mp4", b"\x00\x00\x00\x20ftypisom" + bytes(200))
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = _b(c, "GET", f"https://images.pond5.com/{c.rng.randint(10**7, 10**8)}_iconl.jpeg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def recently_viewed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/account/recently-viewed?limit=12")
    b.decoy("recently opened stock clip product pages (shopping, no watch time)")
    b.ok_json(
        {
            "items": [
                {"id": c.rng.randint(10**7, 10**8), "title": t, "opened_at": iso(c)}
                for t in TERMS[:3]
            ]
        }
    )
    return b.build()


def lightbox_add(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/collections/{c.rng.randint(10**5, 10**6)}/items")
    b.json(
        {
            "item_id": c.rng.randint(10**7, 10**8),
            "note": "option B pour le client",
            "req": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


ALL = [search, preview, thumbnail, recently_viewed, lightbox_add, search]
