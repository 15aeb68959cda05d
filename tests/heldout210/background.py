"""Ordinary traffic between the apps: connectivity checks, weather and typhoon
bulletins for Quezon City / Cebu / Dubai, map tiles, a Shopee / Lazada-like
shop (product views, a gadget's serial in a listing), news, a Messenger-like
chat, a jeepney route app with vehicle positions, a mobile game with camera yaw,
crash reports with trace ids. None of it carries biometric data, viewing
history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(14.676, 121.044), (10.315, 123.885), (25.204, 55.271)]


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
            "hourly": {"precipitation": [rf(c.rng, 0, 30, 1) for _ in range(24)]},
        }
    )
    return b.build()


def typhoon_alert(c: Context) -> Flow:
    b = _b(c, "bagyo", "GET", "https://api.bagyo-alert.example/v1/bulletin/latest?lang=fil")
    b.decoy("typhoon position, track and 'tagal' of signal")
    b.ok_json(
        {
            "bagyo": "Kristine",
            "position": {"lat": rf(c.rng, 12, 18, 2), "lon": rf(c.rng, 122, 128, 2)},
            "signal": {"Quezon City": 2, "Cebu": 1},
            "galaw": "kanluran-hilagang-kanluran, 20 km/h",
            "inilabas": iso(c),
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


def shop_view(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.tindahan-online.example/v4/track/view_item")
    b.decoy("shop product 'view' event with seconds on page")
    b.json(
        {
            "event": "view_item",
            "item_id": c.rng.randint(10**8, 10**9),
            "item_name": c.rng.choice(["Electric fan 16in", "Rice cooker 1.8L", "Tsinelas"]),
            "view_seconds": c.rng.randint(3, 90),
            "session": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def shop_recently_viewed(c: Context) -> Flow:
    b = _b(c, "shop", "GET", "https://api.tindahan-online.example/v4/user/recently-viewed")
    b.decoy("recently viewed products (shopping, not watching)")
    b.ok_json(
        {"items": [{"item_id": c.rng.randint(10**8, 10**9), "viewed_at": iso(c)} for _ in range(3)]}
    )
    return b.build()


def shop_listing(c: Context) -> Flow:
    b = _b(
        c,
        "shop",
        "GET",
        f"https://api.tindahan-online.example/v4/item/{c.rng.randint(10**8, 10**9)}",
    )
    b.decoy("a second-hand phone listing with its serial number (a product, not a test device)")
    b.ok_json(
        {
            "title": "Secondhand Samsung A14, complete box",
            "serial_number": "R58W" + new_hex(c.rng, 7).upper(),
            "description": "Sealed pa ang box, IMEI nasa sticker",
            "price": rf(c.rng, 2500, 6000, 0),
        }
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.balita-ngayon.example/v1/articles?cat=bansa&t={ms(c)}")
    b.ok_json(
        {
            "articles": [
                {"id": c.rng.randint(10**5, 10**6), "title": t}
                for t in ("Signal No. 2 sa Metro Manila", "Presyo ng bigas bumaba", "Gilas panalo")
            ]
        }
    )
    return b.build()


def chat_message(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.kamustahan.example/v2/messages")
    b.decoy("chat message mentioning a teleserye and 'napanood'")
    b.json(
        {
            "thread": new_hex(c.rng, 16),
            "text": c.rng.choice(
                [
                    "Ma, napanood mo na ba yung Batang Quiapo kagabi?",
                    "Nakapagpadala na ako, check mo GCash mo",
                    "Ingat kayo sa bagyo ha",
                ]
            ),
            "client_msg_id": rid(c.rng),
            "ts": ms(c),
        }
    )
    b.ok_json({"id": new_hex(c.rng, 20), "delivered": True})
    return b.build()


def jeepney_route(c: Context) -> Flow:
    b = _b(
        c, "jeep", "GET", f"https://api.saan-jeep.example/v1/routes/{c.rng.randint(1, 300)}/live"
    )
    b.decoy("vehicle positions and plate numbers on a jeepney route")
    b.ok_json(
        {
            "ruta": "Cubao - Quiapo",
            "jeeps": [
                {
                    "plate": f"TX{c.rng.randint(1000, 9999)}",
                    "position": [rf(c.rng, 14.59, 14.63, 5), rf(c.rng, 120.98, 121.05, 5)],
                    "eta_min": c.rng.randint(1, 15),
                }
                for _ in range(3)
            ],
        }
    )
    return b.build()


def game_sync(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://sync.mobile-legends-like.example/v1/replay/frame")
    b.decoy("game camera yaw/pitch and hero position")
    b.json(
        {
            "match": new_hex(c.rng, 12),
            "camera": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 60, 2)},
            "hero": {"position": [rf(c.rng, 0, 100, 1), rf(c.rng, 0, 100, 1)]},
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.balita-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44712.ingest.sentry.io/api/7730112/envelope/")
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


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    typhoon_alert,
    map_tile,
    shop_view,
    shop_recently_viewed,
    shop_listing,
    news,
    chat_message,
    jeepney_route,
    game_sync,
    cdn_image,
    sentry_crash,
    fonts,
    weather,
    map_tile,
]
