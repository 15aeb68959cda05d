"""Ordinary traffic between the apps: weather for Addis Ababa, Mekelle and Asmara,
map tiles, Noto Sans Ethiopic fonts, crash envelopes with trace ids, birr
exchange rates, a news article about face recognition at Bole airport, an
e-book reader's progress (reading is not watching), chat, update checks, a
sign-up form. None of it is biometric data, viewing history or a device id."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [("Addis Ababa", 9.03, 38.74), ("Mekelle", 13.49, 39.47), ("Asmara", 15.32, 38.93)]


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
    _, lat, lon = c.rng.choice(CITIES)
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
            "hourly": {"temperature_2m": [rf(c.rng, 8, 30, 1) for _ in range(24)]},
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
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosansethiopic/v47/7cHPv50vjIepfJVOZZgcpQ5B9FBTH9KGNfhSTgtoow1KVnIvyBoMSzUMacb-T35OK5D1yGbuaQ.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o88231.ingest.sentry.io/api/4504118/envelope/")
    b.decoy("crash envelope with event, trace and span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "release": "et.aradaplay.app@4.7.1",
        "contexts": {
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
            "device": {"model": "CK8n", "manufacturer": "TECNO", "battery": c.rng.randint(5, 99)},
        },
        "exception": {"values": [{"type": "java.net.SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def exchange_rates(c: Context) -> Flow:
    b = _b(c, "fx", "GET", "https://rates.birr-forex.example/v1/etb?days=30")
    b.decoy("ETB/USD price series")
    b.ok_json(
        {
            "base": "USD",
            "quote": "ETB",
            "series": [[ms(c) - i * 86400000, rf(c.rng, 110, 130, 3)] for i in range(30)],
        }
    )
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        "https://news.addis-daily.example/api/articles/bole-face-recognition-gates",
    )
    b.decoy("article about face recognition e-gates (text about faces, no face data)")
    b.ok_json(
        {
            "title": "ቦሌ ኤርፖርት የፊት መለያ በሮችን ሊጀምር ነው",
            "title_en": "Bole airport to start face-recognition e-gates",
            "body": "The airport said travellers' face templates will be matched to passports.",
            "image": "https://news.addis-daily.example/img/egate.jpg",
            "published": iso(c),
        }
    )
    return b.build()


def ebook_progress(c: Context) -> Flow:
    b = _b(c, "fidel-books", "PUT", "https://api.fidel-books.example/v1/library/progress")
    b.decoy("e-book reading position and time read (reading is not viewing history)")
    b.json(
        {
            "bookId": f"fb{c.rng.randint(100, 999)}",
            "title": "ፍቅር እስከ መቃብር",
            "page": c.rng.randint(1, 480),
            "percent": rf(c.rng, 0, 1, 3),
            "readSeconds": c.rng.randint(30, 3000),
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    text = c.rng.choice(["እሺ", "ሰላም ኣለኹ", "nagaan jira", "see you at church"])
    b.json(
        {"conversationId": rid(c.rng), "clientMessageId": rid(c.rng), "text": text, "sentAt": ms(c)}
    )
    b.ok_json({"messageId": rid(c.rng), "status": "delivered"})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(
        c,
        "updates",
        "GET",
        "https://updates.example-apps.com/v1/latest?pkg=et.birrpay&channel=stable",
    )
    b.decoy("release commit hash")
    b.ok_json({"version": "6.0.4", "commit": new_hex(c.rng, 40), "notes": "ማሻሻያዎች"})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://images.example-cdn.net/{new_hex(c.rng, 32)}/w360.jpg")
    b.decoy("thumbnail under a content hash")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "jobs", "POST", "https://api.ethiojobs-portal.example/v1/applicants")
    b.decoy("sign-up form: name, self-declared gender, phone number")
    b.json(
        {
            "name": "Abebe Kebede",
            "gender": "male",
            "phone": "2519" + str(c.rng.randint(10**7, 10**8 - 1)),
            "city": "Mekelle",
        }
    )
    b.ok_json({"applicantId": rid(c.rng)})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.org/now?tz=Africa/Addis_Ababa")
    b.ok_json({"epochMs": ms(c), "tz": "Africa/Addis_Ababa", "ethiopian_date": "2017-03-21"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, weather, map_tile, fonts, sentry_crash, exchange_rates, news_article,
    ebook_progress, chat, update_check, cdn_image, signup, time_sync, weather, cdn_image, chat,
]  # fmt: skip
