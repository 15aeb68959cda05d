"""Ordinary background traffic of the iPhone: captive-portal check, weather,
map tiles, crash reports (Sentry envelope), feature flags, app-version lookup.

Every one carries look-alikes: event / trace ids, hashes, coordinates,
numeric series, device MODEL names; none is sensitive. Sentry's envelope
format (header line, item header, item) follows the Sentry developer docs.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import CITIES, FB, iso, ms, rf, rid, series

SAFARI = "CaptiveNetworkSupport-481.100.1 wispr"


def captive(c: Context) -> Flow:
    b = FB(c, "ios", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1")
    b.header("user-agent", SAFARI)
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    b.decoy("captive portal check")
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon, tz = c.rng.choice(CITIES)
    b = FB(c, "weather", "GET", "https://api.tenki-now.example/v1/forecast")
    b.param("lat", str(round(lat, 3)))
    b.param("lon", str(round(lon, 3)))
    b.param("tz", tz)
    b.ok_json(
        {
            "hourly": {
                "temp": series(c.rng, 24, 24, 0.6),
                "rain_mm": series(c.rng, 24, 0.5, 0.2),
                "uv": series(c.rng, 24, 4, 0.5),
            },
            "generated": iso(c),
        }
    )
    b.decoy("weather forecast: coordinates and numeric series")
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    b = FB(
        c,
        "maps",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.header("user-agent", "NoruNavi/5120 CFNetwork/1494.0.7 Darwin/23.4.0")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + hashlib.sha256(str(z).encode()).digest() * 20
    )
    b.decoy("map tile")
    return b.build()


def sentry(c: Context) -> Flow:
    eid = rid(c.rng).replace("-", "")
    b = FB(
        c,
        "sentry",
        "POST",
        f"https://o{c.rng.randint(10**5, 10**6)}.ingest.sentry.io"
        f"/api/{c.rng.randint(10**6, 10**7)}/envelope/",
    )
    b.header(
        "x-sentry-auth",
        "Sentry sentry_version=7, sentry_client=sentry.cocoa/8.21.0, "
        f"sentry_key={rid(c.rng).replace('-', '')}",
    )
    head = js(
        {"event_id": eid, "sent_at": iso(c), "sdk": {"name": "sentry.cocoa", "version": "8.21.0"}}
    )
    item = js(
        {
            "event_id": eid,
            "level": "error",
            "platform": "cocoa",
            "timestamp": c.now,
            "contexts": {
                "device": {"model": "iPhone15,4", "family": "iOS", "memory_size": 6.0e9},
                "os": {"name": "iOS", "version": "17.4.1"},
                "trace": {"trace_id": rid(c.rng).replace("-", ""), "span_id": rid(c.rng)[:16]},
            },
            "exception": {
                "values": [{"type": "NSRangeException", "value": "index 7 beyond bounds [0 .. 6]"}]
            },
        }
    )
    body = f"{head}\n{js({'type': 'event', 'length': len(item.encode())})}\n{item}\n"
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    b.decoy("crash report: event / trace / span ids and device MODEL, no device identifier")
    return b.build()


def flags(c: Context) -> Flow:
    app = c.rng.choice(["norunavi", "konbimart", "hanashi", "mangayomu", "tsubame"])
    b = FB(c, "config", "GET", f"https://config.{app}.example/v1/flags")
    b.param("build", str(c.rng.randint(100, 9999)))
    b.ok_json(
        {
            "flags": {
                "new_home": bool(c.rng.getrandbits(1)),
                "face_id_login": True,
                "video_autoplay": False,
                "rollout_bucket": c.rng.randint(0, 99),
            },
            "etag": hashlib.sha1(rid(c.rng).encode()).hexdigest(),
        }
    )
    b.decoy("feature flags (named face_id_login / video_autoplay) with an etag hash")
    return b.build()


def app_lookup(c: Context) -> Flow:
    b = FB(c, "appstore", "GET", "https://itunes.apple.com/lookup")
    b.param("bundleId", c.rng.choice(["jp.norunavi.app", "jp.kenshi.arena", "vn.konbimart"]))
    b.param("country", c.rng.choice(["jp", "kr", "vn"]))
    b.ok_json(
        {
            "resultCount": 1,
            "results": [
                {
                    "version": f"{c.rng.randint(1, 9)}.{c.rng.randint(0, 20)}.0",
                    "averageUserRating": rf(c.rng, 3.5, 4.9, 2),
                }
            ],
        }
    )
    b.decoy("App Store version lookup")
    return b.build()


def cdn_asset(c: Context) -> Flow:
    b = FB(
        c,
        "cdn",
        "GET",
        f"https://static.nyusu-hub.example/assets/{hashlib.md5(str(ms(c)).encode()).hexdigest()[:12]}.js",
    )
    b.respond(
        200,
        "application/javascript",
        b"(()=>{window.__v=" + str(c.rng.randint(1, 999)).encode() + b"})();",
    )
    b.decoy("static asset with a content hash in its name")
    return b.build()


BENIGN = [captive, weather, map_tile, sentry, flags, app_lookup, cdn_asset, weather, map_tile]
