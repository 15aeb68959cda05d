"""Ordinary traffic between the apps: connectivity checks, weather for Yangon /
Mandalay / Bangkok, map tiles, news images, crash reports with trace ids,
update checks with commit hashes, a food-delivery order, the MMK exchange
rate, a Myanmar font download, a ride-hailing quote with a route's
coordinates. None of it carries biometric data, viewing history or a device
identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(16.87, 96.2), (21.97, 96.08), (13.75, 100.5)]


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
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,precipitation",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 22, 38, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 12, 1) for _ in range(24)],
            },
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


def news_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.thadinn-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44721.ingest.sentry.io/api/5510932/envelope/")
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
    b = _b(c, "updates", "GET", "https://updates.mm-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "1.9.2", "commit": new_hex(c.rng, 40), "notes": "ပြင်ဆင်မှုများ"})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "food", "POST", "https://api.sar-mhar.example/v2/orders")
    b.decoy("order number")
    b.json(
        {
            "items": [{"sku": f"MOHINGA-{c.rng.randint(100, 999)}", "qty": 2}],
            "currency": "MMK",
            "address": "ဗဟန်းမြို့နယ်၊ ရန်ကုန်",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNo": order_no(c.rng), "total": rf(c.rng, 6000, 40000, 0)})
    return b.build()


def fx_rate(c: Context) -> Flow:
    b = _b(c, "fx", "GET", "https://api.ngwe-lae-hnoun.example/v1/rates?base=USD")
    b.ok_json({"date": iso(c)[:10], "MMK": rf(c.rng, 2100, 4600, 0), "THB": rf(c.rng, 33, 36, 2)})
    return b.build()


def font(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosansmyanmar/v20/AlZq_y1ZtY3ymOryg38hOCSdOnFq0En23OU4o.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def ride_quote(c: Context) -> Flow:
    lat, lon = CITIES[0]
    b = _b(c, "ride", "POST", "https://api.yangon-ride.example/v1/quote")
    b.decoy("route coordinate list (not a face mesh)")
    b.json(
        {
            "route": [[rf(c.rng, lat - 0.05, lat + 0.05, 5), rf(c.rng, lon - 0.05, lon + 0.05, 5)]
                      for _ in range(8)],
            "vehicle": c.rng.choice(["taxi", "bike"]),
            "requestId": rid(c.rng),
        }
    )  # fmt: skip
    b.ok_json({"fareMmk": c.rng.randint(3000, 15000), "etaMin": c.rng.randint(3, 20)})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.thadinn.example/v1/articles?cat=sport&t={ms(c)}")
    b.ok_json(
        {
            "articles": [
                {"id": c.rng.randint(10**5, 10**6), "title": t}
                for t in ("မြန်မာ့လက်ရွေးစင် အနိုင်ရ", "မိုးလေဝသ ခန့်မှန်းချက်", "ရွှေဈေး")
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    news_image,
    sentry_crash,
    update_check,
    food_order,
    fx_rate,
    font,
    ride_quote,
    news,
    weather,
    news_image,
]
