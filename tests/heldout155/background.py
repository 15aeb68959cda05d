"""Ordinary traffic between the apps: connectivity checks, Dhaka weather, map tiles,
a CDN, crash reports with trace ids, chat, update checks with commit hashes, an
e-commerce order and a Bengali font. None of it carries biometric data, viewing
history or a device identifier."""

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
    lat, lon = rf(c.rng, 22.3, 23.9, 2), rf(c.rng, 90.3, 91.9, 2)
    url = (
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,precipitation&timezone=Asia%2FDhaka"
    )
    b = _b(c, "weather", "GET", url)
    b.decoy("coordinates and an hourly temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 18, 33, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
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
    b = _b(c, "cdn", "GET", f"https://static.deshi-cdn.example/{new_hex(c.rng, 32)}/w360.webp")
    b.respond(200, "image/webp", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o90211.ingest.sentry.io/api/6610044/envelope/")
    b.decoy("crash envelope: event / trace / span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NullPointerException", "value": "ExoPlayer"}]},
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.alapon.example/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "clientMessageId": rid(c.rng),
            "text": c.rng.choice(["ammu ashchi", "khawa hoise?", "ok 👍", "natok ta dekhso?"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng), "status": "delivered"})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.walton-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash and build number")
    b.ok_json(
        {"version": "13.0.7", "commit": new_hex(c.rng, 40), "build": c.rng.randint(10**5, 10**6)}
    )
    return b.build()


def shop_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.dokan-bazar.example/v2/orders")
    b.decoy("order number and idempotency key")
    b.json(
        {
            "items": [{"sku": f"SKU-{c.rng.randint(10000, 99999)}", "qty": 1}],
            "currency": "BDT",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNo": f"DB{c.rng.randint(10**8, 10**9)}", "total": rf(c.rng, 200, 9000, 2)})
    return b.build()


def font(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/hindsiliguri/v12/ijwTs5juQtsyLLR5jN4cxBEofJvQxuk0Nig.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def signup_form(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.dokan-bazar.example/v2/signup")
    b.decoy("sign-up form with self-declared gender and birth year (not a face analysis)")
    b.json(
        {
            "name": "Tania Rahman",
            "gender": "female",
            "birthYear": 1987,
            "district": "Dhaka",
            "email": "t.r@example.org",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    sentry_crash,
    chat,
    update_check,
    shop_order,
    font,
    signup_form,
    weather,
    cdn_image,
    chat,
]
