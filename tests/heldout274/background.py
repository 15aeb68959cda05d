"""Ordinary traffic between the apps: connectivity checks, Yandex map tiles,
weather for Grozny and Nazran, the prayer-time widget (Aladhan timings), a
marketplace order and its tracking, crash reports with trace ids, update
checks with commit hashes, news. None of it carries biometric data, viewing
history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [
    (43.3178, 45.6949, "Grozny"),
    (43.2167, 44.7686, "Nazran"),
    (43.1669, 45.5467, "Urus-Martan"),
]


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
    lat, lon, _ = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("city coordinates")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -5, 35, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(10, 17)
    x, y = c.rng.randint(0, 2**z), c.rng.randint(0, 2**z)
    b = _b(
        c,
        "yandex-maps",
        "GET",
        f"https://core-renderer-tiles.maps.yandex.net/tiles?l=map&v=24.12.01&x={x}&y={y}&z={z}&scale=2&lang=ru_RU",
    )
    b.decoy("map tile x/y/z")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def prayer_times(c: Context) -> Flow:
    _, _, city = c.rng.choice(CITIES)
    b = _b(
        c,
        "prayer-widget",
        "GET",
        f"https://api.aladhan.com/v1/timingsByCity?city={city}&country=Russia&method=14&school=1",
    )
    b.decoy("prayer times for a city (widget)")
    b.ok_json(
        {
            "code": 200,
            "data": {
                "timings": {
                    "Fajr": "05:41",
                    "Dhuhr": "12:17",
                    "Asr": "14:51",
                    "Maghrib": "16:58",
                    "Isha": "18:24",
                },
                "date": {"readable": iso(c)[:10]},
                "meta": {
                    "method": {"id": 14, "name": "Spiritual Administration of Muslims of Russia"}
                },
            },
        }
    )
    return b.build()


def shop_order(c: Context) -> Flow:
    b = _b(c, "marketplace", "POST", "https://api.kavkaz-market.example/v2/orders")
    b.decoy("order number and delivery point")
    b.json(
        {
            "items": [{"sku": f"SKU{c.rng.randint(10**6, 10**7)}", "qty": c.rng.randint(1, 3)}],
            "pickup_point": "Грозный, пр. Путина 12",
            "payment": "sbp",
            "idempotency_key": rid(c.rng),
        }
    )
    b.ok_json({"order_id": order_no(c.rng), "total": rf(c.rng, 300, 9000, 0), "currency": "RUB"})
    return b.build()


def order_tracking(c: Context) -> Flow:
    b = _b(
        c,
        "marketplace",
        "GET",
        f"https://api.kavkaz-market.example/v2/orders/{order_no(c.rng)}/tracking",
    )
    b.decoy("order tracking (order number)")
    b.ok_json({"status": c.rng.choice(["в пути", "в пункте выдачи"]), "eta": iso(c)[:10]})
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44521.ingest.sentry.io/api/7712301/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {
            "values": [{"type": "UnknownHostException", "value": "Unable to resolve host"}]
        },
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.vaynakh-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.1.0", "commit": new_hex(c.rng, 40), "notes": "Исправления"})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.grozny-inform.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.grozny-inform.example/v1/news?cat=society&t={ms(c)}")
    b.ok_json(
        {
            "items": [
                {"id": c.rng.randint(10**5, 10**6), "title": t}
                for t in ("Погода в Грозном", "Открытие моста", "Курс рубля")
            ]
        }
    )
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://yandex.com/time/sync.json?geo=1106")
    b.ok_json({"time": ms(c), "clocks": {"1106": {"name": "Грозный", "offset": 10800000}}})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    map_tile,
    prayer_times,
    shop_order,
    order_tracking,
    sentry_crash,
    update_check,
    cdn_image,
    news,
    time_sync,
    prayer_times,
    cdn_image,
]
