"""Ordinary traffic between the apps: connectivity checks, weather for Kano /
Abuja / Jeddah, map tiles, images, crash reports with trace ids, update checks
with commit hashes, a suya / food order, a ride booking with coordinates, Hausa
news. None of it carries biometric data, viewing history or a device
identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(12.0, 8.52), (9.06, 7.49), (21.49, 39.19)]


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
            "hourly": {"temperature_2m": [rf(c.rng, 18, 44, 1) for _ in range(24)]},
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
    b = _b(c, "cdn", "GET", f"https://img.labarai-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44719.ingest.sentry.io/api/5521907/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "UnknownHostException", "value": "api"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.arewa-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.1.0", "commit": new_hex(c.rng, 40), "bayani": "Gyare-gyare"})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.abinci-yanzu.example/v2/oda")
    b.decoy("order number")
    b.json(
        {
            "kayayyaki": [{"sku": f"SUYA-{c.rng.randint(100, 999)}", "yawa": 2}],
            "kudi": "NGN",
            "adireshi": "Titin Zoo Road, Kano",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"lambar_oda": order_no(c.rng), "jimla": rf(c.rng, 1500, 9000, 0)})
    return b.build()


def ride(c: Context) -> Flow:
    b = _b(c, "ride", "POST", "https://api.tafiya-ride.example/v1/quote")
    b.decoy("pickup / drop-off coordinates and route polyline points")
    lat, lon = c.rng.choice(CITIES[:2])
    b.json(
        {
            "pickup": {
                "lat": rf(c.rng, lat - 0.05, lat + 0.05),
                "lng": rf(c.rng, lon - 0.05, lon + 0.05),
            },
            "dropoff": {
                "lat": rf(c.rng, lat - 0.05, lat + 0.05),
                "lng": rf(c.rng, lon - 0.05, lon + 0.05),
            },
            "route": [
                [rf(c.rng, lat - 0.05, lat + 0.05), rf(c.rng, lon - 0.05, lon + 0.05)]
                for _ in range(6)
            ],
        }
    )
    b.ok_json({"fare": rf(c.rng, 900, 5000, 0), "eta": c.rng.randint(3, 15), "quoteId": rid(c.rng)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosans/v36/o-0IIpQlx3QUlC5A4PNr5TRA.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.labarai-hausa.example/v1/labarai?rukuni=wasanni&t={ms(c)}"
    )
    b.ok_json(
        {
            "labarai": [
                {"id": c.rng.randint(10**5, 10**6), "take": t}
                for t in (
                    "Kano Pillars ta yi nasara",
                    "Yanayin zafi a Kano",
                    "Farashin mai ya sauka",
                )
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
    ride,
    fonts,
    news,
    weather,
    cdn_image,
]
