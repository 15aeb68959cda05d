"""Ordinary traffic between the apps: weather for Leeds and Glasgow, map tiles,
bus times, crash envelopes with trace ids, an e-book's reading position, a
video editor's timeline, a shop order in pounds. None of it carries biometric
data, viewing history or a device identifier, though much of it looks alike."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(53.80, -1.55), (55.86, -4.25)]


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
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=precipitation_probability",
    )
    b.decoy("coordinates and an hourly series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"precipitation_probability": [c.rng.randint(10, 100) for _ in range(24)]},
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
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def bus_times(c: Context) -> Flow:
    stop = c.rng.choice(["450012345", "609300271"])
    b = _b(c, "bus", "GET", f"https://api.busnearby.example/v1/stops/{stop}/departures")
    b.decoy("departure times and vehicle positions")
    b.ok_json(
        {
            "departures": [
                {
                    "service": s,
                    "due": iso(c),
                    "vehicle": {"lat": rf(c.rng, 53.7, 55.9), "lon": rf(c.rng, -4.3, -1.5)},
                }
                for s in ("72", "X84", "4A")
            ]
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o40119.ingest.sentry.io/api/6612004/envelope/")
    b.decoy("crash envelope with event and trace ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NullPointerException", "value": "PlayerView.onResume"}]},
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def ebook_position(c: Context) -> Flow:
    b = _b(c, "ebooks", "PUT", f"https://sync.bookshelf.example/v1/books/{rid(c.rng)}/position")
    b.decoy("e-book reading position and percent read: reading is not watching or listening")
    b.json(
        {
            "title": "Shuggie Bain",
            "cfi": "/6/14!/4/2/1:0",
            "percentRead": c.rng.randint(1, 99),
            "updatedAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def editor_timeline(c: Context) -> Flow:
    b = _b(c, "editor", "POST", "https://projects.clipcraft.example/v2/projects/autosave")
    b.decoy("a video editor's timeline playhead and clip positions (editing, not watching)")
    b.json(
        {
            "projectId": rid(c.rng),
            "playheadMs": c.rng.randint(0, 90000),
            "clips": [{"start": i * 4000, "durationMs": 4000} for i in range(5)],
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def shop_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.corner-shop.example/v2/basket/checkout")
    b.decoy("order number and idempotency key")
    b.json(
        {
            "items": [{"sku": f"SKU-{c.rng.randint(10000, 99999)}", "qty": 1}],
            "currency": "GBP",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNumber": order_no(c.rng), "total": rf(c.rng, 3, 60, 2)})
    return b.build()


def stock_chart(c: Context) -> Flow:
    b = _b(c, "shares", "GET", "https://api.sharetrack.example/v1/quotes/LLOY.L/history?range=1m")
    b.decoy("price series")
    b.ok_json({"symbol": "LLOY.L", "closes": [rf(c.rng, 48, 56, 2) for _ in range(22)]})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://images.example-cdn.net/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.org/now")
    b.ok_json({"epochMs": ms(c), "tz": "Europe/London"})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "text": c.rng.choice(["tea at 6?", "aye, see you then", "running late x"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    bus_times,
    sentry_crash,
    ebook_position,
    editor_timeline,
    shop_order,
    stock_chart,
    cdn_image,
    time_sync,
    chat,
    weather,
    cdn_image,
]
