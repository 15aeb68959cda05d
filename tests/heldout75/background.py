"""Ordinary background traffic of the phone and the car: connectivity checks,
time, map tiles, weather (Open-Meteo's documented /v1/forecast query and
hourly arrays), Sentry envelopes (develop.sentry.dev/sdk/envelopes: event_id,
trace ids, device context without ids), feature flags and CDN assets. Nothing
here is sensitive; much of it looks like it could be.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid, ua


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240805.005)")
    b.no_content()
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://time.android.com/")
    b.respond(200, "text/plain", str(ms(c)).encode())
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 16)
    x, y = c.rng.randint(3000, 9000), c.rng.randint(2000, 5000)
    url = f"https://tiles.nordvik-connect.com/v1/{z}/{x}/{y}.pbf"
    b = FB(c, "nordvik-maps", "GET", url)
    b.header("user-agent", ua("NordvikMaps", "4.18.0", car=True))
    b.respond(200, "application/x-protobuf", bytes(c.rng.getrandbits(8) for _ in range(300)))
    b.decoy("map tile")
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(59.33, 18.06), (59.91, 10.75), (52.52, 13.40), (60.39, 5.32)])
    b = FB(
        c,
        "weather",
        "GET",
        "https://api.open-meteo.com/v1/forecast",
        [
            ("latitude", str(lat)),
            ("longitude", str(lon)),
            ("hourly", "temperature_2m,precipitation"),
        ],
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "time": [iso(c)] * 6,
                "temperature_2m": [rf(c.rng, -5, 15, 1) for _ in range(6)],
                "precipitation": [rf(c.rng, 0, 2, 1) for _ in range(6)],
            },
        }
    )
    b.decoy("weather: coordinates and numeric series")
    return b.build()


def sentry(c: Context) -> Flow:
    eid = rid(c.rng).replace("-", "")
    b = FB(c, "sentry", "POST", "https://o4504.ingest.de.sentry.io/api/45077/envelope/")
    head = {"event_id": eid, "sent_at": iso(c), "dsn": "https://k@o4504.ingest.de.sentry.io/45077"}
    ev = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "exception": {"values": [{"type": "IllegalStateException", "value": "player released"}]},
        "contexts": {
            "device": {
                "model": "Pixel 8",
                "family": "Pixel",
                "arch": "arm64-v8a",
                "memory_size": 8000000000,
            },
            "os": {"name": "Android", "version": "14"},
            "trace": {"trace_id": rid(c.rng).replace("-", ""), "span_id": rid(c.rng)[:16]},
        },
    }
    body = "\n".join([js(head), js({"type": "event"}), js(ev)]).encode()
    b.set_body(body, "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    b.decoy("crash report: event and trace ids, device model only")
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(
        c,
        "nordvik-flags",
        "GET",
        "https://flags.nordvik-connect.com/v1/eval",
        [("ctx", hashlib.sha1(rid(c.rng).encode()).hexdigest())],
    )
    b.ok_json(
        {
            "flags": {"new_player": True, "ev_router_v2": c.rng.random() < 0.5},
            "bucket": c.rng.randint(0, 99),
            "etag": hashlib.md5(rid(c.rng).encode()).hexdigest(),
        }
    )
    b.decoy("feature flags with hashed context and etag")
    return b.build()


def cdn_asset(c: Context) -> Flow:
    b = FB(
        c,
        "cdn",
        "GET",
        f"https://static.nordvik-connect.com/img/{hashlib.sha256(rid(c.rng).encode()).hexdigest()[:20]}.jpg",
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(1, 10**6), 400))
    b.decoy("CDN image with content hash in path")
    return b.build()


def play_update(c: Context) -> Flow:
    b = FB(c, "android", "POST", "https://play-fe.googleapis.com/fdfe/apps/checkIapLimit")
    b.ok_json({"ok": True, "nonce": rid(c.rng)})
    return b.build()


BENIGN = [
    generate_204,
    time_sync,
    map_tile,
    map_tile,
    weather,
    sentry,
    flags,
    cdn_asset,
    play_update,
]
