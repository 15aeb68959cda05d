"""Ordinary traffic between the apps: weather over Lagos, Kano and Kumasi, map
tiles, CDN images, crash envelopes with trace ids, chat, a news article about a
Nollywood star's face, a price list, sign-up forms, time sync. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(6.52, 3.38), (12.0, 8.52), (6.69, -1.62)]


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
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m,precipitation",
    )
    b.decoy("coordinates and temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 22, 36, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
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


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.naija-cdn.example/{new_hex(c.rng, 32)}/w320.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o88123.ingest.sentry.io/api/6627001/envelope/")
    b.decoy("event and trace ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
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
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    text = c.rng.choice(["Mo n bo", "Ina kwana?", "I dey come", "Ɛte sɛn?", "Kedu?"])
    b.json(
        {"conversationId": rid(c.rng), "clientMessageId": rid(c.rng), "text": text, "sentAt": ms(c)}
    )
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(c, "news", "GET", "https://news.naijagist.example/api/articles/nollywood-face-of-2026")
    b.decoy("article about 'the face of Nollywood' (text about faces, no face data)")
    b.ok_json(
        {
            "title": "Meet the new face of Nollywood",
            "body": "Her face is on every billboard in Lekki...",
            "published": iso(c),
        }
    )
    return b.build()


def market_prices(c: Context) -> Flow:
    b = _b(c, "market", "GET", "https://api.oja-prices.example/v1/food?market=mile12")
    b.decoy("price series (naira)")
    b.ok_json(
        {
            "tomato_basket": [rf(c.rng, 20000, 90000, 0) for _ in range(7)],
            "rice_50kg": [rf(c.rng, 60000, 90000, 0) for _ in range(7)],
        }
    )
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "forms", "POST", "https://forms.naija-events.example/v1/register")
    b.decoy("sign-up form with a self-declared gender and phone number")
    b.json(
        {"name": "Adaeze", "gender": "female", "phone": "+2348030000000", "event": "Owambe Fest"}
    )
    b.ok_json({"ticket": "OWB-" + new_hex(c.rng, 6).upper()})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosans/v30/o-0IIpQlx3QUlC5A4PNb4j5Ba_2c7A.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(150)))
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.org/now")
    b.ok_json({"epochMs": ms(c), "tz": "Africa/Lagos"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    sentry,
    chat,
    news_article,
    market_prices,
    signup,
    fonts,
    time_sync,
    cdn_image,
    weather,
]
