"""Ordinary traffic between the apps: connectivity checks, weather for Addis
Ababa / Bahir Dar / Hawassa / Washington, map tiles, images, crash reports with
trace ids, update checks with commit hashes, a ride-hailing quote with a route
polyline, an injera delivery order, exchange rates, Amharic news. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(9.03, 38.74), (11.59, 37.39), (7.06, 38.48), (38.9, -77.04)]


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
            "hourly": {"temperature_2m": [rf(c.rng, 8, 30, 1) for _ in range(24)]},
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
    b = _b(c, "cdn", "GET", f"https://img.zena-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o41877.ingest.sentry.io/api/7731042/envelope/")
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
    b = _b(c, "updates", "GET", "https://updates.habesha-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.1.0", "commit": new_hex(c.rng, 40), "mastawesha": "Mastekakeya"})
    return b.build()


def ride_quote(c: Context) -> Flow:
    b = _b(c, "ride", "POST", "https://api.ride-addis.example/v1/quote")
    b.decoy("pickup / drop-off coordinates and route polyline (a coordinate list)")
    b.json(
        {
            "menesha": [rf(c.rng, 8.98, 9.05, 5), rf(c.rng, 38.7, 38.8, 5)],
            "medresha": [rf(c.rng, 8.98, 9.05, 5), rf(c.rng, 38.7, 38.8, 5)],
            "requestId": rid(c.rng),
        }
    )
    b.ok_json(
        {
            "waga": rf(c.rng, 150, 600, 0),
            "route": [[rf(c.rng, 8.98, 9.05, 5), rf(c.rng, 38.7, 38.8, 5)] for _ in range(6)],
        }
    )
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.deliver-addis.example/v2/tizaz")
    b.decoy("order number")
    b.json(
        {
            "items": [{"sku": f"INJERA-{c.rng.randint(100, 999)}", "bzat": 2}],
            "genzeb": "ETB",
            "adrasha": "Bole, Addis Ababa",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"tizazQutir": order_no(c.rng), "dimir": rf(c.rng, 200, 1500, 0)})
    return b.build()


def exchange_rates(c: Context) -> Flow:
    b = _b(c, "fx", "GET", "https://api.birr-rates.example/v1/rates?base=ETB")
    b.ok_json({"date": iso(c)[:10], "USD": rf(c.rng, 0.007, 0.009, 5), "EUR": 0.0074})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosansethiopic/v47/7cHPv50vjIepfJVOZZgcpQ5B9FBTH9KGNfhSTgtoow1K.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.zena-amharic.example/v1/zenawoch?kifil=sport&t={ms(c)}")
    b.ok_json(
        {
            "zenawoch": [
                {"id": c.rng.randint(10**5, 10**6), "ris": t}
                for t in ("ዋልያዎቹ በአፍሪካ ዋንጫ", "የአዲስ አበባ የአየር ሁኔታ", "Oduu Oromiyaa")
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
    ride_quote,
    food_order,
    exchange_rates,
    fonts,
    news,
    weather,
    cdn_image,
]
