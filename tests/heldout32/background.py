"""Ordinary background traffic of the iPhone: captive-portal probe, software
update catalogue, map tiles, weather, Sentry crash envelopes, feature flags,
currency rates, fonts. Nothing sensitive, plenty of look-alikes (trace ids,
event ids, coordinates, numeric series, hashes).

Sentry envelope: POST /api/{project}/envelope/ with an x-sentry-auth header and
newline-separated JSON items (Sentry developer docs, "Envelopes").
Open-Meteo: /v1/forecast?latitude=&longitude=&hourly=temperature_2m (open-meteo docs).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import jsb

from .phone import FB, iso, ms, rf, rid

CITIES = [(32.08, 34.78), (37.98, 23.73), (50.08, 14.43), (40.64, 22.94), (32.79, 34.99)]


def captive(c: Context) -> Flow:
    b = FB(c, "ios", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1")
    b.header("user-agent", "CaptiveNetworkSupport-491.80.2 wispr")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    b.decoy("captive portal probe")
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    params = [
        ("latitude", str(lat)),
        ("longitude", str(lon)),
        ("hourly", "temperature_2m"),
        ("timezone", "auto"),
    ]
    b = FB(c, "weather", "GET", "https://api.open-meteo.com/v1/forecast", params)
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 8, 31, 1) for _ in range(24)]},
        }
    )
    b.decoy("weather with coordinates and a numeric series")
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 15, c.rng.randint(17000, 19000), c.rng.randint(10000, 13000)
    b = FB(c, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", "Kolot/710 CFNetwork/1494.0.7 Darwin/23.4.0")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(400))
    b.decoy("map tile")
    return b.build()


def route(c: Context) -> Flow:
    b = FB(c, "maps", "POST", "https://routing.maps-example.net/v1/route")
    pts = [[rf(c.rng, 32.0, 32.2, 5), rf(c.rng, 34.7, 34.9, 5)] for _ in range(8)]
    b.json({"points": pts, "profile": "foot", "requestId": rid(c.rng)})
    b.ok_json({"distance": c.rng.randint(300, 9000), "polyline": "o}fsEkqrqE" + rid(c.rng)[:10]})
    b.decoy("route coordinate list")
    return b.build()


def sentry(c: Context) -> Flow:
    host = "https://o450112.ingest.sentry.io/api/5512233/envelope/"
    b = FB(c, "sentry", "POST", host)
    b.header(
        "x-sentry-auth",
        "Sentry sentry_version=7,sentry_client=sentry.cocoa/8.24.0,sentry_key=" + rid(c.rng)[:32],
    )
    eid = rid(c.rng).replace("-", "")
    head = jsb({"event_id": eid, "sent_at": iso(c)})
    event = jsb(
        {
            "event_id": eid,
            "level": "error",
            "platform": "cocoa",
            "release": "kolot@7.1.0+710",
            "exception": {
                "values": [{"type": "NSRangeException", "value": "index 4 beyond bounds"}]
            },
            "contexts": {
                "os": {"name": "iOS", "version": "17.4.1"},
                "device": {"model": "iPhone15,4"},
                "trace": {"trace_id": rid(c.rng).replace("-", ""), "span_id": rid(c.rng)[:16]},
            },
        }
    )
    item = jsb({"type": "event", "length": len(event)})
    b.set_body(head + b"\n" + item + b"\n" + event + b"\n", "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    b.decoy("crash report with event and trace ids")
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(c, "flags", "GET", "https://config.bubblezoo.games/v2/flags", [("v", "1.4.0")])
    b.ok_json(
        {
            "flags": {"newShop": True, "adFrequency": 3},
            "etag": hashlib.sha1(rid(c.rng).encode()).hexdigest(),
        }
    )
    b.decoy("feature flags with an etag hash")
    return b.build()


def rates(c: Context) -> Flow:
    b = FB(
        c, "fx", "GET", "https://api.frankfurter.app/latest", [("from", "EUR"), ("to", "ILS,CZK")]
    )
    b.ok_json({"base": "EUR", "rates": {"ILS": rf(c.rng, 3.9, 4.1), "CZK": rf(c.rng, 24, 26)}})
    b.decoy("exchange rates")
    return b.build()


def font(c: Context) -> Flow:
    b = FB(
        c,
        "cdn",
        "GET",
        "https://fonts.gstatic.com/s/heebo/v26/NGSpv5_NC0k9P_v6ZUCbLRAHxK1EiSysdUmj.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + c.rng.randbytes(300))
    b.decoy("web font")
    return b.build()


def swupdate(c: Context) -> Flow:
    b = FB(c, "ios", "POST", "https://gdmf.apple.com/v2/assets")
    b.json(
        {
            "ClientVersion": 2,
            "AssetType": "com.apple.MobileAsset.SoftwareUpdate",
            "ProductVersion": "17.4.1",
            "BuildVersion": "21E236",
            "HWModelStr": "D37AP",
            "Nonce": rid(c.rng).upper(),
            "ts": ms(c),
        }
    )
    b.ok_json({"Assets": []})
    b.decoy("software update check with a nonce")
    return b.build()


BENIGN = [captive, weather, map_tile, route, sentry, flags, rates, font, swupdate]
