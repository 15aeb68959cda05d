"""Ordinary background traffic of the S23: connectivity checks, time, weather,
map tiles, crash reports, feature flags, CDN images. None of it is sensitive;
most of it carries look-alikes (trace ids, build hashes, coordinate lists,
numeric series) that a careless rule would flag.

Sources: Android captive-portal check (connectivitycheck.gstatic.com/generate_204,
AOSP NetworkMonitor); Sentry envelope format (develop.sentry.dev/sdk/envelopes/);
OpenStreetMap tile URLs (wiki.openstreetmap.org/wiki/Tile_servers); Open-Meteo
forecast API (open-meteo.com/en/docs).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid, ua


def generate_204(c: Context) -> Flow:
    b = FB(
        c, "android", "GET", "http://connectivitycheck.gstatic.com/generate_204", None, "HTTP/1.1"
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, 24.9, 25.3), rf(c.rng, 55.0, 55.4)
    b = FB(
        c,
        "weather",
        "GET",
        "https://api.open-meteo.com/v1/forecast",
        [
            ("latitude", str(lat)),
            ("longitude", str(lon)),
            ("hourly", "temperature_2m,humidity"),
            ("timezone", "Asia/Dubai"),
        ],
    )
    temps = [round(28 + c.rng.gauss(0, 3), 1) for _ in range(24)]
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": temps,
                "humidity": [c.rng.randint(30, 80) for _ in range(24)],
            },
        }
    )
    b.decoy("weather forecast: numeric series and coordinates")
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 15, c.rng.randint(21400, 21480), c.rng.randint(14000, 14090)
    b = FB(c, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", ua("AgentPro", "5.4.2"))
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(64))
    )
    return b.build()


def route(c: Context) -> Flow:
    pts = [
        [rf(c.rng, 55.1, 55.3, 5), rf(c.rng, 25.0, 25.2, 5)] for _ in range(c.rng.randint(8, 20))
    ]
    b = FB(c, "maps", "POST", "https://routing.agentpro-example.ae/v1/route")
    b.json({"coordinates": pts[:2], "profile": "driving-car", "traceId": rid(c.rng)})
    b.ok_json(
        {
            "geometry": {"type": "LineString", "coordinates": pts},
            "durationSec": c.rng.randint(300, 2400),
        }
    )
    b.decoy("driving route: coordinate list and a trace id")
    return b.build()


def sentry(c: Context) -> Flow:
    eid = new_hex(c.rng, 32)
    b = FB(c, "sentry", "POST", "https://o450123.ingest.sentry.io/api/5512345/envelope/")
    head = {
        "event_id": eid,
        "sent_at": iso(c),
        "sdk": {"name": "sentry.java.android", "version": "7.3.0"},
    }
    event = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "release": "com.agentpro@5.4.2+542",
        "contexts": {
            "os": {"name": "Android", "version": "14"},
            "device": {"model": "SM-S911B", "family": "Galaxy", "memory_size": 7724003328},
        },
        "exception": {
            "values": [
                {
                    "type": "IllegalStateException",
                    "value": "Fragment ListingStatsFragment not attached",
                }
            ]
        },
    }
    lines = [js(head), js({"type": "event"}), js(event)]
    b.set_body("\n".join(lines).encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    b.decoy("crash report: event id (32 hex) and device model, no identifier")
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(
        c,
        "flags",
        "GET",
        "https://config.agentpro-example.ae/v3/flags",
        [("platform", "android"), ("build", "542"), ("etag", new_hex(c.rng, 40))],
    )
    b.ok_json(
        {
            "flags": {
                "tour_heatmap": True,
                "new_lead_inbox": c.rng.random() < 0.5,
                "face_blur_on_upload": True,
                "video_autoplay": False,
            },
            "rev": new_hex(c.rng, 12),
        }
    )
    b.decoy("feature flags incl. 'face_blur_on_upload' and a commit-like revision")
    return b.build()


def cdn_image(c: Context) -> Flow:
    path = f"{new_hex(c.rng, 2)}/{new_hex(c.rng, 32)}"
    b = FB(c, "cdn", "GET", f"https://images.agentpro-example.ae/thumbnails/{path}-800x600.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://time.android.com/", None, "HTTP/1.1")
    b.respond(200, "text/plain", str(ms(c)).encode())
    return b.build()


BENIGN = [generate_204, weather, map_tile, route, sentry, flags, cdn_image, time_sync]
