"""Ordinary background traffic: Apple OS checks, weather, maps tiles, crash
reports with trace ids, feature flags. Nothing sensitive; look-alikes only."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, rid


def captive(c: Context) -> Flow:
    b = FB(
        c, "apple", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1"
    )
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def weather(c: Context) -> Flow:
    b = FB(c, "weather", "GET", "https://api.meteo-nord.ca/v1/previsions")
    b.param("lat", str(rf(c.rng, 45.4, 46.9, 2)))
    b.param("lon", str(rf(c.rng, -74, -71, 2)))
    b.ok_json({"temp": [rf(c.rng, -25, 5, 1) for _ in range(24)], "emis": iso(c)})
    b.decoy("weather forecast series")
    return b.build()


def crash(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o44.ingest.sentry.io/api/12/envelope/")
    b.json(
        {
            "event_id": new_hex(c.rng, 32),
            "trace_id": new_hex(c.rng, 32),
            "level": "error",
            "exception": "NSInternalInconsistencyException",
            "timestamp": iso(c),
        }
    )
    b.decoy("crash report with event and trace ids")
    b.ok_json({"id": new_hex(c.rng, 32)})
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(c, "flags", "GET", "https://cdn.flagcdn-nord.ca/v2/flags.json")
    b.header("if-none-match", '"' + new_hex(c.rng, 40) + '"')
    b.ok_json({"nouveauLecteur": c.rng.random() < 0.5, "commit": new_hex(c.rng, 40)})
    b.decoy("feature flags with a commit hash etag")
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 14, c.rng.randint(4800, 4900), c.rng.randint(5800, 5900)
    b = FB(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(40))
    b.decoy("map tile")
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "apple", "GET", "https://time.apple.com/ts")
    b.header("x-request-id", rid(c.rng))
    b.ok_json({"t": iso(c)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [captive, weather, crash, flags, map_tile, time_sync]
