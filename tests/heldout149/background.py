"""Ordinary traffic between the apps: connectivity checks, weather in Dubai and
Riyadh, map tiles, WhatsApp-style chat in Malayalam and Gulf Arabic, currency
remittance quotes, a news article about face-recognition at airports, crash
envelopes with trace ids, an e-book reader's page progress, a pet camera's
"cat face" detection, and update checks. None of it carries biometric data,
viewing history or a household device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, floats, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "CFNetwork/1496.0.7 Darwin/23.5.0")
    return b


def captive(c: Context) -> Flow:
    b = FB(c, "ios", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(25.2048, 55.2708), (24.7136, 46.6753)])
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
            "hourly": {"temperature_2m": [rf(c.rng, 24, 46, 1) for _ in range(24)]},
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


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "clientMessageId": rid(c.rng),
            "sentAt": ms(c),
            "text": c.rng.choice(
                ["ഞാൻ വരുന്നുണ്ട്", "wain enta? ana fi el mall", "kal milte hain", "يلا نتعشى برا"]
            ),
        }
    )
    b.ok_json({"messageId": rid(c.rng), "status": "delivered"})
    return b.build()


def remittance(c: Context) -> Flow:
    b = _b(
        c,
        "remit",
        "GET",
        "https://api.example-exchange-house.ae/v1/quote?from=AED&to=INR&amount=2000",
    )
    b.decoy("rate series and a quote id")
    b.ok_json(
        {
            "rate": rf(c.rng, 22.5, 22.9, 4),
            "history": [rf(c.rng, 22.5, 22.9, 4) for _ in range(14)],
            "quoteId": rid(c.rng),
        }
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", "https://news.example-gulf.com/api/articles/smart-gates-face-recognition"
    )
    b.decoy("article about face recognition at airport smart gates (text, no one's face)")
    b.ok_json(
        {
            "title": "Dubai airport smart gates now use face recognition",
            "body": "Travellers can cross in seconds as cameras match faces to passports...",
            "publishedAt": iso(c),
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o81234.ingest.sentry.io/api/4504112/envelope/")
    b.decoy("trace / event ids")
    eid = new_hex(c.rng, 32)
    env = (
        "\n".join(
            [
                js({"event_id": eid, "sent_at": iso(c)}),
                js({"type": "event"}),
                js(
                    {
                        "event_id": eid,
                        "level": "error",
                        "platform": "cocoa",
                        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32)}},
                        "exception": {"values": [{"type": "NSRangeException"}]},
                    }
                ),
            ]
        )
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def ebook(c: Context) -> Flow:
    b = _b(
        c,
        "kitab",
        "PUT",
        f"https://api.kitab-reader.example/v1/books/bk_{c.rng.randint(100, 999)}/progress",
    )
    b.decoy("e-book reading progress: reading is not watching or listening")
    b.json(
        {
            "page": c.rng.randint(1, 400),
            "percent": rf(c.rng, 0, 1, 3),
            "readSeconds": c.rng.randint(60, 3600),
            "updatedAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def pet_cam(c: Context) -> Flow:
    b = _b(c, "petcam", "POST", "https://api.example-petcam.com/v2/events")
    b.decoy("cat face detection box and embedding (an animal's face, not biometric)")
    b.json(
        {
            "event": "cat_face_detected",
            "box": [c.rng.randint(0, 640) for _ in range(4)],
            "catFaceEmbedding": floats(c.rng, 32),
            "snapshot": fake_jpeg(1, 10).hex()[:40],
        }
    )
    b.no_content()
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.example-apps.com/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "9.2.1", "commit": new_hex(c.rng, 40)})
    return b.build()


def prayer_adhan(c: Context) -> Flow:
    b = _b(
        c,
        "adhan",
        "GET",
        "https://api.aladhan.com/v1/timingsByCity?city=Dubai&country=AE&method=16",
    )
    b.ok_json({"data": {"timings": {"Fajr": "05:31", "Dhuhr": "12:21", "Maghrib": "17:41"}}})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    captive,
    weather,
    map_tile,
    chat,
    remittance,
    news,
    sentry,
    ebook,
    pet_cam,
    update_check,
    prayer_adhan,
    chat,
    weather,
]
