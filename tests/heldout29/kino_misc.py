"""Ekran+'s ordinary traffic: catalogue, search, posters, HLS segments, offers.

Decoys for the streaming app: content ids, durations, titles about faces and
voices, thumbnails and video fetches that are no viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, rid, ua

API = "https://api.ekranplus.ru"
TITLES = ["Слово пацана", "Чебурашка", "Мастер и Маргарита", "Холоп 2", "Триггер", "Вызов"]


def _base(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "ekran", method, API + path)
    b.header("user-agent", ua("EkranPlus", "5.41.0"))
    b.header("authorization", "Bearer " + b64(new_hex(ctx.rng, 24)))
    return b


def catalogue(ctx: Context) -> Flow:
    b = _base(ctx, "GET", "/api/v3/catalog")
    b.params += [
        ("zhanr", ctx.rng.choice(["komediya", "drama", "boevik", "multfilm"])),
        ("page", str(ctx.rng.randint(1, 9))),
        ("limit", "24"),
    ]
    b.decoy("catalogue page with content ids and durations")
    b.ok_json(
        {
            "items": [
                {
                    "id": c,
                    "title": t,
                    "duration": ctx.rng.randint(80, 160) * 60,
                    "rating": round(ctx.rng.uniform(5, 9), 1),
                }
                for c, t in enumerate(TITLES, 30001)
            ]
        }
    )
    return b.build()


def search(ctx: Context) -> Flow:
    b = _base(ctx, "GET", "/api/v3/search")
    q = ctx.rng.choice(["лицо со шрамом", "без лица", "голос", "триггер", "face off"])
    b.param("q", q)
    b.decoy("title search mentioning faces / voices")
    b.ok_json({"query": q, "results": [{"id": int(new_digits(ctx.rng, 5, "3")), "title": q}]})
    return b.build()


def poster(ctx: Context) -> Flow:
    b = FB(
        ctx, "ekran", "GET", f"https://img.ekranplus.ru/poster/{new_hex(ctx.rng, 12)}/360x540.jpg"
    )
    b.decoy("poster thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 600))
    return b.build()


def segment(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "ekran",
        "GET",
        f"https://vod.ekranplus.ru/hls/{new_hex(ctx.rng, 10)}/1080/"
        f"seg_{ctx.rng.randint(1, 900)}.ts",
    )
    b.decoy("video segment fetch")
    b.respond(200, "video/mp2t", bytes(ctx.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def trace(ctx: Context) -> Flow:
    b = _base(ctx, "GET", "/api/v3/subscription/offers")
    b.header("x-request-id", rid(ctx.rng))
    b.decoy("price offers and request id")
    b.ok_json(
        {
            "offers": [
                {"sku": "ekran_month", "price": 399, "currency": "RUB"},
                {"sku": "ekran_year", "price": 2990, "currency": "RUB"},
            ]
        }
    )
    return b.build()


BENIGN = [catalogue, search, poster, segment, segment, trace]
