"""Ün: a Kazakh music, podcast and audiobook app (fictional backend, English
snake_case keys; its e-book reader is the same app).

Viewing history (listening counts): track play logs, audiobook progress sync,
a podcast episode listen report in Kazakh ("тыңдалды", listened), and a
recently-played list in a response. Decoys: the e-book reading position and
page turns (not viewing history by convention), lyrics, charts, an audio
feature vector for recommendations.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, floats, iso, ms, rid, ua

API = "https://api.un.kz"
UA = ua("Un", "6.4.2")
TRACKS = ["trk_771203", "trk_090114", "trk_553810", "trk_120077"]
BOOKS = ["abai-joly-1", "kochevniki-2", "qara-sozder"]


def _b(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "un", method, API + path)
    b.header("user-agent", UA)
    b.header("x-un-user", b.acct("muz_user"))
    return b


def play_log(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/plays")
    plays = [
        {
            "track_id": ctx.rng.choice(TRACKS),
            "played_ms": ctx.rng.randint(20000, 240000),
            "end_reason": ctx.rng.choice(["trackdone", "fwdbtn", "backbtn"]),
            "ts": iso(ctx),
        }
        for _ in range(ctx.rng.randint(1, 3))
    ]
    b.json({"plays": plays, "device": b.id("aid_muz", where="body.device")})
    b.view("body.plays[].played_ms")
    b.no_content()
    return b.build()


def audiobook_progress(ctx: Context) -> Flow:
    book = ctx.rng.choice(BOOKS)
    b = _b(ctx, "PUT", f"/v1/audiobooks/{book}/progress")
    b.json(
        {
            "chapter": ctx.rng.randint(1, 30),
            "offset_sec": ctx.rng.randint(0, 1800),
            "listened_total_sec": ctx.rng.randint(600, 40000),
            "speed": ctx.rng.choice([1.0, 1.25, 1.5]),
        }
    )
    b.view("body.offset_sec/listened_total_sec")
    b.ok_json({"saved": True})
    return b.build()


def podcast_listen(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/podcast/tyndau")
    b.json(
        {
            "эпизод": f"ep-{ctx.rng.randint(100, 999)}",
            "тыңдалды_сек": ctx.rng.randint(60, 3000),
            "аяқталды": ctx.rng.choice([True, False]),
        }
    )
    b.view("body.тыңдалды_сек")
    b.no_content()
    return b.build()


def recently_played(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v1/me/recently-played?limit=20")
    b.ok_json(
        {
            "items": [
                {"track_id": t, "played_at": ms(ctx) - i * 600000} for i, t in enumerate(TRACKS)
            ]
        }
    )
    b.view("response.items[].played_at", direction="response")
    return b.build()


def ebook_position(ctx: Context) -> Flow:
    book = ctx.rng.choice(BOOKS)
    b = _b(ctx, "PUT", f"/v1/ebooks/{book}/position")
    b.json(
        {
            "page": ctx.rng.randint(1, 400),
            "cfi": f"epubcfi(/6/{ctx.rng.randint(2, 40)}!/4/2/1:{ctx.rng.randint(0, 300)})",
            "percent": ctx.rng.randint(0, 100),
            "read_sec": ctx.rng.randint(10, 900),
        }
    )
    b.decoy("e-book reading position (not viewing history)")
    b.ok_json({"saved": True})
    return b.build()


def lyrics(ctx: Context) -> Flow:
    b = _b(ctx, "GET", f"/v1/lyrics/{ctx.rng.choice(TRACKS)}")
    lines = [{"t_ms": i * 4100, "line": "..."} for i in range(8)]
    b.ok_json({"synced": lines})
    b.decoy("synced lyrics timestamps")
    return b.build()


def charts(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v1/charts/kz-top-50")
    b.ok_json({"tracks": TRACKS, "request_id": rid(ctx.rng)})
    b.decoy("chart listing")
    return b.build()


def similar_tracks(ctx: Context) -> Flow:
    """Recommendations: the seed track's audio embedding (a feature vector, no face)."""
    b = _b(ctx, "POST", "/v1/recs/similar")
    b.json({"seed": ctx.rng.choice(TRACKS), "embedding": floats(ctx.rng, 32), "k": 20})
    b.ok_json({"tracks": TRACKS})
    b.decoy("audio feature vector for recommendations")
    return b.build()
