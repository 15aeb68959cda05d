"""Ordinary traffic between the apps: connectivity checks, weather for Iqaluit,
Kuujjuaq and Pangnirtung, map tiles, sea-ice and tide charts (coordinates),
crash reports with trace ids, a northern store order (order number), flight
status, an Inuktitut dictionary, news, fonts, and a qamutik racing game that
syncs its camera pose. None of it carries biometric data, viewing history or a
device identifier."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

PLACES = [(63.7467, -68.517), (58.1047, -68.4152), (66.1466, -65.7012), (70.4769, -68.5872)]


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
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,wind_speed_10m",
    )
    b.decoy("coordinates of a town")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, -35, -5, 1) for _ in range(24)],
                "wind_speed_10m": [rf(c.rng, 0, 60, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(8, 14)
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


def sea_ice(c: Context) -> Flow:
    lat, lon = c.rng.choice(PLACES)
    b = _b(c, "siku", "GET", f"https://api.sikuliaq-ice.example/v1/siku?lat={lat}&lon={lon}")
    b.decoy("sea-ice thickness at a trail point (coordinates, timestamps)")
    b.ok_json(
        {
            "siku": [
                {
                    "lat": round(lat + rf(c.rng, -0.2, 0.2), 4),
                    "lon": round(lon + rf(c.rng, -0.2, 0.2), 4),
                    "thickness_cm": c.rng.randint(20, 180),
                    "measured": iso(c),
                }
                for _ in range(3)
            ],
            "tide": {"high": "14:22", "low": "20:41"},
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44718.ingest.sentry.io/api/5530192/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "UnknownHostException", "value": "satellite link"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def store_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.northmart-order.example/v2/orders")
    b.decoy("order number and idempotency key")
    b.json(
        {
            "items": [{"sku": f"ARCTIC-CHAR-{c.rng.randint(100, 999)}", "qty": 1}],
            "community": c.rng.choice(["Iqaluit", "Kuujjuaq"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNumber": order_no(c.rng), "total": rf(c.rng, 30, 400, 2)})
    return b.build()


def flight_status(c: Context) -> Flow:
    flight = c.rng.choice(["5T 440", "3H 872", "5T 702"])
    b = _b(c, "flights", "GET", f"https://api.northern-flights.example/v1/status/{quote(flight)}")
    b.ok_json(
        {
            "flight": flight,
            "from": "YFB",
            "to": c.rng.choice(["YUL", "YVP", "YXP"]),
            "status": c.rng.choice(["ᐊᐅᓪᓚᖅᓯᒪᔪᖅ", "Delayed — weather", "On time"]),
            "departs": iso(c),
        }
    )
    return b.build()


def dictionary(c: Context) -> Flow:
    word = c.rng.choice(["ᑕᑯᓐᓇᖅᑐᖅ", "ᖃᕆᓴᐅᔭᖅ", "ᓂᐱ", "ᑮᓇᖅ", "ᐃᒃᐱᒋᔭᖅ"])
    b = _b(c, "dict", "GET", f"https://api.uqausiit-dict.example/v1/search?q={quote(word)}")
    b.decoy("dictionary entry for 'face' / 'voice' / 'watch' (words, not data)")
    b.ok_json({"q": word, "en": c.rng.choice(["watches", "computer", "voice", "face", "feels"])})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.nunat-news.example/v1/articles?lang=iu&t={ms(c)}")
    b.ok_json(
        {
            "articles": [
                {"id": c.rng.randint(10**5, 10**6), "title": t}
                for t in ("ᐃᖃᓗᐃᑦ ᓯᓚᐅᑉ ᖃᐅᔨᒪᔭᐅᑎᑦᑎᓂᖓ", "Kuujjuaq: nouvelle aréna", "Sealift schedule")
            ]
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosanscanadianaboriginal/v26/4C_TLjTuEqPj-8J01CwaGkiZ9os0iGVkezM1mUT-j_Lmlzda6uH_nnX1bzigK_ZJ.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.nunat-news.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def game_sync(c: Context) -> Flow:
    b = _b(c, "qamutik-race", "POST", "https://api.qamutik-race.example/v1/ghost")
    b.decoy("game camera pose (yaw / pitch / fov) and lap times")
    b.json(
        {
            "track": "Frobisher Bay Loop",
            "lapMs": c.rng.randint(60000, 90000),
            "camera": {
                "yaw": rf(c.rng, -180, 180, 2),
                "pitch": rf(c.rng, -30, 10, 2),
                "roll": 0.0,
                "fov": 70,
                "pos": [rf(c.rng, 0, 500, 2), 1.6, rf(c.rng, 0, 500, 2)],
            },
            "session": rid(c.rng),
        }
    )
    b.ok_json({"rank": c.rng.randint(1, 300)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    sea_ice,
    sentry_crash,
    store_order,
    flight_status,
    dictionary,
    news,
    fonts,
    cdn_image,
    game_sync,
    generate_204,
    map_tile,
]
