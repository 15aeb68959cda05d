"""Ordinary traffic between the apps: connectivity checks, weather over Accra and
Abidjan, map tiles, Sentry crashes with trace ids, chat, football scores, a
news article about face recognition at the airport, fonts, fuel prices. None of
it carries biometric data, viewing history or a family device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(5.6037, -0.1870, "Africa/Accra"), (5.3600, -4.0083, "Africa/Abidjan")]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.11.0")
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
    lat, lon, tz = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=precipitation&timezone={tz}",
    )
    b.decoy("coordinates and an hourly series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"precipitation": [rf(c.rng, 0, 12, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 16)
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


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o502211.ingest.sentry.io/api/6120044/envelope/")
    b.decoy("event / trace / span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "level": "error",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "clientMessageId": rid(c.rng),
            "text": c.rng.choice(
                ["Me dɔ wo 🙏", "on va où ce soir ?", "Chale, I dey come", "c'est gâté deh 😂"]
            ),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"status": "delivered"})
    return b.build()


def football(c: Context) -> Flow:
    b = _b(c, "scores", "GET", "https://api.scores-africa.example/v2/fixtures?league=gpl&live=1")
    b.decoy("live scores with minutes")
    b.ok_json(
        {
            "fixtures": [
                {"home": "Hearts", "away": "Kotoko", "minute": c.rng.randint(1, 90), "score": "1-1"}
            ]
        }
    )
    return b.build()


def face_article(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        "https://news.citinewsroom.example/api/articles/kotoka-facial-recognition-egates",
    )
    b.decoy("news article about facial recognition (text, not a face)")
    b.ok_json(
        {
            "title": "Kotoka airport rolls out facial recognition e-gates",
            "body": "Travellers will have their face scanned and matched against their passport...",
            "image": "https://img.citinewsroom.example/egates.jpg",
        }
    )
    return b.build()


def article_image(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://img.citinewsroom.example/{new_hex(c.rng, 16)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def fuel_prices(c: Context) -> Flow:
    b = _b(c, "fuel", "GET", "https://api.npa-prices.example/v1/pump-prices?window=2")
    b.decoy("price series")
    b.ok_json(
        {
            "petrolGHS": [rf(c.rng, 13, 16, 2) for _ in range(10)],
            "dieselGHS": [rf(c.rng, 13, 17, 2) for _ in range(10)],
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/poppins/v20/pxiByp8kv8JHgFVrLCz7Z1xlFQ.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def signup_newsletter(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.jumia-like.example/v1/newsletter")
    b.decoy("sign-up form with self-declared gender (not biometric)")
    b.json({"firstName": "Akosua", "gender": "F", "city": "Kumasi", "consent": True})
    b.ok_json({"ok": True})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    sentry,
    chat,
    football,
    face_article,
    article_image,
    fuel_prices,
    fonts,
    signup_newsletter,
    chat,
    map_tile,
]
