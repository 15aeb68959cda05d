"""Ordinary traffic between the apps: weather over the family's cities, map
tiles, a news article about face recognition, crash reports with trace ids,
chat, keyboard dictionary updates, a sign-up form with self-declared gender.
None of it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(38.56, 68.77), (34.53, 69.17), (34.35, 62.2), (36.3, 59.6)]


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
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("city coordinates and a temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -5, 35, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        f"https://news.asia-plus.example/api/articles/{c.rng.randint(10**5, 10**6)}",
    )
    b.decoy(
        "news article about face recognition cameras in Dushanbe: an article, not biometric data"
    )
    b.ok_json(
        {
            "title": "Камераҳои шинохти чеҳра дар Душанбе",
            "body": "Face recognition cameras, face landmarks and voiceprints are debated...",
            "image": f"https://img.asia-plus.example/{new_hex(c.rng, 16)}.jpg",
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.filmnama.example/poster/{new_hex(c.rng, 24)}/w342.jpg")
    b.decoy("poster thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o118204.ingest.sentry.io/api/4504412/envelope/")
    b.decoy("trace / event ids in a crash envelope")
    eid = new_hex(c.rng, 32)
    event = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NullPointerException", "value": "player == null"}]},
    }
    env = (
        "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "text": c.rng.choice(["салом, чӣ хел?", "خیر باشه", "ښه راغلاست", "ok"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng), "status": "delivered"})
    return b.build()


def keyboard_dict(c: Context) -> Flow:
    lang = c.rng.choice(["tg", "fa", "ps", "prs"])
    b = _b(
        c,
        "keyboard",
        "GET",
        f"https://dict.keyboard-example.com/v2/{lang}/delta?since={c.rng.randint(100, 999)}",
    )
    b.ok_json({"version": c.rng.randint(1000, 9999), "sha1": new_hex(c.rng, 40), "words": 1200})
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "forms", "POST", "https://accounts.example-portal.com/v1/signup")
    b.decoy("sign-up form with self-declared gender and birth year (not biometric)")
    b.json(
        {
            "name": "Farzona",
            "gender": "female",
            "birthYear": 1996,
            "city": "Dushanbe",
            "consent": True,
        }
    )
    b.ok_json({"userId": rid(c.rng)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/vazirmatn/v13/Dxx78j6PP2D_kU2muijPEe1n2vVbfJRklWgzORc.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def currency(c: Context) -> Flow:
    b = _b(c, "rates", "GET", "https://rates.nbt-example.tj/api/daily?base=USD")
    b.decoy("price series of currencies")
    b.ok_json(
        {
            "date": iso(c),
            "TJS": [rf(c.rng, 10.6, 11, 4) for _ in range(7)],
            "AFN": [rf(c.rng, 69, 72, 3) for _ in range(7)],
            "IRR": [rf(c.rng, 580000, 620000, 0) for _ in range(7)],
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, weather, map_tile, news_article, thumbnail, sentry_crash, chat,
    keyboard_dict, signup, fonts, currency, weather, thumbnail, chat,
]  # fmt: skip
