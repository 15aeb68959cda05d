"""A manga / e-book reader (Piccoma / KakaoPage-like, own backend).

Reading position in pages and percent, chapters, reading time, "wait-free"
timers and rankings: reading a comic is neither watching nor listening, so
none of this is viewing history as the issue means it.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://api.mangayomu.example"
UA = ua("MangaYomu", "702")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "reader", method, API + path)
    b.header("user-agent", UA)
    b.header("x-ym-device-lang", c.rng.choice(["ja-JP", "ko-KR"]))
    return b


def reading_position(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/shiori")  # 栞 = bookmark
    total = c.rng.randint(18, 60)
    page = c.rng.randint(1, total)
    b.json(
        {
            "sakuhin_id": c.rng.randint(10**5, 10**6),
            "wa": c.rng.randint(1, 140),
            "page": page,
            "total_pages": total,
            "percent": round(100 * page / total, 1),
            "dokusho_jikan_sec": c.rng.randint(20, 900),
            "updated_at": iso(c),
        }
    )
    b.no_content()
    b.decoy("manga reading position (page / percent / reading seconds): reading, not watching")
    return b.build()


def page_image(c: Context) -> Flow:
    work, ep, page = c.rng.randint(10**5, 10**6), c.rng.randint(1, 99), c.rng.randint(1, 60)
    url = f"https://img.mangayomu.example/s/{work}/{ep}/{page:03d}.jpg"
    b = FB(c, "reader", "GET", url)
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 1200))
    b.decoy("comic page image download")
    return b.build()


def ranking(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/ranking")
    b.param("genre", c.rng.choice(["romance", "action", "fantasy"]))
    b.ok_json(
        {
            "ninki": [
                {
                    "rank": i + 1,
                    "sakuhin_id": c.rng.randint(10**5, 10**6),
                    "view_count": c.rng.randint(10**4, 10**7),
                    "title": "俺だけレベルアップな件",
                }
                for i in range(10)
            ]
        }
    )
    b.decoy("popularity ranking with view counts of titles (catalogue)")
    return b.build()


def wait_free(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/sakuhin/{c.rng.randint(10**5, 10**6)}/machi-muryou")
    b.ok_json(
        {
            "charge_at": ms(c) + c.rng.randint(0, 23) * 3600000,
            "nokori_byou": c.rng.randint(0, 82800),
            "tickets": c.rng.randint(0, 3),
        }
    )
    b.decoy("'wait for free' timer: seconds until the next free chapter")
    return b.build()


def chapter_list(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/sakuhin/{c.rng.randint(10**5, 10**6)}/episodes")
    b.ok_json(
        {
            "episodes": [
                {
                    "wa": i + 1,
                    "yonda": i < 5,
                    "kokai_bi": "2024-0" + str(1 + i % 9) + "-01",
                    "thumb": f"https://img.mangayomu.example/t/{c.rng.randint(1, 10**6)}.jpg",
                }
                for i in range(12)
            ],
            "req": rid(c.rng),
        }
    )
    b.decoy("chapter list with 'read' (読んだ) flags and thumbnails")
    return b.build()
