"""Hearthside Audiobooks (Galaxy): audiobooks and, in the same app, e-books.

Audiobook listening position sync (`listeningPositionMs`, chapter) is
listening history. The same app syncs e-book reading position (`cfi`,
`percentRead`): reading is not watching or listening, so that is a decoy. The
AppsFlyer launch carries its uid, the GAID and the app's ANDROID_ID.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from . import sdkwire
from .phone import FB, android_ua, iso, ms, rid

API = "https://api.hearthside.example"
UA = android_ua("Hearthside", "4.28.1")
BOOKS = [("B0CX11", "Lessons in Chemistry"), ("B0DL42", "Fourth Wing"), ("B09T77", "Atomic Habits")]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hearthside", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def listening_position(c: Context) -> Flow:
    asin, _ = c.rng.choice(BOOKS)
    b = _b(c, "PUT", f"{API}/v2/library/{asin}/listening-position")
    b.view("json listeningPositionMs + chapter (audiobook listening)")
    b.json(
        {
            "listeningPositionMs": c.rng.randint(60_000, 30_000_000),
            "chapter": c.rng.randint(1, 40),
            "narrationSpeed": 1.25,
            "lastListenedAt": iso(c),
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def listening_stats(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/listening-stats?period=week")
    b.view("response json days[] per-book minutes listened", direction="response")
    b.ok_json(
        {
            "days": [
                {"date": iso(c)[:10], "asin": a, "minutesListened": c.rng.randint(5, 120)}
                for a, _ in BOOKS
            ]
        }
    )
    return b.build()


def position_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/s")
    b.view("form q = 'asin|ms|ts' as base64 under q (opaque)", detectable=False)
    asin, _ = c.rng.choice(BOOKS)
    b.form([("q", b64(f"{asin}|{c.rng.randint(60_000, 9_000_000)}|{ms(c)}")), ("r", "1")])
    b.no_content()
    return b.build()


def ebook_position(c: Context) -> Flow:
    asin, _ = c.rng.choice(BOOKS)
    b = _b(c, "PUT", f"{API}/v2/library/{asin}/reading-position")
    b.decoy("e-book reading position (reading is not watching or listening)")
    b.json(
        {
            "cfi": f"epubcfi(/6/{c.rng.randint(2, 40)}!/4/2/1:0)",
            "percentRead": c.rng.randint(1, 99),
            "lastReadAt": iso(c),
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    return sdkwire.appsflyer(c, "audiobooks", False, "aid_books")


def sample_clip(c: Context) -> Flow:
    asin, _ = c.rng.choice(BOOKS)
    b = _b(c, "GET", f"https://samples.hearthside.example/{asin}/sample.m4a")
    b.decoy("5-minute sample fetch (content)")
    b.respond(200, "audio/mp4", b"\x00\x00\x00\x18ftypM4A " + c.rng.randbytes(300))
    return b.build()


def store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/store/bestsellers")
    b.decoy("bestseller list with prices and lengths (catalogue)")
    b.ok_json(
        {
            "items": [
                {"asin": a, "title": t, "price": 14.95, "lengthMinutes": c.rng.randint(300, 1500)}
                for a, t in BOOKS
            ]
        }
    )
    return b.build()
