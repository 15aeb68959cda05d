"""E-reader "ShuHai" with audiobooks: listen positions, chapter play statistics,
catalogue, chapter downloads. All endpoints are the app's own (in-house); the play
statistics mimic what audio platforms such as Ximalaya report per track (track and
album ids with played seconds), under the app's own key names.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_wav, js

from .phone import FB, iso, ms, rf, ua

API = "https://api.shuhai-read.com"
UA = ua("ShuHai", "7.9.4")
BOOKS = ["三体", "活着", "明朝那些事儿", "The Hobbit", "平凡的世界", "置身事内"]


def _params(b: FB) -> list[tuple[str, str]]:
    return [("udid", b.id("aid_book", where="query.udid")), ("app_ver", "7.9.4"), ("os", "android")]


def _hdr(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-install-id", b.id("book_install", where="header.x-install-id"))


def listen_progress(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "shuhai-api", "POST", f"{API}/api/audio/progress")
    b.params = _params(b)
    _hdr(b)
    dur = r.randint(600000, 2400000)
    b.json(
        {
            "bookId": "B" + new_digits(r, 8),
            "bookTitle": r.choice(BOOKS),
            "chapterId": new_digits(r, 9),
            "chapterIndex": r.randint(1, 80),
            "positionMs": r.randint(0, dur),
            "durationMs": dur,
            "speed": r.choice([1.0, 1.25, 1.5]),
            "listenedAt": iso(ctx),
        }
    )
    b.view("body.json.bookId+chapterId+positionMs")
    b.ok_json({"code": 0})
    return b.build()


def play_stats(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "shuhai-api", "POST", f"{API}/api/audio/playstat")
    b.params = _params(b)
    _hdr(b)
    rows = [
        {
            "trackId": new_digits(r, 9),
            "albumId": new_digits(r, 7),
            "playedSecs": r.randint(5, 1800),
            "startedAt": ms(ctx) - r.randint(0, 3600000),
            "finished": r.random() < 0.3,
        }
        for _ in range(r.randint(1, 4))
    ]
    b.form([("events", js(rows)), ("net", "wifi"), ("batch", new_hex(r, 12))])
    b.view("body.form.events|json[].trackId+playedSecs")
    b.ok_json({"code": 0})
    return b.build()


def beacon_sealed(ctx: Context) -> Flow:
    b = FB(ctx, "shuhai-api", "POST", f"{API}/api/b")
    b.header("user-agent", UA)
    b.form([("d", b64(ctx.rng.randbytes(480))), ("v", "2")])
    b.view("body.form.d (encrypted listening beacon)", detectable=False)
    b.ok_json({"code": 0})
    return b.build()


def catalogue(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(
        ctx,
        "shuhai-api",
        "GET",
        f"{API}/api/store/rank",
        [("type", "audio_hot"), ("page", str(r.randint(1, 4)))],
    )
    b.header("user-agent", UA)
    b.ok_json(
        {
            "books": [
                {
                    "bookId": "B" + new_digits(r, 8),
                    "title": t,
                    "chapters": r.randint(40, 400),
                    "score": rf(r, 7, 9.8, 1),
                    "durationSec": r.randint(36000, 400000),
                }
                for t in BOOKS[:4]
            ]
        }
    )
    b.decoy("audiobook ranking with ids and durations")
    return b.build()


def chapter_audio(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(
        ctx,
        "shuhai-cdn",
        "GET",
        f"https://audio.shuhai-cdn.com/a/{new_hex(r, 32)}.m4a",
        [("sign", new_hex(r, 32))],
    )
    b.header("range", f"bytes={r.randint(0, 90000)}-")
    b.respond(206, "audio/mp4", fake_wav(r.randint(0, 1 << 30), 800))
    b.decoy("chapter audio bytes fetch")
    return b.build()


def chapter_text(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(
        ctx, "shuhai-api", "GET", f"{API}/api/book/B{new_digits(r, 8)}/chapter/{r.randint(1, 300)}"
    )
    b.params = _params(b)
    b.header("user-agent", UA)
    b.ok_json(
        {
            "content": "第十二章 ……" * 8,
            "wordCount": r.randint(2000, 6000),
            "next": r.randint(2, 301),
        }
    )
    return b.build()


def bookshelf(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "shuhai-api", "GET", f"{API}/api/user/shelf")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "shelf": [
                {"bookId": "B" + new_digits(r, 8), "title": t, "addedAt": iso(ctx)}
                for t in BOOKS[2:5]
            ]
        }
    )
    b.decoy("bookshelf listing (books saved, not listened)")
    return b.build()
