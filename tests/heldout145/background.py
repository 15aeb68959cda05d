"""Ordinary traffic between the apps: connectivity checks, Nairobi / Lagos
weather, map tiles, crash envelopes, chat, news (one story about face
recognition at airports), a shop order, update checks. None of it carries
biometric data, viewing history or a household device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid


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
    lat, lon = c.rng.choice([(-1.29, 36.82), (6.52, 3.38)])
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=rain",
    )
    b.decoy("coordinates and an hourly series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"rain": [rf(c.rng, 0, 9, 1) for _ in range(24)]},
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


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o47113.ingest.sentry.io/api/6620114/envelope/")
    b.decoy("crash envelope with event / trace ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "level": "error",
        "contexts": {
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
            "device": {"model": "TECNO CK8n", "brand": "TECNO"},
        },
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
            "text": c.rng.choice(["niko njia", "how far?", "sawa sawa", "abeg call me"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng), "status": "delivered"})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.habari-news.example/v1/articles/{c.rng.randint(1, 9999)}"
    )
    b.decoy("news article about facial recognition at JKIA (text about faces, no face data)")
    b.ok_json(
        {
            "title": "Facial recognition gates come to JKIA",
            "body": "Travellers' faces will be matched against passport photos...",
            "thumb": "https://img.habari-news.example/a/1.jpg",
        }
    )
    return b.build()


def shop_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.example-shop.com/v2/orders")
    b.decoy("order number and idempotency key")
    b.json(
        {
            "items": [{"sku": f"SKU-{c.rng.randint(10000, 99999)}", "qty": 1}],
            "currency": c.rng.choice(["KES", "NGN"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNumber": order_no(c.rng), "total": rf(c.rng, 500, 9000, 2)})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://images.example-cdn.net/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.example-apps.com/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "6.4.3", "commit": new_hex(c.rng, 40)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    sentry_crash,
    chat,
    news,
    shop_order,
    cdn_image,
    update_check,
    weather,
    cdn_image,
    chat,
]
