"""Efir+ (Bishkek): an OTT / catch-up TV app with its own backend (fictional;
JSON keys in Russian Cyrillic, as some regional backends use them).

Viewing history: "история просмотров" sync, a catch-up playback report keyed
in Cyrillic, a mixed-language stats batch ("smotrim", "prosmotreno_sek") that
goes gzipped, and a numeric-key beacon whose meaning only the app knows (not
detectable). Device ids: the ANDROID_ID in a header and in a cookie.
Decoys: the TV schedule (EPG), tariffs with prices.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.efirplus.kg"
UA = ua("EfirPlus", "3.8.0")
CHANNELS = ["ktrk", "elTR", "nts-kg", "balastan", "7kanal", "khabar"]


def _b(ctx: Context, method: str, path: str, where: str = "header") -> FB:
    b = FB(ctx, "efirplus", method, API + path)
    b.header("user-agent", UA)
    if where == "header":
        b.header("x-device-id", b.id("aid_efir", where="header.x-device-id"))
    elif where == "cookie":
        aid = b.id("aid_efir", where="cookie.ustr")
        b.header("cookie", f"sess={rid(ctx.rng)[:13]}; ustr={aid}; lang=ky")
    return b


def history_sync(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/v1/history/sync")
    rows = [
        {
            "канал": ctx.rng.choice(CHANNELS),
            "передача": ctx.rng.choice(["Новости", "Кыргыз жолу", "Футбол. Обзор"]),
            "начало_просмотра": iso(ctx),
            "просмотрено_сек": ctx.rng.randint(60, 3600),
        }
        for _ in range(ctx.rng.randint(1, 4))
    ]
    b.json({"история_просмотров": rows, "профиль": b.acct("efir_user")})
    b.view("body.история_просмотров[]")
    b.ok_json({"ok": True})
    return b.build()


def catchup_report(ctx: Context) -> Flow:
    b = _b(ctx, "PUT", f"/api/v1/catchup/{ctx.rng.randint(10**6, 10**7)}/position", "cookie")
    b.json(
        {
            "позиция": ctx.rng.randint(30, 7200),
            "длительность": 7200,
            "событие": ctx.rng.choice(["пауза", "перемотка", "выход"]),
            "канал": ctx.rng.choice(CHANNELS),
        }
    )
    b.view("body.позиция")
    b.no_content()
    return b.build()


def stats_batch(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/stat/batch", "none")
    evs = [
        {
            "event": "smotrim",
            "kanal": ctx.rng.choice(CHANNELS),
            "prosmotreno_sek": ctx.rng.choice([30, 60, 90]),
            "ts": ms(ctx) + i,
        }
        for i in range(ctx.rng.randint(2, 5))
    ]
    b.json({"ustroistvo": b.id("aid_efir", where="body.ustroistvo"), "sobytiya": evs}, "gzip")
    b.view("body.sobytiya[].prosmotreno_sek")
    b.no_content()
    return b.build()


def numeric_beacon(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/px.gif", "none")
    b.param("a", str(ctx.rng.randint(1, 40)))
    b.param("b", ctx.rng.choice(CHANNELS))
    b.param("c", str(ctx.rng.randint(1, 3600)))
    b.param("d", str(ms(ctx)))
    b.param("e", b.id("aid_efir", where="query.e", detectable=False))
    b.view("query.b/c (channel, seconds)", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def epg(ctx: Context) -> Flow:
    ch = ctx.rng.choice(CHANNELS)
    b = _b(ctx, "GET", f"/api/v1/epg/{ch}?date={iso(ctx)[:10]}", "none")
    prog = [
        {"начало": f"{h:02d}:00", "название": ctx.rng.choice(["Кабарлар", "Кино", "Спорт"])}
        for h in range(6, 24, 2)
    ]
    b.ok_json({"канал": ch, "программа": prog})
    b.decoy("TV schedule (EPG)")
    return b.build()


def tariffs(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/api/v1/tariffs")
    b.ok_json(
        {
            "тарифы": [
                {"id": t, "цена_сом": p, "история_цен": [p - 50, p - 20, p]}
                for t, p in (("base", 299), ("plus", 499), ("max", 799))
            ]
        }
    )
    b.decoy("tariff price series")
    return b.build()
