"""Ordinary background traffic of the phone: connectivity checks, weather,
map tiles, crash reports, feature flags, fonts, time. Nothing here is
sensitive; several carry look-alikes (trace and event ids, hashes, coordinate
lists, number series).

Open-Meteo forecast API (open-meteo.com/en/docs): /v1/forecast?latitude=
&longitude=&hourly=temperature_2m answers hourly arrays. Sentry envelopes
(develop.sentry.dev, "Envelopes"): newline-delimited JSON to
/api/{project}/envelope/. GrowthBook SDK: GET cdn.growthbook.io/api/features/{key}.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, rf, rid

CITIES = [(32.0853, 34.7818), (31.7683, 35.2137), (34.6786, 33.0413), (37.9838, 23.7275)]


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "http://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", dalvik())
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    params = [
        ("latitude", str(lat)),
        ("longitude", str(lon)),
        ("hourly", "temperature_2m,precipitation"),
        ("timezone", "auto"),
    ]
    b = FB(c, "weather", "GET", "https://api.open-meteo.com/v1/forecast", params)
    b.decoy("hourly temperature series and coordinates")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 14, 31, 1) for _ in range(24)]},
        }
    )
    return b.build()


def tile(c: Context) -> Flow:
    z, x, y = 15, c.rng.randint(19400, 19600), c.rng.randint(13200, 13400)
    b = FB(c, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", dalvik())
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(80))
    return b.build()


def sentry(c: Context) -> Flow:
    url = f"https://o{new_digits(c.rng, 6)}.ingest.sentry.io/api/{new_digits(c.rng, 7)}/envelope/"
    b = FB(c, "sentry", "POST", url)
    eid = new_hex(c.rng, 32)
    b.decoy("event_id and trace_id: per-crash / per-trace ids")
    head = {"event_id": eid, "sent_at": iso(c), "sdk": {"name": "sentry.java.android"}}
    event = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "exception": {"values": [{"type": "IllegalStateException", "value": "player released"}]},
        "contexts": {
            "device": {"model": "Pixel 8a", "family": "Pixel", "battery_level": 64},
            "os": {"name": "Android", "version": "14"},
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
        },
    }
    text = js(head) + "\n" + js({"type": "event"}) + "\n" + js(event) + "\n"
    b.set_body(text.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(
        c, "growthbook", "GET", f"https://cdn.growthbook.io/api/features/sdk-{new_hex(c.rng, 16)}"
    )
    b.decoy("feature flags with hashed experiment keys")
    b.ok_json(
        {
            "features": {
                "new_player_ui": {"defaultValue": c.rng.random() < 0.5},
                "hb_interval": {"defaultValue": 30},
            },
            "dateUpdated": iso(c),
            "hash": new_hex(c.rng, 40),
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = FB(
        c,
        "fonts",
        "GET",
        "https://fonts.gstatic.com/s/heebo/v26/NGSpv5_NC0k9P_v6ZUCbLRAHxK1E.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(60))
    return b.build()


def time_api(c: Context) -> Flow:
    tz = c.rng.choice(["Asia/Jerusalem", "Asia/Nicosia", "Europe/Athens"])
    b = FB(c, "time", "GET", f"https://worldtimeapi.org/api/timezone/{tz}")
    b.ok_json({"timezone": tz, "datetime": iso(c), "request_id": rid(c.rng)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    tile,
    sentry,
    flags,
    fonts,
    time_api,
    tile,
    generate_204,
]
