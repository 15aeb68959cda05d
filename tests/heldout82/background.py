"""Ordinary background traffic of an Android 14 phone in Manila / Pune: no category.

Connectivity checks, time, weather (coordinates, temperature series), map
tiles, a Sentry envelope with trace ids, feature flags, Play update checks,
images from CDNs, and a news article about voice-cloning scams.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid, series

Gen = Callable[[Context], Flow]


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "http://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(14.58, 121.06), (18.55, 73.94)])
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
            "hourly": {
                "temperature_2m": series(c.rng, 24, 29, 2, 1),
                "precipitation": series(c.rng, 24, 1, 1, 1),
            }
        }
    )
    b.decoy("weather: coordinates and temperature series")
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    b = FB(
        c,
        "maps",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(40))
    b.decoy("map tile")
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o4506.ingest.sentry.io/api/4506112/envelope/")
    head = {"event_id": new_hex(c.rng, 32), "sent_at": iso(c)}
    item = {"type": "event"}
    ev = {
        "level": "error",
        "exception": {
            "values": [{"type": "IllegalStateException", "value": "Fragment not attached"}]
        },
        "contexts": {
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
            "device": {"model": "SM-A546E", "battery_level": c.rng.randint(5, 100)},
        },
        "release": "ph.kalinga.desk@5.14.2",
    }
    b.set_body(
        (js(head) + "\n" + js(item) + "\n" + js(ev)).encode(), "application/x-sentry-envelope"
    )
    b.decoy("crash report with trace/span ids")
    b.ok_json({"id": head["event_id"]})
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(c, "flags", "POST", "https://flags.kalingacx.ph/sdk/evaluate")
    b.json(
        {
            "context": {"kind": "user", "key": "agent-" + new_hex(c.rng, 8), "site": "MNL"},
            "flags": ["new_wallboard", "kws_v3", "dark_mode"],
        }
    )
    b.ok_json({"new_wallboard": True, "kws_v3": c.rng.choice([True, False]), "dark_mode": False})
    b.decoy("feature flags")
    return b.build()


def play_update(c: Context) -> Flow:
    b = FB(c, "play", "POST", "https://play-fe.googleapis.com/fdfe/bulkDetails")
    b.header("x-dfe-request-params", "timeoutMs=4000")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(64)), "application/x-protobuf")
    b.respond(200, "application/x-protobuf", b"\x0a\x02ok")
    b.decoy("Play update check")
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = FB(
        c,
        "cdn",
        "GET",
        f"https://images.ctfassets.net/{new_hex(c.rng, 12)}/{new_hex(c.rng, 22)}/promo.webp?w=720",
    )
    b.respond(200, "image/webp", b"RIFF\x00\x00\x00\x00WEBPVP8 ")
    b.decoy("CDN image")
    return b.build()


def news(c: Context) -> Flow:
    b = FB(
        c, "news", "GET", "https://newsapi.inquirer-example.ph/v2/articles/voice-cloning-scams-bpo"
    )
    b.ok_json(
        {
            "title": "BPO workers warned of voice-cloning scams",
            "body": "Scammers clone a caller's voice from short clips; banks add voiceprint checks"
            " and face liveness...",
            "readMinutes": 4,
            "publishedAt": iso(c),
            "id": rid(c.rng),
        }
    )
    b.decoy("news article about voiceprints and face liveness: text, no data")
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://time.android.com/",
        [("t", str(ms(c))), ("lat", str(rf(c.rng, 14, 15)))],
    )
    b.no_content()
    return b.build()


BENIGN: list[Gen] = [
    generate_204,
    weather,
    map_tile,
    sentry,
    flags,
    play_update,
    cdn_image,
    news,
    time_sync,
    weather,
    cdn_image,
    sentry,
]
