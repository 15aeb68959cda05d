"""Ordinary iOS background traffic: captive-portal probe, asset catalogue, weather,
map tiles, crash reports, feature flags and a CDN. None of it is sensitive; it
carries look-alikes (trace ids, build hashes, coordinate lists, numeric series).

Sources: Apple's captive probe (captive.apple.com/hotspot-detect.html); Sentry
envelope format (develop.sentry.dev/sdk/envelopes: header line, item header, item).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, iso, rf, rid

CF = "CFNetwork/1496.0.7 Darwin/23.5.0"


def _b(c: Context, method: str, url: str, sdk: str = "ios") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", CF)
    return b


def captive(c: Context) -> Flow:
    b = _b(c, "GET", "http://captive.apple.com/hotspot-detect.html")
    b.http_version = "HTTP/1.1"
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def assets(c: Context) -> Flow:
    b = _b(
        c,
        "POST",
        "https://mesu.apple.com/assets/com_apple_MobileAsset_Font7/com_apple_MobileAsset_Font7.xml",
    )
    b.decoy("asset catalogue with build hashes")
    b.respond(
        200,
        "application/xml",
        f"<plist><dict><key>_Measurement</key><data>{hashlib.sha1(str(c.rng.random()).encode()).hexdigest()}</data></dict></plist>".encode(),
    )
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, 59.2, 59.4, 3), rf(c.rng, 17.9, 18.2, 3)
    b = _b(c, "GET", f"https://weatherkit.apple.com/api/v2/weather/en-GB/{lat}/{lon}", "weather")
    b.param("dataSets", "currentWeather,forecastHourly")
    b.decoy("hourly temperature series")
    b.ok_json(
        {
            "forecastHourly": {
                "hours": [
                    {"temperature": rf(c.rng, -5, 10, 1), "forecastStart": iso(c)}
                    for _ in range(12)
                ]
            }
        }
    )
    return b.build()


def tiles(c: Context) -> Flow:
    x, y = c.rng.randint(18000, 18100), c.rng.randint(9400, 9500)
    b = _b(c, "GET", f"https://tile.openstreetmap.org/15/{x}/{y}.png", "osm")
    b.decoy("map tile")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.randrange(256) for _ in range(200))
    )
    return b.build()


def sentry(c: Context) -> Flow:
    org, project = c.rng.randint(10**5, 10**6), c.rng.randint(10**6, 10**7)
    b = _b(c, "POST", f"https://o{org}.ingest.sentry.io/api/{project}/envelope/", "sentry")
    eid = rid(c.rng).replace("-", "")
    head = js(
        {"event_id": eid, "sent_at": iso(c), "sdk": {"name": "sentry.cocoa", "version": "8.29.0"}}
    )
    item = js(
        {
            "event_id": eid,
            "level": "error",
            "platform": "cocoa",
            "exception": {
                "values": [{"type": "NSRangeException", "value": "index 4 beyond bounds"}]
            },
            "contexts": {
                "os": {"name": "iOS", "version": "17.5.1"},
                "device": {"family": "iOS", "model": "iPhone15,2", "arch": "arm64e"},
            },
            "breadcrumbs": [
                {"category": "ui.lifecycle", "message": "viewDidAppear", "timestamp": c.now}
            ],
        }
    )
    body = f"{head}\n{js({'type': 'event', 'length': len(item.encode())})}\n{item}\n".encode()
    b.set_body(body, "application/x-sentry-envelope")
    b.decoy("crash report with event/trace ids")
    b.ok_json({"id": eid})
    return b.build()


def flags(c: Context) -> Flow:
    b = _b(c, "POST", "https://featuregates.org/v1/initialize", "statsig")
    b.json(
        {
            "user": {"userID": "", "custom": {"appVersion": "5.2.0"}},
            "statsigMetadata": {"sdkType": "ios-client", "sessionID": rid(c.rng)},
            "hash": "djb2",
        }
    )
    b.decoy("feature-flag fetch with session id")
    b.ok_json(
        {
            "feature_gates": {
                str(c.rng.randint(10**8, 10**9)): {"value": True, "rule_id": "default"}
            },
            "time": int(c.now * 1000),
        }
    )
    return b.build()


def cdn_font(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"https://fonts.gstatic.com/s/inter/v13/{hashlib.md5(str(c.rng.random()).encode()).hexdigest()[:20]}.woff2",
        "cdn",
    )
    b.respond(200, "font/woff2", bytes(c.rng.randrange(256) for _ in range(200)))
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "GET", "https://time.apple.com/health")
    b.respond(200, "text/plain", b"OK")
    return b.build()


BENIGN = [captive, assets, weather, tiles, sentry, flags, cdn_font, time_sync, weather, sentry]
