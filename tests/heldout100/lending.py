"""E-book and e-audiobook lending statistics for the whole library (the staff
dashboard of a digital-lending platform, keys in German/French), and the
e-book reader app's own reading-position sync.

Aggregate per-title figures (checkouts, total listening minutes, completion
rates across all patrons) describe a catalogue, not what one person watched
or listened to; e-book reading positions and page turns are excluded by the
project's labelling rules. All hard decoys for viewing_history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, ms, rf, rid, ua

STATS = "https://stats.onleihe-ch.example.net"
READER = "https://sync.lesefuchs-reader.example.ch"
TITLES = ["Die Verwandlung", "Le Rouge et le Noir", "I promessi sposi", "Homo Faber", "Dune"]


def _isbn(ctx: Context) -> str:
    return "978" + new_digits(ctx.rng, 10)


def audiobook_stats(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "lending", "GET", STATS + "/v2/reports/audiobooks")
    b.param("library", "zh-pbz")
    b.param("period", "2026-11")
    rows = [
        {
            "isbn": _isbn(ctx),
            "title": r.choice(TITLES),
            "loans": r.randint(1, 90),
            "listenedMinutesTotal": r.randint(100, 40000),
            "avgListenMinutes": rf(r, 10, 600, 1),
            "completionRate": rf(r, 0.1, 0.9, 3),
            "uniqueListeners": r.randint(1, 80),
        }
        for _ in range(r.randint(5, 12))
    ]
    b.decoy("library-wide audiobook listening minutes per title: aggregate, no person")
    b.ok_json({"rows": rows, "generated": iso(ctx)})
    return b.build()


def ebook_stats_post(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "lending", "POST", STATS + "/v2/exports")
    b.header("x-correlation-id", rid(r))
    b.json(
        {
            "rapport": "lecture_par_titre",
            "filtres": {"bibliotheque": "lausanne-bm", "mois": "2026-10"},
            "colonnes": ["isbn", "prets", "minutes_lecture", "pages_lues_moyenne"],
            "apercu": [
                [_isbn(ctx), r.randint(1, 50), r.randint(10, 9000), r.randint(5, 400)]
                for _ in range(4)
            ],
        }
    )
    b.decoy("export of e-book reading minutes per title for the whole library")
    b.ok_json({"job": new_hex(r, 16), "etat": "en_cours"})
    return b.build()


def top_titles(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "lending", "GET", STATS + "/v2/top")
    b.param("format", r.choice(["audiobook", "ebook", "emagazine"]))
    b.param("limit", "20")
    b.decoy("top-20 titles chart: catalogue ranking")
    b.ok_json(
        {
            "top": [
                {"rank": i + 1, "title": r.choice(TITLES), "plays": r.randint(5, 500)}
                for i in range(8)
            ]
        }
    )
    return b.build()


def reader_position(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "reader", "PUT", READER + "/api/annotations/position")
    b.header("user-agent", ua("Lesefuchs", "3.4"))
    b.json(
        {
            "bookId": _isbn(ctx),
            "cfi": f"epubcfi(/6/{r.randint(2, 40)}!/4/{r.randint(2, 90)}/1:{r.randint(0, 400)})",
            "progress": rf(r, 0, 1, 4),
            "readingTimeSec": r.randint(30, 3600),
            "lastReadAt": ms(ctx),
            "deviceName": "iPhone",
        }
    )
    b.decoy("e-book reading position and reading time: excluded from viewing history")
    b.ok_json({"saved": True})
    return b.build()


def page_turns(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "reader", "POST", READER + "/api/stats/pageturns")
    b.header("user-agent", ua("Lesefuchs", "3.4"))
    b.json(
        {
            "isbn": _isbn(ctx),
            "session": rid(r),
            "turns": [
                {"page": p, "dwellMs": r.randint(800, 90000)} for p in range(r.randint(3, 9))
            ],
        }
    )
    b.decoy("page turns with dwell time in an e-book: not viewing history by the rules")
    b.no_content()
    return b.build()


FLOWS = [audiobook_stats, ebook_stats_post, top_titles, reader_position, page_turns]
