"""Ordinary background traffic of the iPhone (decoys and plain negatives).

Sources: Apple captive portal check (`captive.apple.com/hotspot-detect.html`),
Open-Meteo forecast API (`/v1/forecast?latitude&longitude&hourly=`), Sentry
envelope endpoint (`/api/{project}/envelope/`, header line with event_id and
sent_at, item header, event with contexts.device model / os), ConfigCat
config JSON (`cdn-global.configcat.com/configuration-files/{key}/config_v6.json`),
Mapbox vector tiles, jsDelivr / Google Fonts CSS.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, iso, rf, rid


def captive(c: Context) -> Flow:
    b = FB(
        c, "apple", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1"
    )
    b.header("user-agent", "CaptiveNetworkSupport-481.0.1 wispr")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(43.65, -79.38), (45.5, -73.57)])
    b = FB(
        c,
        "open-meteo",
        "GET",
        "https://api.open-meteo.com/v1/forecast",
        [
            ("latitude", str(lat)),
            ("longitude", str(lon)),
            ("hourly", "temperature_2m,precipitation"),
        ],
    )
    b.decoy("weather forecast: coordinates and hourly numeric series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -12, 4, 1) for _ in range(24)]},
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o448120.ingest.us.sentry.io/api/5521347/envelope/")
    b.header(
        "x-sentry-auth",
        "Sentry sentry_version=7,sentry_client=sentry.cocoa/8.40.1,sentry_key=4f1a0c",
    )
    eid = rid(c.rng).replace("-", "")
    event = {
        "event_id": eid,
        "platform": "cocoa",
        "level": "error",
        "timestamp": iso(c),
        "contexts": {
            "device": {
                "model": "iPhone17,1",
                "family": "iOS",
                "arch": "arm64e",
                "memory_size": 8589934592,
                "simulator": False,
            },
            "os": {"name": "iOS", "version": "18.1"},
        },
        "exception": {"values": [{"type": "NSRangeException", "value": "index 12 beyond bounds"}]},
    }
    lines = [js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    b.set_body("\n".join(lines).encode(), "application/x-sentry-envelope")
    b.decoy("crash report: event_id, device model and OS, no device identifier")
    b.ok_json({"id": eid})
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(
        c,
        "configcat",
        "GET",
        "https://cdn-global.configcat.com/configuration-files/"
        "configcat-sdk-1/Xq2p8TkLzW0aBcDeFgHiJw/config_v6.json",
    )
    b.decoy("feature flags (remote config)")
    b.ok_json(
        {
            "f": {
                "faceFilterCloud": {"t": 0, "v": {"b": True}},
                "retentionChartV2": {"t": 0, "v": {"b": False}},
            }
        }
    )
    return b.build()


def tiles(c: Context) -> Flow:
    z, x, y = 12, c.rng.randint(1140, 1150), c.rng.randint(1480, 1490)
    b = FB(
        c,
        "mapbox",
        "GET",
        f"https://api.mapbox.com/v4/mapbox.mapbox-streets-v8/{z}/{x}/{y}.vector.pbf",
        [("access_token", "pk." + rid(c.rng).replace("-", ""))],
    )
    b.decoy("map tile fetch")
    b.respond(200, "application/x-protobuf", b"\x1a\x02\x08\x01")
    return b.build()


def fonts(c: Context) -> Flow:
    b = FB(c, "gfonts", "GET", "https://fonts.googleapis.com/css2?family=Inter:wght@400;700")
    b.respond(200, "text/css", b"@font-face{font-family:'Inter';}")
    return b.build()


BENIGN = [captive, weather, sentry, flags, tiles, fonts, weather, sentry]
