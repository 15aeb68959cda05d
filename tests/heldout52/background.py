"""Ordinary background traffic on the phone and the TV: connectivity checks,
time, weather, map tiles, crash reports, feature flags. Nothing sensitive;
look-alikes only (trace ids, hashes, coordinates, numeric series).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid


def generate_204(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204")
    b.no_content()
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://time.android.example.com/")
    b.ok_json({"now": iso(c)})
    return b.build()


def weather(c: Context) -> Flow:
    b = FB(c, "weather", "GET", "https://api.weather.example.co.uk/v1/forecast")
    b.param("lat", str(rf(c.rng, 51.4, 53.4, 3)))
    b.param("lon", str(rf(c.rng, -6.3, -0.1, 3)))
    b.decoy("hourly temperature series")
    b.ok_json({"temps": [rf(c.rng, 4, 16, 1) for _ in range(24)], "traceId": rid(c.rng)})
    return b.build()


def tile(c: Context) -> Flow:
    z, x, y = 14, c.rng.randint(8000, 8200), c.rng.randint(5300, 5500)
    b = FB(c, "maps", "GET", f"https://tiles.maps.example.com/{z}/{x}/{y}.pbf")
    b.decoy("map tile")
    b.respond(200, "application/x-protobuf", bytes(c.rng.randrange(256) for _ in range(200)))
    return b.build()


def crash(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o4504.ingest.sentry.io/api/1189/envelope/")
    b.decoy("crash report: event id, stack hashes")
    ev = rid(c.rng).replace("-", "")
    frames = [hashlib.sha1(str(i).encode()).hexdigest() for i in range(3)]
    b.set_body(
        f'{{"event_id":"{ev}"}}\n{{"type":"event"}}\n{{"frames":{frames!r}}}'.encode(),
        "application/x-sentry-envelope",
    )
    b.ok_json({"id": ev})
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(
        c,
        "flags",
        "GET",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/beebview/namespaces/firebase:fetch",
    )
    b.decoy("feature flags")
    b.ok_json(
        {"entries": {"new_player": "true", "hb_interval": "30"}, "etag": "etag-" + rid(c.rng)}
    )
    return b.build()


BENIGN = [generate_204, time_sync, weather, tile, crash, flags]
