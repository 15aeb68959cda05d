"""Ordinary traffic between the apps: Colombo / Jaffna weather, map tiles, news,
a wildlife app, crash reports, chat, connectivity checks. None of it carries
biometric data, viewing history or a device identifier, though some of it
looks like them (an article about face recognition, a leopard's spot-pattern
vector, exchange-rate series, trace ids)."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, floats, iso, ms, rf, rid


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


def huawei_connectivity(c: Context) -> Flow:
    b = FB(
        c,
        "huawei",
        "GET",
        "http://connectivitycheck.platform.hicloud.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(6.93, 79.85), (9.66, 80.02)])
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=rain",
    )
    b.decoy("coordinates and an hourly rain series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"rain": [rf(c.rng, 0, 12, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 16)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        f"https://news.lankadeepa-example.lk/api/article/{c.rng.randint(10**5, 10**6)}",
    )
    b.decoy("article about face recognition at the airport (text about faces)")
    b.ok_json(
        {
            "title": "BIA to roll out face recognition e-gates",
            "body": "Passengers' faces will be matched against passport photos; "
            "the system measures facial landmarks to verify identity.",
            "published": iso(c),
        }
    )
    return b.build()


def leopard_id(c: Context) -> Flow:
    b = _b(c, "wildlife", "POST", "https://api.yalawild.example/v1/sightings/identify")
    b.decoy("leopard spot-pattern / face embedding (an animal, not a person)")
    b.json(
        {
            "species": "Panthera pardus kotiya",
            "park": "Yala Block 1",
            "leopardFaceEmbedding": floats(c.rng, 64),
            "ts": iso(c),
        }
    )
    b.ok_json({"match": f"YL-{c.rng.randint(10, 99)}", "confidence": rf(c.rng, 0.5, 0.9, 2)})
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o882211.ingest.sentry.io/api/4504012/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    env = (
        "\n".join(
            [
                js({"event_id": event_id, "sent_at": iso(c)}),
                js({"type": "event"}),
                js(
                    {
                        "event_id": event_id,
                        "level": "error",
                        "platform": "java",
                        "contexts": {
                            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}
                        },
                        "exception": {
                            "values": [{"type": "NullPointerException", "value": "player"}]
                        },
                    }
                ),
            ]
        )
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "clientMessageId": rid(c.rng),
            "text": c.rng.choice(["amma kaeweda?", "saapittiyaa?", "bus eke innawa"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


def gold_prices(c: Context) -> Flow:
    b = _b(c, "gold", "GET", "https://rates.example-gold.lk/v1/gold?days=30")
    b.decoy("gold price series (numbers)")
    b.ok_json({"22k": [rf(c.rng, 170000, 190000, 0) for _ in range(30)], "unit": "pawn"})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://images.example-cdn.net/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def bus_timetable(c: Context) -> Flow:
    b = _b(c, "transport", "GET", "https://api.example-ntc.lk/v1/routes/87/timetable")
    b.ok_json({"route": "87 Colombo-Jaffna", "departures": ["05:30", "08:00", "20:30", "21:45"]})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    huawei_connectivity,
    weather,
    map_tile,
    news_article,
    leopard_id,
    sentry_crash,
    chat,
    gold_prices,
    cdn_image,
    bus_timetable,
    weather,
    map_tile,
    cdn_image,
]
