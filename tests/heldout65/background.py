"""Ordinary phone traffic between the apps: connectivity check, weather, map
tiles, Sentry crash envelopes, Samsung update checks, fonts, news, exchange
rates. None carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, rf, rid


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
    lat, lon = rf(c.rng, -34, -22, 2), rf(c.rng, 18, 31, 2)
    b = FB(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}",
    )
    b.ok_json({"hourly": {"temperature_2m": [rf(c.rng, 8, 33, 1) for _ in range(24)]}})
    b.decoy("coordinates, temperature series")
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
    b = FB(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o45120.ingest.sentry.io/api/6620119/envelope/")
    eid = new_hex(c.rng, 32)
    lines = [
        js({"event_id": eid, "sent_at": iso(c)}),
        js({"type": "event"}),
        js(
            {
                "event_id": eid,
                "level": "error",
                "platform": "java",
                "contexts": {
                    "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}
                },
                "exception": {"values": [{"type": "SocketTimeoutException"}]},
            }
        ),
    ]
    b.set_body("\n".join(lines).encode(), "application/x-sentry-envelope")
    b.decoy("event / trace ids")
    b.ok_json({"id": eid})
    return b.build()


def galaxy_store(c: Context) -> Flow:
    b = FB(c, "samsung", "GET", "https://vas.samsungapps.com/stub/stubUpdateCheck.as")
    b.param("appId", "com.sec.android.app.launcher")
    b.param("versionCode", "150000000")
    b.param("deviceId", "SM-A556E")
    b.param("mcc", "655")
    b.respond(200, "text/xml", b"<result><resultCode>0</resultCode></result>")
    b.decoy("deviceId param holding a model name")
    return b.build()


def fonts(c: Context) -> Flow:
    b = FB(c, "fonts", "GET", f"https://fonts.gstatic.com/s/roboto/v30/{new_hex(c.rng, 12)}.woff2")
    b.respond(200, "font/woff2", bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def news(c: Context) -> Flow:
    b = FB(
        c, "news", "GET", "https://news.example-za.net/api/articles/face-recognition-at-or-tambo"
    )
    b.ok_json(
        {
            "headline": "Facial recognition gates at OR Tambo",
            "body": "Travellers' faces will be scanned...",
            "requestId": rid(c.rng),
        }
    )
    b.decoy("article about faces")
    return b.build()


def fx(c: Context) -> Flow:
    b = FB(c, "fx", "GET", "https://open.er-api.com/v6/latest/ZAR")
    b.ok_json({"rates": {"NGN": rf(c.rng, 80, 95), "USD": rf(c.rng, 0.05, 0.06)}})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, weather, map_tile, sentry, galaxy_store, fonts, news, fx, map_tile, sentry,
]  # fmt: skip
