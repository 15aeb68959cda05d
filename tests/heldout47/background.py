"""Ordinary background traffic: connectivity checks, map tiles, weather, a
crash report with trace ids, remote feature flags, CDN fonts. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import jsb

from .phone import FB, app, iso, rf, rid


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


def map_tile(c: Context) -> Flow:
    z, x, y = 15, c.rng.randint(17500, 17700), c.rng.randint(10700, 10900)
    b = app(c, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.randrange(256) for _ in range(64))
    )
    b.decoy("map tile x/y/z in the path: numbers, not an identifier")
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, 45.4, 53.6, 2), rf(c.rng, 9.1, 21.0, 2)
    b = app(c, "weather", "GET", "https://api.open-meteo.com/v1/forecast")
    for k, v in (("latitude", lat), ("longitude", lon), ("hourly", "temperature_2m,precipitation")):
        b.param(k, str(v))
    b.ok_json({"hourly": {"temperature_2m": [rf(c.rng, 2, 19, 1) for _ in range(24)]}})
    b.decoy("hourly temperature series: a numeric list, not a face or an embedding")
    return b.build()


def crash_report(c: Context) -> Flow:
    b = app(c, "sentry", "POST", "https://o4505.ingest.sentry.io/api/4505/envelope/")
    trace = new_hex(c.rng, 32)
    event = {
        "event_id": new_hex(c.rng, 32),
        "timestamp": iso(c),
        "platform": "java",
        "contexts": {
            "trace": {"trace_id": trace, "span_id": new_hex(c.rng, 16)},
            "device": {"model": "Pixel 8", "family": "Pixel", "memory_size": 8_000_000_000},
        },
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    header = {"event_id": event["event_id"], "sent_at": iso(c)}
    b.set_body(
        jsb(header) + b"\n" + jsb({"type": "event"}) + b"\n" + jsb(event),
        "application/x-sentry-envelope",
    )
    b.ok_json({"id": event["event_id"]})
    b.decoy("Sentry event_id / trace_id / span_id: random per event, identify no device")
    return b.build()


def feature_flags(c: Context) -> Flow:
    b = app(c, "flags", "GET", "https://cdn.growthbook.io/api/features/sdk-" + new_hex(c.rng, 12))
    b.ok_json(
        {
            "features": {
                "face_emoji_picker": {"defaultValue": True},
                "watch_party": {"defaultValue": False},
                "device_link_v2": {"defaultValue": c.rng.random() < 0.5},
            },
            "dateUpdated": iso(c),
        }
    )
    b.decoy("flag names mention faces, watching and devices; values are booleans")
    return b.build()


def font(c: Context) -> Flow:
    b = app(c, "cdn", "GET", "https://fonts.gstatic.com/s/roboto/v32/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(32))
    return b.build()


def time_sync(c: Context) -> Flow:
    b = app(c, "android", "GET", "https://time.android.com/")
    b.header("x-request-id", rid(c.rng))
    b.no_content()
    b.decoy("x-request-id: a fresh UUID per request")
    return b.build()


BENIGN = [generate_204, map_tile, weather, crash_report, feature_flags, font, time_sync]
