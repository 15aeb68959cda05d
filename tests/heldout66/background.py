"""Ordinary background traffic of an iPhone in Singapore: Apple's captive-portal
check, weather (OneMap-style coordinates), map tiles, crash reports with trace
ids, feature flags, CDN images. None of it is sensitive; several carry
look-alikes (trace ids, hashes, coordinate lists, numeric series).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, cfn, floats, iso, rf, rid


def captive(c: Context) -> Flow:
    b = FB(
        c, "apple", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1"
    )
    b.header("user-agent", "CaptiveNetworkSupport-481.100.2 wispr")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, 1.27, 1.42), rf(c.rng, 103.7, 103.95)
    b = FB(
        c,
        "weather",
        "GET",
        "https://api.cuaca-example.sg/v2/forecast",
        [("lat", str(lat)), ("lon", str(lon))],
    )
    b.header("user-agent", cfn("Cuaca", "412"))
    b.ok_json(
        {
            "hourly": [
                {"t": i, "temp_c": rf(c.rng, 25, 33, 1), "psi": c.rng.randint(20, 60)}
                for i in range(8)
            ],
            "grid": [[rf(c.rng, 1.2, 1.5), rf(c.rng, 103.6, 104.0)] for _ in range(6)],
        }
    )
    b.decoy("coordinate grid and temperature series")
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 16, c.rng.randint(51700, 51800), c.rng.randint(32500, 32560)
    b = FB(c, "maps", "GET", f"https://tiles.peta-example.com/{z}/{x}/{y}@2x.png")
    b.header("user-agent", cfn("Maps", "2026"))
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + fake_jpeg(x, 300))
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o4505.ingest.sentry.io/api/45077/envelope/")
    b.header(
        "x-sentry-auth",
        "Sentry sentry_version=7, sentry_client=sentry.cocoa/8.36.0, sentry_key="
        + rid(c.rng).replace("-", ""),
    )
    ev = {
        "event_id": rid(c.rng).replace("-", ""),
        "timestamp": iso(c),
        "platform": "cocoa",
        "level": "error",
        "contexts": {
            "trace": {"trace_id": rid(c.rng).replace("-", ""), "span_id": rid(c.rng)[:16]},
            "os": {"name": "iOS", "version": "17.5.1"},
        },
        "exception": {
            "values": [{"type": "NSRangeException", "value": "index 7 beyond bounds [0 .. 6]"}]
        },
    }
    b.set_body(
        b'{"event_id":"' + ev["event_id"].encode() + b'"}\n{"type":"event"}\n' + str(ev).encode(),
        "application/x-sentry-envelope",
    )
    b.ok_json({"id": ev["event_id"]})
    b.decoy("crash report: event / trace / span ids")
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(c, "flags", "POST", "https://flags.kopi-example.sg/api/v1/evaluate")
    b.json(
        {
            "context": {"kind": "user", "key": rid(c.rng), "locale": "en-SG"},
            "flags": ["face_filter_v2", "watch_history_tab", "new_idv"],
        }
    )
    b.ok_json(
        {
            "face_filter_v2": False,
            "watch_history_tab": True,
            "new_idv": "control",
            "sampling": floats(c.rng, 4),
        }
    )
    b.decoy("feature flags named after faces / watch history; context key is a random uuid")
    return b.build()


def cdn_image(c: Context) -> Flow:
    n = c.rng.randint(1, 10**6)
    b = FB(
        c, "cdn", "GET", f"https://img.kopi-example-cdn.net/promo/{n:07d}_face-mask-sale_750x.jpg"
    )
    b.respond(200, "image/jpeg", fake_jpeg(n, 400))
    b.decoy("promo banner image whose file name mentions a face")
    return b.build()


BENIGN = [captive, weather, map_tile, sentry, flags, cdn_image, weather, map_tile]
