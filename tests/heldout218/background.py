"""Ordinary traffic between the apps: connectivity checks, weather for Kathmandu /
Pokhara / Doha, map tiles, images, crash reports with trace ids, update checks
with commit hashes, a momo order, a ride fare, NEPSE share prices, news and a
Nepali calendar. None of it carries biometric data, viewing history or a device
identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(27.71, 85.32), (28.21, 83.99), (25.29, 51.53)]


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
            "hourly": {"temperature_2m": [rf(c.rng, 4, 40, 1) for _ in range(24)]},
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
    b = _b(c, "cdn", "GET", f"https://img.samachar-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o45102.ingest.sentry.io/api/7013388/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "UnknownHostException", "value": "api unreachable"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.nepali-apps.example/v2/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "6.1.5", "commit": new_hex(c.rng, 40), "tippani": "Sudhar ra surakshya"})
    return b.build()


def momo_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.khanakhaja.example/v1/order")
    b.decoy("order number")
    b.json(
        {
            "items": [{"sku": f"MOMO-JHOL-{c.rng.randint(100, 999)}", "matra": 2}],
            "mudra": "NPR",
            "thegana": "Lakeside-6, Pokhara",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNo": order_no(c.rng), "jamma": rf(c.rng, 300, 1500, 0)})
    return b.build()


def ride_fare(c: Context) -> Flow:
    b = _b(c, "ride", "POST", "https://api.chalau-ride.example/v2/fare/estimate")
    b.decoy("pickup / drop coordinates and a trip id")
    b.json(
        {
            "pickup": [rf(c.rng, 27.68, 27.73, 5), rf(c.rng, 85.29, 85.35, 5)],
            "drop": [rf(c.rng, 27.68, 27.73, 5), rf(c.rng, 85.29, 85.35, 5)],
            "vehicle": c.rng.choice(["bike", "car"]),
            "tripId": rid(c.rng),
        }
    )
    b.ok_json({"bhada": rf(c.rng, 90, 600, 0), "mudra": "NPR"})
    return b.build()


def nepse(c: Context) -> Flow:
    b = _b(c, "nepse", "GET", f"https://api.sharebazar.example/v1/live?t={ms(c)}")
    b.ok_json(
        {
            "nepse": rf(c.rng, 2600, 2800, 2),
            "stocks": [
                {"symbol": s, "ltp": rf(c.rng, 200, 1200, 1)} for s in ("NABIL", "NTC", "UPPER")
            ],
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/mukta/v14/iJWKBXyXfDDVXbnBrXw.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.samachar-np.example/v1/lekh?varga=khelkud&t={ms(c)}")
    b.ok_json(
        {
            "lekh": [
                {"id": c.rng.randint(10**5, 10**6), "sirshak": t}
                for t in ("Nepal le UAE lai haraayo", "Pokhara ma varsha", "Petrol ko mulya ghatyo")
            ]
        }
    )
    return b.build()


def patro(c: Context) -> Flow:
    b = _b(c, "patro", "GET", "https://api.nepalipatro.example/v1/miti/aaja")
    b.ok_json({"bs": "2081-08-16", "tithi": "Ekadashi", "bida": False})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    sentry_crash,
    update_check,
    momo_order,
    ride_fare,
    nepse,
    fonts,
    news,
    patro,
    cdn_image,
    weather,
]
