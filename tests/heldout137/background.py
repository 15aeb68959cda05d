"""Ordinary traffic between the apps: weather over Cairo, map tiles, crash
envelopes with trace ids, WhatsApp-style chat, currency rates (EGP, MAD, AED
price series), news headlines about face-recognition laws, and delivery orders.
None carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.11.0")
    return b


def connectivity(c: Context) -> Flow:
    b = FB(
        c,
        "huawei",
        "GET",
        "https://connectivitycheck.platform.hicloud.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, 29.9, 30.2, 2), rf(c.rng, 31.1, 31.5, 2)
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
            "hourly": {"temperature_2m": [rf(c.rng, 14, 33, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
    b = _b(
        c,
        "petal-maps",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(
        c, "rates", "GET", "https://rates.sarf.example/v1/history?base=EGP&symbols=MAD,AED&days=30"
    )
    b.decoy("exchange-rate price series (floats, not a face vector)")
    b.ok_json(
        {
            "MAD": [rf(c.rng, 0.19, 0.21, 5) for _ in range(30)],
            "AED": [rf(c.rng, 0.07, 0.08, 5) for _ in range(30)],
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o91822.ingest.sentry.io/api/4412/envelope/")
    b.decoy("crash envelope with event / trace ids")
    eid = new_hex(c.rng, 32)
    env = "\n".join(
        [
            js({"event_id": eid, "sent_at": iso(c)}),
            js({"type": "event"}),
            js(
                {
                    "event_id": eid,
                    "contexts": {"trace": {"trace_id": new_hex(c.rng, 32)}},
                    "level": "error",
                }
            ),
        ]
    )
    b.set_body(env.encode() + b"\n", "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.rasael.example/v1/messages")
    b.json(
        {
            "to": "group:3eila",
            "text": c.rng.choice(["wasalt ya mama", "نورتوا", "fin nta? ana f Casa"]),
            "clientMsgId": rid(c.rng),
            "at": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", "https://news.akhbar.example/api/top?lang=ar")
    b.decoy("headline about face recognition at airports (an article, not a face)")
    b.ok_json(
        {
            "items": [
                {
                    "title": "مطار دبي يوسع بوابات التعرف على الوجه",
                    "url": "https://news.akhbar.example/a/1",
                }
            ]
        }
    )
    return b.build()


def delivery(c: Context) -> Flow:
    b = _b(c, "delivery", "POST", "https://api.talabat-like.example/v2/orders")
    b.decoy("order id and delivery coordinates")
    b.json(
        {
            "items": [{"sku": "koshari-l", "qty": 2}],
            "lat": rf(c.rng, 29.9, 30.2, 5),
            "lng": rf(c.rng, 31.1, 31.5, 5),
        }
    )
    b.ok_json({"orderId": "ORD-" + new_hex(c.rng, 10).upper(), "eta": iso(c)})
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.sahraplus.example/t/{c.rng.randint(1, 10**6)}.webp")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    connectivity,
    weather,
    map_tile,
    rates,
    sentry,
    chat,
    news,
    delivery,
    thumbnail,
    chat,
    map_tile,
]
