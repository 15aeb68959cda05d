"""Ordinary traffic between the apps: connectivity checks, weather for Lagos /
Ibadan / London, map tiles, images, crash reports with trace ids, update checks
with commit hashes, a food order, a ride-hailing quote, data-bundle balance,
news. None of it carries biometric data, viewing history or a device
identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(6.52, 3.37), (7.38, 3.94), (51.51, -0.13)]


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
            "hourly": {"temperature_2m": [rf(c.rng, 8, 34, 1) for _ in range(24)]},
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
    b = _b(c, "cdn", "GET", f"https://img.iroyin-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44107.ingest.sentry.io/api/7712094/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "UnknownHostException", "value": "no network"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.naija-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.0.2", "commit": new_hex(c.rng, 40), "notes": "Àtúnṣe kékèké"})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.jeun-kiakia.example/v2/orders")
    b.decoy("order number")
    b.json(
        {
            "items": [{"sku": f"AMALA-{c.rng.randint(100, 999)}", "qty": 2}],
            "currency": "NGN",
            "address": "Allen Avenue, Ikeja",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNumber": order_no(c.rng), "total": rf(c.rng, 3000, 25000, 0)})
    return b.build()


def ride_quote(c: Context) -> Flow:
    b = _b(c, "ride", "POST", "https://api.okada-ride.example/v1/quote")
    b.decoy("pickup / drop-off coordinates (a coordinate list, not an identifier)")
    b.json(
        {
            "route": [[rf(c.rng, 6.4, 6.7, 5), rf(c.rng, 3.2, 3.5, 5)] for _ in range(3)],
            "class": "economy",
        }
    )
    b.ok_json({"fareNgn": c.rng.randint(1500, 9000), "etaMin": c.rng.randint(3, 25)})
    return b.build()


def data_balance(c: Context) -> Flow:
    b = _b(c, "telco", "GET", f"https://selfcare.naija-telco.example/v1/bundles?t={ms(c)}")
    b.ok_json({"dataMb": c.rng.randint(0, 20000), "airtimeNgn": c.rng.randint(0, 5000)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c, "gfonts", "GET", "https://fonts.gstatic.com/s/notosans/v30/o-0IIpQlx3QUlC5A4PNr.woff2"
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.iroyin.example/v1/articles?cat=sport&t={ms(c)}")
    b.ok_json(
        {
            "articles": [
                {"id": c.rng.randint(10**5, 10**6), "title": t}
                for t in ("Super Eagles win in Uyo", "Òjò ńbọ̀ ní Ìbàdàn", "Fuel price update")
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
    ride_quote,
    data_balance,
    fonts,
    news,
    weather,
    cdn_image,
]
