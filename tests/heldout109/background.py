"""Ordinary traffic between the apps: PAGASA-style weather, maps, CDN images,
crash envelopes with trace ids, chat, a food-delivery order, a jeepney route
planner, fonts and update checks. None of it carries biometric data, viewing
history or a device identifier."""

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
    lat, lon = c.rng.choice([(14.6, 121.0), (10.32, 123.9), (18.2, 120.59)])
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=precipitation",
    )
    b.decoy("coordinates and a float series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"precipitation": [rf(c.rng, 0, 30, 1) for _ in range(24)]},
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


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.example-cdn.ph/{new_hex(c.rng, 32)}/w360.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o87123.ingest.sentry.io/api/6612045/envelope/")
    b.decoy("crash envelope: event / trace / span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
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
            "text": c.rng.choice(
                ["Kumain ka na?", "Asa na ka, day?", "Napintas ti panawen ditoy", "ingat po tito"]
            ),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng), "status": "delivered"})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "food", "POST", "https://api.example-food.ph/v3/orders")
    b.decoy("order id and delivery coordinates")
    b.json(
        {
            "items": [{"sku": "LECHON-KAWALI", "qty": 1}, {"sku": "HALO-HALO", "qty": 2}],
            "drop": {"lat": rf(c.rng, 14.55, 14.7), "lng": rf(c.rng, 121.0, 121.1)},
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderId": "FD" + new_hex(c.rng, 12).upper(), "eta_min": c.rng.randint(20, 60)})
    return b.build()


def jeepney_route(c: Context) -> Flow:
    b = _b(
        c, "routes", "GET", "https://api.example-commute.ph/v1/route?from=Cubao&to=Quiapo&mode=jeep"
    )
    b.decoy("route polyline coordinates")
    b.ok_json(
        {
            "legs": [[rf(c.rng, 14.59, 14.62, 5), rf(c.rng, 120.98, 121.05, 5)] for _ in range(20)],
            "fare": 13,
        }
    )
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.example-apps.com/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "2.8.1", "commit": new_hex(c.rng, 40)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.org/now")
    b.ok_json({"epochMs": ms(c), "tz": "Asia/Manila"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    sentry_crash,
    chat,
    food_order,
    jeepney_route,
    update_check,
    fonts,
    time_sync,
    cdn_image,
    chat,
]
