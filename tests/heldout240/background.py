"""Ordinary traffic between the apps: connectivity checks, weather for Tbilisi /
Batumi / Kutaisi / Athens, map tiles, images, crash reports with trace ids,
update checks with commit hashes, a food-delivery order, a taxi ETA, news. None
of it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(41.72, 44.79), (41.64, 41.63), (42.27, 42.7), (37.98, 23.73)]


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
            "hourly": {"temperature_2m": [rf(c.rng, 0, 32, 1) for _ in range(24)]},
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
    b = _b(c, "cdn", "GET", f"https://img.ambebi-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.decoy("thumbnail image (no face analysis)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44120.ingest.sentry.io/api/7710023/envelope/")
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
    b = _b(c, "updates", "GET", "https://updates.qartuli-apps.example/v1/latest?arkhi=stable")
    b.decoy("commit hash")
    b.ok_json({"versia": "2.9.0", "commit": new_hex(c.rng, 40), "shenishvna": "გასწორებები"})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.shekveta-food.example/v2/shekvetebi")
    b.decoy("order number")
    b.json(
        {
            "produqtebi": [{"sku": f"KHACH-{c.rng.randint(100, 999)}", "raodenoba": 2}],
            "valuta": "GEL",
            "misamarti": "ჭავჭავაძის გამზ. 12, თბილისი",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"shekvetis_nomeri": order_no(c.rng), "jami": rf(c.rng, 15, 90, 2)})
    return b.build()


def taxi_eta(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(c, "taxi", "GET", f"https://api.taksi-ge.example/v1/eta?lat={lat}&lon={lon}")
    b.decoy("coordinates of nearby cars (not the user's devices)")
    b.ok_json(
        {
            "cars": [
                [rf(c.rng, lat - 0.01, lat + 0.01), rf(c.rng, lon - 0.01, lon + 0.01)]
                for _ in range(4)
            ],
            "etaMin": c.rng.randint(2, 12),
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosansgeorgian/v44/PlIaFke5O6RzLfvNNVSitxkr76PRHBC4Ytyq.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.ambebi-news.example/v1/statiebi?kategoria=sporti&t={ms(c)}"
    )
    b.ok_json(
        {
            "statiebi": [
                {"id": c.rng.randint(10**5, 10**6), "satauri": t}
                for t in ("ლელოებმა მოიგეს", "ამინდი: მზე ბათუმში", "საწვავის ფასები")
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
    taxi_eta,
    fonts,
    news,
    weather,
    map_tile,
]
