"""Ordinary background traffic of an iPhone in Australia / New Zealand.

None of it is sensitive; much of it carries look-alikes (Sentry event and trace
ids, ConfigCat hashes, coordinate lists, numeric forecast series).
Sources: Apple captive-portal probe (captive.apple.com/hotspot-detect.html);
Bureau of Meteorology public API (api.weather.bom.gov.au/v1/locations/{geohash}/
forecasts/daily); OpenStreetMap tile usage policy (tile.openstreetmap.org/z/x/y.png);
Sentry envelope protocol (develop.sentry.dev/sdk/envelopes: header line with
event_id and sent_at, item header, event JSON with contexts.device / contexts.os);
ConfigCat SDK config fetch (cdn-global.configcat.com/configuration-files/{key}/config_v6.json).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, rf, rid, ua


def captive(c: Context) -> Flow:
    b = FB(
        c, "ios-captive", "GET", "http://captive.apple.com/hotspot-detect.html", None, "HTTP/1.1"
    )
    b.header("user-agent", "CaptiveNetworkSupport-491.0.1 wispr")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def bom_forecast(c: Context) -> Flow:
    geo = c.rng.choice(["r1r0fs", "r3gx2f", "r7hgdp", "r659dr"])
    b = FB(
        c,
        "bom-weather",
        "GET",
        f"https://api.weather.bom.gov.au/v1/locations/{geo}/forecasts/daily",
    )
    b.header("user-agent", ua("BOMWeather", "6.3"))
    days = [
        {
            "date": f"2026-11-{30 + i if i < 1 else i:02d}T13:00:00Z",
            "temp_max": c.rng.randint(19, 33),
            "temp_min": c.rng.randint(9, 18),
            "rain": {"chance": c.rng.randint(0, 80)},
            "uv": {"max_index": c.rng.randint(5, 13)},
        }
        for i in range(7)
    ]
    b.ok_json({"data": days, "metadata": {"issue_time": iso(c), "response_timestamp": iso(c)}})
    b.decoy("weather forecast: numeric series per day")
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.choice([14, 15, 16])
    x, y = c.rng.randint(60000, 60400), c.rng.randint(39300, 39500)
    b = FB(c, "osm-tiles", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", ua("GymFinder", "2.1"))
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + fake_jpeg(c.rng.randint(1, 9999), 300)[20:])
    return b.build()


def sentry_envelope(c: Context) -> Flow:
    eid = rid(c.rng).replace("-", "")
    key = "a3f" + "".join(c.rng.choice("0123456789abcdef") for _ in range(29))
    org, project = c.rng.randint(1000, 9999), c.rng.randint(10**6, 10**7)
    b = FB(c, "sentry", "POST", f"https://o44{org}.ingest.sentry.io/api/{project}/envelope/")
    b.header(
        "x-sentry-auth",
        f"Sentry sentry_version=7,sentry_client=sentry.cocoa/8.36.0,sentry_key={key}",
    )
    head = {
        "event_id": eid,
        "sent_at": iso(c),
        "trace": {"trace_id": rid(c.rng).replace("-", ""), "sample_rate": "0.2"},
    }
    event = {
        "event_id": eid,
        "timestamp": c.now,
        "platform": "cocoa",
        "level": "error",
        "exception": {"values": [{"type": "NSURLErrorDomain", "value": "Code=-1001 timed out"}]},
        "contexts": {
            "device": {
                "family": "iOS",
                "model": "iPhone15,4",
                "arch": "arm64e",
                "memory_size": 6001475584,
                "screen_width_pixels": 1179,
            },
            "os": {"name": "iOS", "version": "17.5.1", "build": "21F90"},
            "trace": {"trace_id": rid(c.rng).replace("-", ""), "span_id": rid(c.rng)[:16]},
        },
    }
    body = (
        js(head)
        + "\n"
        + js({"type": "event", "content_type": "application/json"})
        + "\n"
        + js(event)
    )
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    b.decoy("crash report: event_id / trace_id / span_id are request ids, device model only")
    return b.build()


def configcat(c: Context) -> Flow:
    key = "".join(c.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij0123456789") for _ in range(22))
    url = (
        f"https://cdn-global.configcat.com/configuration-files/configcat-sdk-1/{key}/config_v6.json"
    )
    b = FB(c, "configcat", "GET", url, [("sdk", "ConfigCat-Swift/auto-11.3.0")])
    b.ok_json(
        {
            "p": {"u": "https://cdn-global.configcat.com", "r": 0, "s": rid(c.rng)},
            "f": {
                "newBookingFlow": {"t": 0, "v": {"b": c.rng.random() < 0.5}, "i": rid(c.rng)[:8]},
                "hrZoneScreenV2": {"t": 0, "v": {"b": True}, "i": rid(c.rng)[:8]},
            },
        }
    )
    b.decoy("feature flags: variation ids and salt hashes")
    return b.build()


def cdn_image(c: Context) -> Flow:
    h = "".join(c.rng.choice("0123456789abcdef") for _ in range(40))
    b = FB(
        c, "cdn", "GET", f"https://d1x{c.rng.randint(10, 99)}kq.cloudfront.net/img/{h}/w_640.jpg"
    )
    b.header("user-agent", ua("PulseCollective", "5.8"))
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(1, 10**6), 600))
    b.decoy("CDN image under a content hash")
    return b.build()


def transit_route(c: Context) -> Flow:
    b = FB(c, "in-house-transit", "POST", "https://api.transitfinder.example.nz/v2/plan")
    pts = [[rf(c.rng, -36.92, -36.84, 5), rf(c.rng, 174.70, 174.80, 5)] for _ in range(12)]
    b.json({"from": pts[0], "to": pts[-1], "mode": ["BUS", "FERRY"], "waypoints": pts[1:-1]})
    b.ok_json(
        {
            "itineraries": [
                {"duration": c.rng.randint(900, 3600), "legs": len(pts) - 1, "geometry": pts}
            ]
        }
    )
    b.decoy("journey planner: coordinate list")
    return b.build()


BENIGN = [captive, bom_forecast, map_tile, sentry_envelope, configcat, cdn_image, transit_route]
