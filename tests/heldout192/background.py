"""Ordinary traffic between the apps: NZ and Queensland weather, maps, bus times,
crash reports with trace ids, messaging, parcel tracking, exchange rates, the
iPhone's captive-portal check. None of it carries biometric data, viewing
history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import WB, iso, ms, rf, rid

IOS_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15"


def _b(c: Context, sdk: str, method: str, url: str) -> WB:
    b = WB(c, sdk, method, url)
    b.header("user-agent", IOS_UA)
    return b


def captive(c: Context) -> Flow:
    b = WB(c, "ios", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(-36.85, 174.76), (-38.14, 176.25), (-27.47, 153.03)])
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m,uv_index",
    )
    b.decoy("coordinates and hourly series (weather)")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 8, 28, 1) for _ in range(24)],
                "uv_index": [rf(c.rng, 0, 12, 1) for _ in range(24)],
            },
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


def bus_times(c: Context) -> Flow:
    stop = c.rng.randint(1000, 9999)
    b = _b(c, "transit", "GET", f"https://api.transit.example.co.nz/v1/stops/{stop}/departures")
    b.ok_json(
        {
            "departures": [
                {"route": r, "due": iso(c), "delaySec": c.rng.randint(0, 400)}
                for r in ("NX1", "70", "OuterLink")
            ]
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o118234.ingest.sentry.io/api/4504712/envelope/")
    b.decoy("trace / event / span ids in a crash envelope")
    event_id = new_hex(c.rng, 32)
    header = {"event_id": event_id, "sent_at": iso(c)}
    event = {
        "event_id": event_id,
        "platform": "cocoa",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NSInvalidArgumentException", "value": "nil key"}]},
    }
    env = "\n".join([js(header), js({"type": "event"}), js(event)]) + "\n"
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "clientMessageId": rid(c.rng),
            "text": c.rng.choice(
                ["kia ora e hoa", "mālō lava", "see you at nana's", "sweet as 👍"]
            ),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng), "status": "delivered"})
    return b.build()


def parcel(c: Context) -> Flow:
    code = "NZ" + new_hex(c.rng, 10).upper()
    b = _b(c, "parcel", "GET", f"https://api.parcels.example.co.nz/track/{code}")
    b.decoy("parcel tracking number and scan events")
    b.ok_json(
        {"code": code, "events": [{"at": iso(c), "where": "Auckland Depot", "what": "In transit"}]}
    )
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "fx", "GET", "https://api.fx.example.com/v1/latest?base=NZD&symbols=AUD,WST,TOP")
    b.decoy("exchange-rate series")
    b.ok_json(
        {
            "base": "NZD",
            "rates": {
                "AUD": rf(c.rng, 0.88, 0.93),
                "WST": rf(c.rng, 1.6, 1.7),
                "TOP": rf(c.rng, 1.38, 1.45),
            },
            "history": [rf(c.rng, 0.88, 0.93) for _ in range(14)],
        }
    )
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", "https://news.example.co.nz/api/articles/face-recognition-supermarkets"
    )
    b.decoy("article about facial recognition in supermarkets: text about faces, no face data")
    b.ok_json(
        {"headline": "Privacy Commissioner reports on facial recognition trial", "words": 840}
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    captive,
    weather,
    map_tile,
    bus_times,
    sentry,
    chat,
    parcel,
    rates,
    news_article,
    weather,
    map_tile,
]
