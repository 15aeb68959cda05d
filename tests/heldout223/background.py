"""Ordinary traffic between the apps: connectivity checks, Bangkok weather and
air quality, map tiles, Grab-style food orders, BTS times, a Thai news app,
crash reports with trace ids, update checks with commit hashes. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid


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
    b = _b(
        c,
        "weather",
        "GET",
        "https://api.open-meteo.com/v1/forecast?latitude=13.73&longitude=100.57&hourly=temperature_2m,pm2_5",
    )
    b.ok_json(
        {
            "latitude": 13.73,
            "longitude": 100.57,
            "hourly": {"temperature_2m": [rf(c.rng, 26, 37, 1) for _ in range(24)]},
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


def news_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.khaosod-cdn.example/{new_hex(c.rng, 32)}/w720.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44921.ingest.sentry.io/api/7013382/envelope/")
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
    b = _b(c, "updates", "GET", "https://updates.bkk-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "4.3.1", "commit": new_hex(c.rng, 40), "note": "แก้ไขข้อผิดพลาด"})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "food", "POST", "https://api.sangahan.example/v2/orders")
    b.decoy("order number, delivery coordinates")
    b.json(
        {
            "items": [{"sku": f"KAPRAO-{c.rng.randint(100, 999)}", "qty": 1}],
            "currency": "THB",
            "dropoff": {
                "lat": rf(c.rng, 13.72, 13.74, 5),
                "lng": rf(c.rng, 100.56, 100.58, 5),
                "note": "ฝากไว้ที่นิติฯ ชั้น G",
            },
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNo": order_no(c.rng), "total": rf(c.rng, 60, 400, 0)})
    return b.build()


def bts_times(c: Context) -> Flow:
    b = _b(
        c, "bts", "GET", f"https://api.rodfai-bkk.example/v1/stations/E{c.rng.randint(1, 23)}/next"
    )
    b.ok_json(
        {
            "trains": [
                {"to": "เคหะฯ", "min": c.rng.randint(1, 8)},
                {"to": "คูคต", "min": c.rng.randint(1, 8)},
            ]
        }
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.khaosod-app.example/v1/articles?cat=local&t={ms(c)}")
    b.ok_json(
        {
            "articles": [
                {"id": c.rng.randint(10**5, 10**6), "title": t}
                for t in ("ฝุ่น PM2.5 กทม. พุ่ง", "รถไฟฟ้าสายสีเหลืองเปิดเพิ่ม", "ราคาทองวันนี้")
            ]
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c, "gfonts", "GET", "https://fonts.gstatic.com/s/sarabun/v15/DtVjJx26TKEr37c9YL5rilss.woff2"
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    news_image,
    sentry_crash,
    update_check,
    food_order,
    bts_times,
    news,
    fonts,
]
