"""Ordinary traffic between the apps: weather in Baku and Ganja, map tiles, news
(one article is about face recognition: words, not data), currency, crash
envelopes with trace ids, chat, update checks with commit hashes, a game's
camera angles, a product-similarity vector. None of it carries biometric data,
viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, baku, floats, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = baku(c.rng)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m,wind_speed_10m",
    )
    b.decoy("coordinates and hourly series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 2, 30, 1) for _ in range(24)],
                "wind_speed_10m": [rf(c.rng, 0, 60, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
    x, y = c.rng.randint(0, 2**z), c.rng.randint(0, 2**z)
    b = _b(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.xeberler.example/v1/meqale/{c.rng.randint(10**5, 10**6)}"
    )
    b.decoy("news article about face recognition at Baku metro (text about faces, no face data)")
    b.ok_json(
        {
            "başlıq": "Bakı metrosunda üz tanıma sistemi sınaqdan keçirilir",
            "mətn": "Sistem kameralarla üz cizgilərini və səs izini müqayisə edəcək...",
            "baxış_sayı": c.rng.randint(100, 90000),
            "dərc": iso(c),
        }
    )
    return b.build()


def currency(c: Context) -> Flow:
    b = _b(c, "cbar", "GET", "https://api.mezenne.example/v1/cbar/bugun")
    b.decoy("official exchange rates")
    b.ok_json(
        {
            "tarix": iso(c)[:10],
            "USD": 1.7,
            "EUR": rf(c.rng, 1.78, 1.86, 4),
            "RUB": rf(c.rng, 0.017, 0.02, 5),
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o118260.ingest.sentry.io/api/4507718/envelope/")
    b.decoy("event / trace ids in a crash envelope")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://api.sohbet.example/v2/mesajlar")
    b.json(
        {
            "söhbət": rid(c.rng),
            "mətn": c.rng.choice(["Gəncəyə çatdıq", "Axşam plov var", "Ок, скоро буду"]),
            "vaxt": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng), "status": "catdirildi"})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.tetbiqler.example/v1/son?kanal=stable")
    b.decoy("commit hash")
    b.ok_json({"versiya": "2.1.0", "commit": new_hex(c.rng, 40), "qeyd": "Düzəlişlər"})
    return b.build()


def game_camera(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://telemetry.nardgame.example/v1/ev")
    b.decoy("game camera yaw/pitch/roll and board state (not a face)")
    b.json(
        {
            "oyun": "nərd",
            "kamera": {"yaw": rf(c.rng, -180, 180, 1), "pitch": rf(c.rng, -60, 10, 1), "roll": 0.0},
            "zarlar": [c.rng.randint(1, 6), c.rng.randint(1, 6)],
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def shop_similar(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.bazar-az.example/v1/oxsar-mehsullar")
    b.decoy("product image embedding (a carpet, no face context)")
    b.json(
        {"mehsul": f"xalca-{c.rng.randint(100, 999)}", "embedding": floats(c.rng, 128), "top_k": 12}
    )
    b.ok_json({"mehsullar": [c.rng.randint(1000, 9999) for _ in range(12)]})
    return b.build()


def thumb(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://static.xeberler.example/{new_hex(c.rng, 24)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def signup_form(c: Context) -> Flow:
    b = _b(c, "forum", "POST", "https://forum-az.example/api/qeydiyyat")
    b.decoy("self-declared gender and birth year on a sign-up form (not biometric)")
    b.json({"ad": "Leyla", "cins": "qadın", "dogum_ili": 1988, "seher": "Gəncə"})
    b.ok_json({"ok": True, "user": rid(c.rng)})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.vaxt.example/now")
    b.ok_json({"epochMs": ms(c), "tz": "Asia/Baku"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    news_article,
    currency,
    sentry,
    chat,
    update_check,
    game_camera,
    shop_similar,
    thumb,
    signup_form,
    time_sync,
    weather,
    map_tile,
    chat,
]
