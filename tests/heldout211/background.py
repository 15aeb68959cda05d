"""Ordinary traffic between the apps: connectivity checks, Lagos weather, map
tiles, news, a market order, fuel prices, crash reports with trace ids,
update checks with commit hashes, a ride fare estimate, fonts. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import CB, iso, ms, rf, rid

PLACES = [(6.50, 3.36), (6.60, 3.35), (6.45, 3.39), (7.38, 3.93)]


def _b(c: Context, sdk: str, method: str, url: str) -> CB:
    b = CB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = CB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(PLACES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=precipitation_probability",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"precipitation_probability": [c.rng.randint(0, 100) for _ in range(24)]},
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
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.naijanews.example/v2/stories?section=education&t={ms(c)}"
    )
    b.ok_json(
        {
            "stories": [
                {"id": c.rng.randint(10**5, 10**6), "headline": h}
                for h in (
                    "WAEC releases 2024 timetable",
                    "Lagos schools resume Monday",
                    "Third Mainland Bridge: traffic diversion",
                )
            ]
        }
    )
    return b.build()


def news_image(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://img.naijanews.example/{new_hex(c.rng, 32)}/w720.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def market_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.ojaonline.example/v1/orders")
    b.decoy("order number, product SKU serial-like codes")
    b.json(
        {
            "items": [
                {"sku": f"HDMI-CBL-{c.rng.randint(100, 999)}", "qty": 2},
                {"sku": f"MOUSE-USB-{c.rng.randint(100, 999)}", "qty": 10},
            ],
            "currency": "NGN",
            "address": "Adeyemi Memorial College, Bode Thomas St, Surulere, Lagos",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNo": order_no(c.rng), "total": rf(c.rng, 20000, 90000, 0)})
    return b.build()


def fuel_prices(c: Context) -> Flow:
    b = _b(c, "fuel", "GET", "https://api.fuelwatch-ng.example/v1/prices?state=lagos")
    b.ok_json({"pms": rf(c.rng, 950, 1100, 0), "diesel": rf(c.rng, 1300, 1500, 0), "at": iso(c)})
    return b.build()


def ride_estimate(c: Context) -> Flow:
    b = _b(c, "ride", "POST", "https://api.okadaride.example/v1/estimate")
    b.decoy("pickup / drop-off positions and ETA")
    b.json(
        {
            "pickup": {"lat": rf(c.rng, 6.49, 6.51, 5), "lng": rf(c.rng, 3.35, 3.37, 5)},
            "dropoff": {"lat": rf(c.rng, 6.44, 6.46, 5), "lng": rf(c.rng, 3.38, 3.42, 5)},
        }
    )
    b.ok_json({"fareNgn": c.rng.randint(1500, 6000), "etaMin": c.rng.randint(3, 25)})
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44190.ingest.sentry.io/api/5523871/envelope/")
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
    b = _b(c, "updates", "GET", "https://updates.amcsurulere.example/apps/latest.json")
    b.decoy("commit hash")
    b.ok_json({"version": "2.3.8", "commit": new_hex(c.rng, 40), "notes": "Bug fixes, abeg update"})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/nunito/v26/XRXV3I6Li01BKofINeaB.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def school_site(c: Context) -> Flow:
    b = _b(c, "web", "GET", "https://www.amcsurulere.example/wp-json/wp/v2/posts?per_page=3")
    b.ok_json(
        [
            {"id": c.rng.randint(100, 999), "title": {"rendered": t}}
            for t in ("Cultural Day 2024: Ẹ kú àṣeyọrí", "Second term fees", "Science fair winners")
        ]
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    news,
    news_image,
    market_order,
    fuel_prices,
    ride_estimate,
    sentry_crash,
    update_check,
    fonts,
    school_site,
    weather,
    news_image,
]
