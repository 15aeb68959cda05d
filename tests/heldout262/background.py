"""Ordinary traffic between the apps: connectivity checks, weather for
Thimphu and Paro, map tiles and a route with the phone's `sa_gnas`
(position), a taxi with the driver's position, an online shop order and its
order history, chat in Dzongkha and English, news, the lunar calendar
(`lo_tho`) with auspicious days, a Dzongkha dictionary lookup, crash reports
with trace ids and update checks with commit hashes. None of it carries
biometric data, viewing history or one of the family's device identifiers."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

PLACES = [(27.47, 89.64), (27.43, 89.42)]


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
    lat, lon = c.rng.choice(PLACES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m&timezone=Asia%2FThimphu",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 2, 26, 1) for _ in range(24)]},
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
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(300))
    return b.build()


def route(c: Context) -> Flow:
    lat, lon = c.rng.choice(PLACES)
    b = _b(c, "maps", "POST", "https://api.lamtsho.example/v1/route")
    b.decoy("the phone's map position (sa_gnas) and a route")
    b.json(
        {
            "sa_gnas": {
                "lat": rf(c.rng, lat - 0.02, lat + 0.02, 5),
                "lon": rf(c.rng, lon - 0.02, lon + 0.02, 5),
            },
            "to": {
                "lat": rf(c.rng, lat - 0.05, lat + 0.05, 5),
                "lon": rf(c.rng, lon - 0.05, lon + 0.05, 5),
            },
            "mode": c.rng.choice(["car", "walk"]),
        }
    )
    b.ok_json(
        {
            "m": c.rng.randint(400, 30000),
            "s": c.rng.randint(300, 5400),
            "pts": [[rf(c.rng, 89.3, 89.7, 5), rf(c.rng, 27.4, 27.5, 5)] for _ in range(40)],
        }
    )
    return b.build()


def taxi(c: Context) -> Flow:
    b = _b(
        c, "taxi", "GET", f"https://api.thimphutaxi.example/v1/ride/{c.rng.randint(10**6, 10**7)}"
    )
    b.decoy("driver's position and ETA")
    b.ok_json(
        {
            "driver": "Sonam",
            "pos": {"lat": rf(c.rng, 27.45, 27.49, 5), "lon": rf(c.rng, 89.62, 89.66, 5)},
            "eta_min": c.rng.randint(1, 12),
            "fare_btn": c.rng.randint(80, 400),
        }
    )
    return b.build()


def shop_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.drukmart.example/v2/orders")
    b.decoy("order number, idempotency key")
    b.json(
        {
            "items": [{"sku": f"SKU-{c.rng.randint(10**5, 10**6)}", "qty": 1} for _ in range(2)],
            "deliver_to": "Changzamtog, Thimphu",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"order": order_no(c.rng), "total": rf(c.rng, 200, 9000, 2), "currency": "BTN"})
    return b.build()


def order_history(c: Context) -> Flow:
    b = _b(c, "shop", "GET", "https://api.drukmart.example/v2/me/history")
    b.decoy("a shop's order history, not viewing")
    b.ok_json(
        {
            "history": [
                {"order": order_no(c.rng), "date": iso(c)[:10], "item": p}
                for p in ("Kira fabric", "Ema datshi spice mix", "Headphones")
            ]
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.gyalsa.example/v3/messages")
    b.decoy("conversation / message uuids")
    b.json(
        {
            "conv": rid(c.rng),
            "msgId": rid(c.rng),
            "text": c.rng.choice(["ཀུ་ཟུ་ཟང་པོ་ལ།", "Paro lu ga dem ya?", "ok 👍", "Tashi delek!"]),
            "sent": ms(c),
        }
    )
    b.ok_json({"id": new_hex(c.rng, 24)})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.drukkuensel.example/v1/articles?section=national&t={ms(c)}"
    )
    b.ok_json(
        {
            "articles": [
                {"id": c.rng.randint(10**5, 10**6), "title": t}
                for t in (
                    "Gelephu Mindfulness City update",
                    "ཚེས་བཅུ་ Paro lu",
                    "Archery: Yangphel Open",
                )
            ]
        }
    )
    return b.build()


def lunar_calendar(c: Context) -> Flow:
    b = _b(c, "calendar", "GET", "https://api.lotho.example/v1/lo_tho?month=5")
    b.decoy("lunar calendar with dates and durations of observances")
    b.ok_json(
        {
            "lo_tho": [
                {
                    "date": iso(c)[:10],
                    "zakar": c.rng.choice(["ཚེས་བཅུ་", "Duechoe", "zakar lekpa"]),
                    "hours": 24,
                }
            ]
        }
    )
    return b.build()


def dictionary(c: Context) -> Flow:
    w = c.rng.choice(["ལྟ་", "ངོ་གདོང་", "face", "listen"])
    b = _b(c, "dict", "GET", f"https://api.dzongkha-dict.example/v1/lookup?w={w}")
    b.decoy("a dictionary lookup for a word (not data about anyone)")
    b.ok_json({"w": w, "defs": ["to look, to watch", "face"]})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.drukkuensel.example/{new_hex(c.rng, 32)}/w800.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44127.ingest.us.sentry.io/api/4508112/envelope/")
    b.decoy("trace / event / span ids")
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
    b = _b(c, "updates", "GET", "https://updates.apps-bt.example/v1/latest?channel=stable")
    b.decoy("commit hash, apk sha256")
    b.ok_json({"version": "3.1.0", "commit": new_hex(c.rng, 40), "sha256": new_hex(c.rng, 64)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notoseriftibetan/v22/gokGH7nwAEdtF9N45n0Vaw.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + c.rng.randbytes(200))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    map_tile,
    route,
    taxi,
    shop_order,
    order_history,
    chat,
    chat,
    news,
    lunar_calendar,
    dictionary,
    cdn_image,
    sentry_crash,
    update_check,
    fonts,
    weather,
    news,
]
