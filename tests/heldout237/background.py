"""Ordinary traffic between the apps: connectivity checks, weather for Amritsar /
Ludhiana / Brampton, map tiles, images, crash reports with trace ids, update
checks with commit hashes, a grocery order, a gurdwara's langar timings, bus
times and news. None of it carries biometric data, viewing history or a device
identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(31.63, 74.87), (30.9, 75.85), (43.73, -79.76)]


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
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -5, 30, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
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
    b = _b(c, "cdn", "GET", f"https://img.punjabkhabar-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.decoy("news thumbnail (an image, no face analysis)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o41877.ingest.sentry.io/api/6730219/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.punjabi-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.1.0", "commit": new_hex(c.rng, 40), "notes": "Sudhar"})
    return b.build()


def grocery_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.kariyana-ghar.example/v2/order")
    b.decoy("order number")
    b.json(
        {
            "items": [{"sku": f"ATTA-{c.rng.randint(100, 999)}", "qty": 1}],
            "currency": "INR",
            "address": "Model Town, Ludhiana",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNo": order_no(c.rng), "total": rf(c.rng, 200, 3000, 0)})
    return b.build()


def langar_times(c: Context) -> Flow:
    b = _b(c, "gurdwara", "GET", "https://api.gurdwara-info.example/v1/langar?city=amritsar")
    b.ok_json({"langar": "24x7", "prakash": "04:00", "sukhasan": "22:30"})
    return b.build()


def bus_times(c: Context) -> Flow:
    b = _b(
        c, "bus", "GET", f"https://api.brampton-transit.example/v1/stop/{c.rng.randint(1, 4000)}"
    )
    b.ok_json({"routes": [{"route": "501 Züm", "min": c.rng.randint(1, 20)} for _ in range(3)]})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosansgurmukhi/v26/w8g9H3EvQP81sInb.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.punjabkhabar.example/v1/khabran?shreni=khed&t={ms(c)}")
    b.ok_json(
        {
            "khabran": [
                {"id": c.rng.randint(10**5, 10**6), "sirlekh": t}
                for t in ("Kabaddi Cup Jalandhar vich", "Mausam: dhundh", "Kanak di boai")
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    sentry_crash,
    update_check,
    grocery_order,
    langar_times,
    bus_times,
    fonts,
    news,
    weather,
]
