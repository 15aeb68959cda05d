"""Ordinary traffic between the apps: connectivity checks, weather for Pune /
Mumbai / Nagpur, map tiles, images, crash reports with trace ids, update checks
with commit hashes, a food order, PMPML bus times, the Marathi panchang and
news. None of it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(18.52, 73.86), (19.08, 72.88), (21.15, 79.09)]


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
            "hourly": {"temperature_2m": [rf(c.rng, 18, 40, 1) for _ in range(24)]},
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
    b = _b(c, "cdn", "GET", f"https://img.batmya-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44190.ingest.sentry.io/api/7731204/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "IllegalStateException", "value": "player released"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.marathi-apps.example/v1/navin?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "6.4.1", "commit": new_hex(c.rng, 40), "badal": "Sudharana"})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.pethpuja.example/v2/order")
    b.decoy("order number")
    b.json(
        {
            "items": [
                {"sku": f"MISAL-{c.rng.randint(100, 999)}", "qty": 2},
                {"sku": "VADAPAV-6", "qty": 1},
            ],
            "currency": "INR",
            "address": "Kothrud, Pune",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNo": order_no(c.rng), "total": rf(c.rng, 120, 900, 0)})
    return b.build()


def bus_times(c: Context) -> Flow:
    b = _b(c, "bus", "GET", f"https://api.pmpml-bus.example/v1/thamba/{c.rng.randint(1, 900)}")
    b.ok_json(
        {
            "marg": [
                {"kramank": str(c.rng.randint(1, 300)), "minit": c.rng.randint(1, 25)}
                for _ in range(3)
            ]
        }
    )
    return b.build()


def panchang(c: Context) -> Flow:
    b = _b(
        c,
        "panchang",
        "GET",
        f"https://api.kalnirnay-app.example/v1/panchang?dinank={iso(c)[:10]}&shahar=pune",
    )
    b.ok_json({"tithi": "Ekadashi", "nakshatra": "Rohini", "suryoday": "06:52", "suryast": "18:04"})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c, "gfonts", "GET", "https://fonts.gstatic.com/s/mukta/v14/iJWKBXyXfDDVXYnGp32S0H3f.woff2"
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.batmya-marathi.example/v1/lekh?vibhag=krida&t={ms(c)}")
    b.ok_json(
        {
            "lekh": [
                {"id": c.rng.randint(10**5, 10**6), "sheershak": t}
                for t in ("पुणे: पावसाचा जोर वाढला", "मुंबईचा रणजी विजय", "नागपुरात संत्र्यांचे भाव")
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
    food_order,
    bus_times,
    panchang,
    fonts,
    news,
    weather,
    cdn_image,
]
