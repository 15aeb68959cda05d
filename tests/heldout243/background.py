"""Ordinary traffic between the apps: connectivity checks, weather for Yerevan /
Gyumri / Glendale, map tiles, images, crash reports with trace ids, update
checks with commit hashes, a food-delivery order,
bus times, news, a shop's product page and a card game's 3-D camera pose. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(40.18, 44.51), (40.79, 43.85), (34.14, -118.25)]


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
            "hourly": {"temperature_2m": [rf(c.rng, 2, 30, 1) for _ in range(24)]},
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
    b = _b(c, "cdn", "GET", f"https://img.news-am-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o38215.ingest.sentry.io/api/6620413/envelope/")
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
    b = _b(c, "updates", "GET", "https://updates.hay-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "2.4.1", "commit": new_hex(c.rng, 40), "nshumner": "Ուղղումներ"})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.patver-araqum.example/v2/patver")
    b.decoy("order number")
    b.json(
        {
            "apranqner": [{"sku": f"KHOROVATS-{c.rng.randint(100, 999)}", "qanak": 2}],
            "arzhuyt": "AMD",
            "hasce": "Տերյան 62, Երևան",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"patveriHamar": order_no(c.rng), "yndhanur": rf(c.rng, 2500, 15000, 0)})
    return b.build()


def bus_times(c: Context) -> Flow:
    b = _b(
        c, "bus", "GET", f"https://api.yerevan-transport.example/v1/kangar/{c.rng.randint(1, 400)}"
    )
    b.ok_json(
        {
            "ertughiner": [
                {"ertughi": c.rng.choice(["7", "23", "52"]), "rope": c.rng.randint(1, 20)}
                for _ in range(3)
            ]
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.lur-news.example/v1/hodvacner?bazhin=sport&t={ms(c)}")
    b.ok_json(
        {
            "hodvacner": [
                {"id": c.rng.randint(10**5, 10**6), "vernagir": t}
                for t in ("Հավաքականը հաղթեց", "Եղանակը Շիրակում", "Վառելիքի գները")
            ]
        }
    )
    return b.build()


def product_view(c: Context) -> Flow:
    b = _b(
        c,
        "shop",
        "GET",
        f"https://api.glendale-market.example/v1/products/{c.rng.randint(10**5, 10**6)}",
    )
    b.decoy("product page with SKU and view counter (not viewing history)")
    b.ok_json(
        {
            "sku": f"LAVASH-{c.rng.randint(100, 999)}",
            "title": "Armenian lavash, 5 pack",
            "priceUsd": rf(c.rng, 3, 9, 2),
            "viewsToday": c.rng.randint(10, 900),
        }
    )
    return b.build()


def game_pose(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://api.nardi-online.example/v1/match/state")
    b.decoy("backgammon table's 3-D camera pose (yaw / pitch / roll of a game camera)")
    b.json(
        {
            "matchId": rid(c.rng),
            "camera": {
                "yaw": rf(c.rng, -180, 180, 2),
                "pitch": rf(c.rng, -30, 60, 2),
                "roll": 0.0,
                "fov": 55,
            },
            "dice": [c.rng.randint(1, 6), c.rng.randint(1, 6)],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    sentry_crash,
    update_check,
    food_order,
    bus_times,
    fonts,
    news,
    weather,
    cdn_image,
    product_view,
    game_pose,
]
