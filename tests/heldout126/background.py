"""Ordinary traffic between the apps: Kathmandu and Kandy weather, map tiles,
NEPSE share prices, a Nepali news article about airport face recognition, a
Sinhala e-book's reading progress, a mall screen's proof-of-play, crash
reports with trace ids, chat, load-shedding schedule. None of it carries
biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid


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
    lat, lon = c.rng.choice([(27.71, 85.32), (28.21, 83.99), (7.29, 80.63), (9.66, 80.02)])
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("coordinates and a temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 8, 31, 1) for _ in range(24)]},
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


def nepse(c: Context) -> Flow:
    b = _b(c, "nepse", "GET", "https://api.sharebazar.example/v1/ltp?symbols=NABIL,NTC,UPPER")
    b.decoy("share price series (floats)")
    b.ok_json({s: [rf(c.rng, 300, 1200, 2) for _ in range(30)] for s in ("NABIL", "NTC", "UPPER")})
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(c, "news", "GET", "https://api.khabar.example/v1/lekh/88231")
    b.decoy("news article about face recognition at the airport (text about faces, no face data)")
    b.ok_json(
        {
            "shirshak": "त्रिभुवन विमानस्थलमा अनुहार पहिचान प्रणाली",
            "body": "विमानस्थलले अनुहार पहिचान (face recognition) प्रयोग गर्ने ...",
            "prakashit": iso(c),
        }
    )
    return b.build()


def ebook_progress(c: Context) -> Flow:
    b = _b(c, "ebook", "POST", "https://api.potha.example/v1/kiyawime-pragathiya")
    b.decoy("Sinhala e-book reading progress (reading is not watching or listening)")
    b.json(
        {
            "potha_id": "madol-doova",
            "pituwa": c.rng.randint(1, 220),
            "pratishathaya": c.rng.randint(1, 100),
            "kalaya": iso(c),
        }
    )
    b.no_content()
    return b.build()


def mall_proof_of_play(c: Context) -> Flow:
    b = _b(c, "signage", "GET", "https://ads.kcc-screens.example/v1/pop?screen=KCC-L2-04")
    b.decoy("a Kandy mall screen's proof-of-play (a business's playout) with the screen's serial")
    b.ok_json(
        {
            "screen_serial": "KCC" + new_hex(c.rng, 8).upper(),
            "plays": [{"creative": f"cr{i}", "played_at": iso(c), "sec": 15} for i in range(4)],
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44812.ingest.sentry.io/api/5519932/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NullPointerException", "value": "player was null"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "text": c.rng.choice(["ආයුබෝවන්", "नमस्ते आमा", "வணக்கம்"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng), "status": "delivered"})
    return b.build()


def loadshedding(c: Context) -> Flow:
    b = _b(c, "nea", "GET", "https://api.batti.example/v1/schedule?group=4")
    b.ok_json({"group": 4, "slots": [{"from": "05:00", "to": "09:00"}], "updated": iso(c)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/notosanssinhala/v26/yMJ2MJBY.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    nepse,
    news_article,
    ebook_progress,
    mall_proof_of_play,
    sentry_crash,
    chat,
    loadshedding,
    fonts,
    weather,
]
