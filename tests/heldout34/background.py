"""Ordinary traffic between the apps on a Tecno phone in Nairobi, Lagos and
Karachi: connectivity checks, weather, map tiles, CDN images, crash reports
with trace ids, exchange-rate series, a news article about face recognition,
feature flags with hashes. None of it carries biometric data, viewing history
or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, dalvik, iso, ms, rf, rid

CITIES = [
    (-1.29, 36.82, "Africa/Nairobi"),
    (6.52, 3.38, "Africa/Lagos"),
    (24.86, 67.01, "Asia/Karachi"),
]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.11.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "http://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", dalvik())
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon, tz = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,precipitation",
    )
    b.ok_json(
        {
            "timezone": tz,
            "hourly": {
                "temperature_2m": [rf(c.rng, 18, 34, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 5, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
    x, y = c.rng.randint(0, 2**z), c.rng.randint(0, 2**z)
    b = _b(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://images.example-cdn.net/{new_hex(c.rng, 32)}/w360.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o119921.ingest.sentry.io/api/4504211/envelope/")
    b.decoy("event / trace ids")
    eid = new_hex(c.rng, 32)
    ev = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "timestamp": iso(c),
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = (
        "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(ev)]) + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(
        c, "fx", "GET", "https://api.example-fx.com/v1/series?base=USD&symbols=KES,NGN,PKR&days=30"
    )
    b.decoy("exchange-rate price series")
    b.ok_json(
        {
            "KES": [rf(c.rng, 128, 131, 2) for _ in range(30)],
            "NGN": [rf(c.rng, 1500, 1650, 1) for _ in range(30)],
            "PKR": [rf(c.rng, 277, 279, 2) for _ in range(30)],
        }
    )
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(c, "news", "GET", "https://www.example-news.co.ke/tech/face-recognition-cctv-nairobi")
    b.decoy("article about face recognition")
    text = (
        "<html><body><h1>Face recognition cameras go up in Nairobi CBD</h1><p>The cameras compare "
        "facial landmarks and face embeddings against a watch list, critics say</p></body></html>"
    )
    b.respond(200, "text/html; charset=utf-8", text.encode())
    return b.build()


def feature_flags(c: Context) -> Flow:
    b = _b(c, "flags", "GET", "https://flags.example-config.io/v2/flags?app=multi&env=prod")
    b.decoy("flag variant hashes and rollout buckets")
    b.ok_json(
        {
            "flags": {
                f"f{i}": {
                    "on": c.rng.random() < 0.5,
                    "hash": new_hex(c.rng, 40),
                    "bucket": c.rng.randint(0, 99),
                }
                for i in range(5)
            },
            "etag": new_hex(c.rng, 16),
        }
    )
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.org/now")
    b.ok_json({"epochMs": ms(c), "tz": c.rng.choice(CITIES)[2]})
    return b.build()


def bus_route(c: Context) -> Flow:
    b = _b(c, "maps", "GET", "https://api.example-matatu.co.ke/v1/route?from=cbd&to=westlands")
    b.decoy("route coordinate list")
    b.ok_json(
        {
            "polyline": [[rf(c.rng, -1.30, -1.26), rf(c.rng, 36.78, 36.83)] for _ in range(12)],
            "etaMin": c.rng.randint(15, 60),
            "requestId": rid(c.rng),
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    sentry,
    fx_rates,
    news_article,
    feature_flags,
    time_sync,
    bus_route,
    weather,
    cdn_image,
    generate_204,
]
