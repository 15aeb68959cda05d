"""Komaya (Xperia): a manga reader that also streams anime PVs and episodes.

Reading progress (既読ページ, 読了率) is reading, not viewing: a decoy. The
anime tab's watch report is viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, xperia_ua

API = "https://api.komaya.example"
UA = xperia_ua("Komaya", "5.0.2")


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "komaya", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("X-Komaya-Device", b.id("aid_manga", where="header X-Komaya-Device"))
    return b


def reading_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dokusho/shinchoku")
    b.decoy("manga reading progress (既読ページ, 読了率): reading is not watching")
    b.json(
        {
            "作品ID": c.rng.randint(1000, 9999),
            "話": c.rng.randint(1, 120),
            "既読ページ": c.rng.randint(1, 40),
            "読了率": c.rng.randint(5, 100),
            "日時": iso(c),
        }
    )
    b.no_content()
    return b.build()


def page_image(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"https://cdn.komaya.example/m/{c.rng.randint(1000, 9999)}/{c.rng.randint(1, 40)}.jpg",
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def anime_watch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/anime/shichou", device=True)
    b.view("json anime_id + watch_pos + kanryo")
    b.json(
        {
            "anime_id": c.rng.randint(100, 999),
            "ep": c.rng.randint(1, 12),
            "watch_pos": c.rng.randint(0, 1440),
            "kanryo": c.rng.random() < 0.3,
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def motion_comic(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/voice_comic/progress")
    b.decoy("voiced motion-comic page progress: a manga page reader, treated as reading")
    b.json({"作品ID": c.rng.randint(1000, 9999), "page": c.rng.randint(1, 40)})
    b.no_content()
    return b.build()
