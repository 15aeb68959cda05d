"""Ordinary traffic between the apps: connectivity checks, weather for Pasig /
Ortigas, map tiles, news images, crash reports with trace ids, update checks
with commit hashes, a food-delivery order, MRT-3 train times, a shop's product
view and the centre's shuttle schedule. None of it carries biometric data,
viewing history or a device identifier of hers."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import PB, iso, ms, rf, rid

PLACES = [(14.58, 121.06), (14.57, 121.08), (14.55, 121.02)]


def _b(c: Context, sdk: str, method: str, url: str) -> PB:
    b = PB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = PB(
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


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.balita-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44871.ingest.sentry.io/api/7702194/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SSLHandshakeException", "value": "reset"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.kalayaan-cx.example/v1/latest?channel=prod")
    b.decoy("commit hash")
    b.ok_json({"version": "3.8.3", "commit": new_hex(c.rng, 40), "notes": "Bug fixes"})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.kainna-delivery.example/v2/orders")
    b.decoy("order number")
    b.json(
        {
            "items": [{"sku": f"SILOG-{c.rng.randint(100, 999)}", "qty": 1}],
            "currency": "PHP",
            "address": "Emerald Ave, Ortigas Center, Pasig",
            "note": "Pakiiwan sa lobby guard po",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNo": order_no(c.rng), "total": rf(c.rng, 150, 900, 0)})
    return b.build()


def mrt_times(c: Context) -> Flow:
    stn = c.rng.choice(["ortigas", "shaw-blvd", "guadalupe", "cubao"])
    b = _b(c, "transit", "GET", f"https://api.sakay-tren.example/v1/mrt3/{stn}/arrivals")
    b.ok_json({"arrivals": [{"dir": "NB", "min": c.rng.randint(1, 12)} for _ in range(3)]})
    return b.build()


def product_view(c: Context) -> Flow:
    sku = new_digits(c.rng, 10)
    b = _b(c, "shop", "GET", f"https://api.tindahan-online.example/v1/products/{sku}")
    b.decoy("product view with seller and item ids")
    b.ok_json(
        {
            "itemId": sku,
            "shopId": new_digits(c.rng, 9),
            "name": c.rng.choice(["USB headset foam covers", "Ergonomic mouse", "Thermos 1L"]),
            "price": rf(c.rng, 99, 1500, 0),
            "views": c.rng.randint(100, 90000),
        }
    )
    return b.build()


def shuttle(c: Context) -> Flow:
    b = _b(c, "shuttle", "GET", "https://shuttle.kalayaan-cx.example/v1/trips?route=ORT-MKT")
    b.ok_json({"trips": [{"alis": t, "plate": "NAB 1234"} for t in ("06:10", "06:40", "07:10")]})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.balita-ph.example/v1/articles?cat=showbiz&t={ms(c)}")
    b.ok_json(
        {
            "articles": [
                {"id": c.rng.randint(10**5, 10**6), "title": t}
                for t in ("PBA: Ginebra wins Game 4", "Bagyo update: Signal No. 1", "Gas prices")
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
    mrt_times,
    product_view,
    shuttle,
    fonts,
    news,
    cdn_image,
]
