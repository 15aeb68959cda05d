"""Ordinary background traffic of the iPhone: Apple's captive-portal check,
weather (Open-Meteo `GET /v1/forecast?latitude&longitude&hourly=`, open-meteo
.com/en/docs), map tiles (OpenStreetMap `/{z}/{x}/{y}.png`), a Sentry crash
envelope (`POST /api/{project}/envelope/`, event_id and trace ids, develop.
sentry.dev/sdk/envelopes), feature flags and a prayer-times feed. All decoys:
request and trace ids, coordinate lists, numeric series, hashes.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, rf, rid, ua


def captive(c: Context) -> Flow:
    b = FB(c, "ios", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1")
    b.header("user-agent", "CaptiveNetworkSupport-481.80.2 wispr")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    b.decoy("captive portal check")
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(25.2854, 51.531), (1.3521, 103.8198), (51.47, -0.4543)])
    b = FB(c, "weather", "GET", "https://api.open-meteo.com/v1/forecast")
    for k, v in (("latitude", str(lat)), ("longitude", str(lon)), ("hourly", "temperature_2m")):
        b.param(k, v)
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 24, 41, 1) for _ in range(24)]},
        }
    )
    b.decoy("weather forecast: coordinates and a temperature series")
    return b.build()


def tile(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
    url = (
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png"
    )
    b = FB(c, "maps", "GET", url)
    b.header("user-agent", ua("SafwaCrew", "4.12", "7"))
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes.fromhex(new_hex(c.rng, 200)))
    b.decoy("map tile")
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o44120.ingest.sentry.io/api/5511/envelope/")
    eid = new_hex(c.rng, 32)
    head = {
        "event_id": eid,
        "sent_at": iso(c),
        "trace": {"trace_id": new_hex(c.rng, 32), "public_key": new_hex(c.rng, 32)},
    }
    event = {
        "event_id": eid,
        "level": "error",
        "platform": "cocoa",
        "contexts": {"device": {"model": "iPhone15,4", "family": "iOS", "memory_size": 6000000000}},
        "exception": {"values": [{"type": "NSRangeException", "value": "index 7 beyond bounds"}]},
    }
    body = "\n".join([js(head), js({"type": "event"}), js(event)])
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    b.decoy("crash envelope: event and trace ids, device model only")
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(c, "flags", "GET", "https://config.safwacrew.example/flags/v1")
    b.param("app", c.rng.choice(["crew", "cabin"]))
    b.param("build", "4120")
    b.ok_json(
        {
            "flags": {"faceBoardingBanner": True, "voiceNotes": False, "watchList": True},
            "etag": new_hex(c.rng, 16),
        }
    )
    b.decoy("feature flags named face/voice/watch")
    return b.build()


def prayer_times(c: Context) -> Flow:
    b = FB(c, "prayer", "GET", "https://api.aladhan.com/v1/timings")
    b.param("latitude", "25.2854")
    b.param("longitude", "51.531")
    b.param("method", "10")
    b.ok_json(
        {
            "data": {
                "timings": {
                    "Fajr": "04:38",
                    "Dhuhr": "11:22",
                    "Asr": "14:25",
                    "Maghrib": "16:47",
                    "Isha": "18:17",
                }
            }
        }
    )
    b.decoy("prayer times for coordinates")
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = FB(c, "cdn", "GET", f"https://cdn.safwacrew.example/img/{new_hex(c.rng, 40)}.jpg")
    b.header("x-amz-cf-id", rid(c.rng))
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 500))
    b.decoy("CDN image by content hash")
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    captive,
    weather,
    tile,
    sentry,
    flags,
    prayer_times,
    cdn_image,
]
