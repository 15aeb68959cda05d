"""Ordinary background traffic of the Pixel 8a: connectivity check, time,
weather, map tiles, crash reports, feature flags. Nothing sensitive; request
ids, trace ids, coordinates and numeric series as look-alikes."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
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
    b = FB(
        c,
        "weather",
        "GET",
        "https://api.weather-example.co.uk/v1/forecast",
        [("lat", "51.45"), ("lon", "-0.97")],
    )
    b.ok_json({"hourly": [rf(c.rng, 4, 14, 1) for _ in range(24)], "requestId": rid(c.rng)})
    b.decoy("forecast series and coordinates")
    return b.build()


def tiles(c: Context) -> Flow:
    z, x, y = 15, c.rng.randint(16200, 16400), c.rng.randint(10800, 10900)
    b = FB(c, "maps", "GET", f"https://tiles.maps-example.net/v4/{z}/{x}/{y}.pbf")
    b.respond(200, "application/x-protobuf", bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def crash(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o44871.ingest.sentry.io/api/4505881/envelope/")
    b.header("x-sentry-auth", "Sentry sentry_key=" + rid(c.rng).replace("-", ""))
    env = {"event_id": rid(c.rng).replace("-", ""), "sent_at": iso(c)}
    b.set_body(
        f'{js(env)}\n{{"type":"session"}}\n{{"status":"ok","errors":0}}\n'.encode(),
        "application/x-sentry-envelope",
    )
    b.ok_json({"id": env["event_id"]})
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(
        c, "flags", "GET", "https://flags.config-example.io/v1/evaluate", [("sdk", "android-5.1")]
    )
    b.ok_json({"flags": {"new_player": True, "rail_map_v2": False}, "etag": rid(c.rng)})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://time.android-example.com/time")
    b.ok_json({"ts": iso(c)})
    return b.build()


BENIGN = [generate_204, weather, tiles, crash, flags, time_sync]
