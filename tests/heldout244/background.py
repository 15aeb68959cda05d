"""Ordinary traffic between the apps: connectivity checks, weather for Durban,
Pietermaritzburg and Johannesburg, map tiles, images, crash reports with trace
ids, update checks with commit hashes, a grocery order, taxi-rank times, a
game's camera pose, a delivery route's coordinate list. None of it carries
biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(-29.86, 31.02), (-29.6, 30.38), (-26.2, 28.05)]


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
            "hourly": {"temperature_2m": [rf(c.rng, 12, 32, 1) for _ in range(24)]},
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
    b = _b(c, "cdn", "GET", f"https://img.izindaba-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.decoy("news photo fetch (an image, not a face upload)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44120.ingest.sentry.io/api/7731042/envelope/")
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
    b = _b(c, "updates", "GET", "https://updates.mzansi-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "1.9.2", "commit": new_hex(c.rng, 40), "amanothi": "Ukulungiswa"})
    return b.build()


def grocery_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.thenga-ekhaya.example/v2/ama-oda")
    b.decoy("order number and product SKUs")
    b.json(
        {
            "izinto": [{"sku": f"PAP-{c.rng.randint(100, 999)}", "inani": 2}],
            "imali": "ZAR",
            "ikheli": "Umgeni Road, eThekwini",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"inomboloYe-oda": order_no(c.rng), "isamba": rf(c.rng, 80, 900, 2)})
    return b.build()


def taxi_rank(c: Context) -> Flow:
    b = _b(c, "taxi", "GET", f"https://api.amatekisi.example/v1/irenki/{c.rng.randint(1, 300)}")
    b.ok_json(
        {"imizila": [{"umzila": "Pinetown", "imizuzu": c.rng.randint(1, 25)} for _ in range(3)]}
    )
    return b.build()


def game_pose(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://sync.ibhola-game.example/v1/state")
    b.decoy("game camera pose and yaw / pitch (not a face)")
    b.json(
        {
            "camera": {
                "pos": [rf(c.rng, -50, 50, 3) for _ in range(3)],
                "yaw": rf(c.rng, -180, 180, 2),
                "pitch": rf(c.rng, -30, 30, 2),
                "roll": 0.0,
            },
            "frame": c.rng.randint(1, 10**6),
            "t": ms(c),
        }
    )
    b.ok_json({"ack": True})
    return b.build()


def delivery_route(c: Context) -> Flow:
    b = _b(
        c, "courier", "GET", f"https://api.courier-za.example/v1/track/{new_hex(c.rng, 10).upper()}"
    )
    b.decoy("tracking number and a route's coordinate list")
    lat, lon = c.rng.choice(CITIES)
    b.ok_json(
        {
            "status": "out_for_delivery",
            "route": [
                [rf(c.rng, lat - 0.05, lat + 0.05, 5), rf(c.rng, lon - 0.05, lon + 0.05, 5)]
                for _ in range(6)
            ],
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        f"https://api.izindaba.example/v1/izindatshana?isigaba=ezemidlalo&t={ms(c)}",
    )
    b.ok_json(
        {
            "izindatshana": [
                {"id": c.rng.randint(10**5, 10**6), "isihloko": t}
                for t in (
                    "AmaZulu anqobe eMoses Mabhida",
                    "Isimo sezulu: imvula eThekwini",
                    "Amanani kaphethiloli",
                )
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
    grocery_order,
    taxi_rank,
    game_pose,
    delivery_route,
    fonts,
    news,
    weather,
    map_tile,
]
