"""Ordinary traffic between the apps: connectivity checks, weather for Kazan,
map tiles, fonts, images, crash reports with trace ids, update checks with
commit hashes, a food-delivery order, Tatar news. None of it carries biometric
data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid, url


def _b(c: Context, sdk: str, method: str, target: str) -> FB:
    b = FB(c, sdk, method, url(target))
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
    b = _b(
        c,
        "weather",
        "GET",
        "https://api.open-meteo.com/v1/forecast?latitude=55.79&longitude=49.12&hourly=temperature_2m",
    )
    b.ok_json(
        {
            "latitude": 55.79,
            "longitude": 49.12,
            "hourly": {"temperature_2m": [rf(c.rng, -15, 25, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
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


def fonts(c: Context) -> Flow:
    b = _b(
        c, "gfonts", "GET", "https://fonts.gstatic.com/s/ptsans/v17/jizaRExUiTo99u79D0KExQ.woff2"
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def news_image(c: Context) -> Flow:
    b = _b(c, "news-cdn", "GET", f"https://img.tatar-xebar.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.tatar-xebar.example/v1/mäqälälär?bülek=kazan&t={ms(c)}")
    b.ok_json(
        {
            "mäqälälär": [
                {"id": c.rng.randint(10**5, 10**6), "baş": t}
                for t in ("Казанда яңа метро станциясе", "Сабантуй программасы", "«Барслар» җиңде")
            ]
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44817.ingest.sentry.io/api/7711203/envelope/")
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
    b = _b(c, "updates", "GET", "https://updates.tatar-apps.example/v1/latest?kanal=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "4.2.1", "commit": new_hex(c.rng, 40), "yañalıqlar": "Xatalar tözätelde"})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "food", "POST", "https://api.tamle-ashlar-delivery.example/v2/zakaz")
    b.decoy("order number, address")
    b.json(
        {
            "tovarlar": [{"sku": f"ECHP-{c.rng.randint(100, 999)}", "san": 3}],
            "adres": "Казан, Пушкин ур., 5",
            "idem": rid(c.rng),
        }
    )
    b.ok_json({"zakaz_nomer": order_no(c.rng), "cämğe": rf(c.rng, 400, 3000, 0)})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.tatar-apps.example/now")
    b.ok_json({"unix_ms": ms(c), "tz": "Europe/Moscow"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    fonts,
    news_image,
    news,
    sentry_crash,
    update_check,
    food_order,
    time_sync,
    map_tile,
    news_image,
]
