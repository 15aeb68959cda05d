"""Ordinary traffic between the apps: Israeli weather and alerts, map tiles, CDN
images, crash envelopes with trace ids, chat, update checks, a supermarket order,
public-transport (Rav-Kav) times and a shared family calendar. None of it carries
biometric data, viewing history or a device identifier of the household."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def connectivity(c: Context) -> Flow:
    url = "https://connectivitycheck.gstatic.com/generate_204"
    b = FB(c, "android", "GET", url, http_version="HTTP/1.1")
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(32.08, 34.78), (32.79, 34.99), (31.25, 34.79)])
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("hourly temperature series for coordinates")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 12, 31, 1) for _ in range(24)]},
        }
    )
    return b.build()


def alerts(c: Context) -> Flow:
    b = _b(
        c, "alerts", "GET", "https://alerts.oref-example.org.il/WarningMessages/alert/alerts.json"
    )
    b.ok_json({"id": str(c.rng.randint(10**12, 10**13)), "cat": "1", "data": [], "title": ""})
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
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(250))
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://images.example-cdn.net/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o51122.ingest.sentry.io/api/6620011/envelope/")
    b.decoy("crash envelope: event and trace ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NullPointerException", "value": "playerView"}]},
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
            "clientMessageId": rid(c.rng),
            "text": c.rng.choice(["שבת שלום", "מגיעים בשבע", "Привет, бабушка", "تمام"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.example-apps.com/v1/latest?channel=stable")
    b.decoy("commit hash of a release")
    b.ok_json({"version": "6.4.3", "commit": new_hex(c.rng, 40)})
    return b.build()


def supermarket(c: Context) -> Flow:
    b = _b(c, "shufersal", "POST", "https://api.super-sal.example/v1/cart/checkout")
    b.decoy("order with idempotency key and prices")
    b.json(
        {
            "items": [{"barcode": "7290000" + str(c.rng.randint(100000, 999999)), "qty": 2}],
            "currency": "ILS",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"total": rf(c.rng, 40, 600, 2), "slot": iso(c)})
    return b.build()


def bus_times(c: Context) -> Flow:
    b = _b(
        c,
        "moovit-like",
        "GET",
        f"https://api.kav-example.co.il/v1/stops/{c.rng.randint(10000, 60000)}/arrivals",
    )
    b.decoy("bus arrival minutes at a stop")
    b.ok_json(
        {
            "arrivals": [
                {"kav": str(c.rng.randint(1, 400)), "dakot": c.rng.randint(1, 30)} for _ in range(4)
            ]
        }
    )
    return b.build()


def calendar(c: Context) -> Flow:
    b = _b(c, "calendar", "GET", "https://www.hebcal.com/hebcal?v=1&cfg=json&maj=on&year=now")
    b.decoy("Hebrew holiday calendar")
    b.ok_json({"items": [{"title": "Chanukah: 1 Candle", "date": "2026-12-04", "hebrew": "חנוכה"}]})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    connectivity,
    weather,
    alerts,
    map_tile,
    cdn_image,
    sentry_crash,
    chat,
    update_check,
    supermarket,
    bus_times,
    calendar,
    cdn_image,
    weather,
]
