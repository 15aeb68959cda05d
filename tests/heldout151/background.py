"""Ordinary traffic between the apps in Sydney and Auckland: weather, maps,
transit, crash reports, chat, update checks, a BNPL order, an e-book library
and the connectivity check. None of it is sensitive; many flows look like it."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, mk, ms, rf, rid

OK = "okhttp/4.12.0"


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
    b = mk(
        c,
        "metservice",
        "GET",
        "https://api.open-meteo.com/v1/forecast?latitude=-36.85"
        "&longitude=174.76&hourly=temperature_2m,uv_index",
        OK,
    )
    b.decoy("coordinates and an hourly series")
    b.ok_json(
        {
            "latitude": -36.85,
            "longitude": 174.76,
            "hourly": {
                "temperature_2m": [rf(c.rng, 9, 24, 1) for _ in range(24)],
                "uv_index": [rf(c.rng, 0, 11, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
    b = mk(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
        OK,
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def transit(c: Context) -> Flow:
    b = mk(c, "transit", "GET", "https://api.transport.example/v1/departures?stop=200060", OK)
    b.decoy("buses' vehicle ids and GPS (public equipment, not the tester's devices)")
    b.ok_json(
        {
            "departures": [
                {
                    "route": r,
                    "vehicleId": f"NB{c.rng.randint(1000, 9999)}",
                    "lat": rf(c.rng, -33.9, -33.8, 5),
                    "lon": rf(c.rng, 151.1, 151.3, 5),
                    "due": iso(c),
                }
                for r in ("333", "380", "M30")
            ]
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = mk(c, "sentry", "POST", "https://o118204.ingest.sentry.io/api/4506117/envelope/", OK)
    b.decoy("crash envelope with event / trace ids")
    eid = new_hex(c.rng, 32)
    env = (
        "\n".join(
            [
                js({"event_id": eid, "sent_at": iso(c)}),
                js({"type": "event"}),
                js(
                    {
                        "event_id": eid,
                        "platform": "java",
                        "contexts": {
                            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}
                        },
                        "exception": {"values": [{"type": "IOException", "value": "timeout"}]},
                    }
                ),
            ]
        )
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def chat(c: Context) -> Flow:
    b = mk(c, "chat", "POST", "https://chat.whanau-messenger.example/v1/messages", OK)
    b.json(
        {
            "conversationId": rid(c.rng),
            "text": c.rng.choice(["kia ora!", "footy at 7?", "ka kite"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


def bnpl_order(c: Context) -> Flow:
    b = mk(c, "afterpay", "POST", "https://api.bnpl.example/v2/checkouts", OK)
    b.decoy("order number and an instalment price series")
    b.json(
        {
            "amount": {"amount": str(rf(c.rng, 20, 300, 2)), "currency": "AUD"},
            "merchantReference": order_no(c.rng),
        }
    )
    b.ok_json({"token": new_hex(c.rng, 32), "instalments": [rf(c.rng, 5, 75, 2) for _ in range(4)]})
    return b.build()


def library_reading(c: Context) -> Flow:
    b = mk(c, "libby", "PUT", "https://sentry-read.library.example/v2/loans/ebook/progress", OK)
    b.decoy("e-book reading progress (reading is not watching or listening)")
    b.json(
        {
            "titleId": c.rng.randint(10**5, 10**6),
            "percent": c.rng.randint(1, 99),
            "position": f"chapter-{c.rng.randint(1, 30)}",
            "updated": iso(c),
        }
    )
    b.no_content()
    return b.build()


def news_thumb(c: Context) -> Flow:
    b = mk(c, "cdn", "GET", f"https://img.news.example/{new_hex(c.rng, 32)}/w640.jpg", OK)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def face_article(c: Context) -> Flow:
    b = mk(c, "news", "GET", "https://api.news.example/v1/articles/face-id-at-airports", OK)
    b.decoy("an article about face recognition (not biometric data)")
    b.ok_json(
        {
            "headline": "SmartGate face recognition to expand at Auckland Airport",
            "body": "Face landmarks and templates are compared with passport photos...",
            "published": iso(c),
        }
    )
    return b.build()


def update_check(c: Context) -> Flow:
    b = mk(c, "updates", "GET", "https://updates.example-apps.com/v1/latest?channel=stable", OK)
    b.decoy("commit hash")
    b.ok_json({"version": "3.2.0", "commit": new_hex(c.rng, 40)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    transit,
    sentry,
    chat,
    bnpl_order,
    library_reading,
    news_thumb,
    face_article,
    update_check,
    weather,
    transit,
]
