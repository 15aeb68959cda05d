"""Ordinary iPadOS background traffic: nothing here is sensitive, much of it looks it.

Sources: Apple captive portal probe `captive.apple.com/hotspot-detect.html`;
Sentry envelopes (develop.sentry.dev/sdk/envelopes: header line with event_id,
sent_at, trace{trace_id}, then item header + event JSON); LaunchDarkly mobile
flag evaluation (`clientsdk.launchdarkly.com/msdk/evalx/contexts/<base64>`);
Mapbox vector tiles (`/v4/mapbox.mapbox-streets-v8/{z}/{x}/{y}.vector.pbf`);
Open-Meteo forecast API (`hourly=temperature_2m,uv_index`, parallel arrays).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64url, fake_jpeg, js

from .phone import iso, new, rf, rid, series, ua


def captive(c: Context) -> Flow:
    b = new(
        c,
        "apple-captive",
        "GET",
        "http://captive.apple.com/hotspot-detect.html",
        "CaptiveNetworkSupport-481.80.1 wispr",
    )
    b.http_version = "HTTP/1.1"
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    b.decoy("OS connectivity probe")
    return b.build()


def sentry(c: Context) -> Flow:
    app = c.rng.choice(["Kainga", "ParkMate", "Swellnet"])
    b = new(
        c,
        "sentry",
        "POST",
        f"https://o{c.rng.randint(100000, 999999)}.ingest.sentry.io"
        f"/api/{c.rng.randint(4000000, 4999999)}/envelope/",
        ua(app, "5.2"),
    )
    event_id, trace = rid(c.rng).replace("-", ""), rid(c.rng).replace("-", "")
    head = {
        "event_id": event_id,
        "sent_at": iso(c),
        "sdk": {"name": "sentry.cocoa", "version": "8.21.0"},
        "trace": {"trace_id": trace, "public_key": rid(c.rng)[:32].replace("-", "")},
    }
    event = {
        "event_id": event_id,
        "timestamp": c.now,
        "platform": "cocoa",
        "level": "error",
        "release": f"nz.co.{app.lower()}@5.2.{c.rng.randint(0, 9)}",
        "contexts": {
            "os": {"name": "iPadOS", "version": "17.4.1"},
            "device": {
                "family": "iOS",
                "model": "iPad13,18",
                "arch": "arm64e",
                "memory_size": 4020273152,
            },
            "trace": {"trace_id": trace, "span_id": rid(c.rng)[:16].replace("-", "")},
        },
        "exception": {
            "values": [
                {
                    "type": "NSURLErrorDomain",
                    "value": "Code=-1001 The request timed out.",
                    "stacktrace": {
                        "frames": [
                            {
                                "function": "-[URLSession dataTask]",
                                "instruction_addr": hex(c.rng.getrandbits(36)),
                            }
                        ]
                    },
                }
            ]
        },
    }
    body = (
        js(head) + "\n" + js({"type": "event", "length": len(js(event))}) + "\n" + js(event) + "\n"
    )
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    b.decoy("crash report: event_id, trace_id, span_id, instruction addresses (hex look-alikes)")
    return b.build()


def flags(c: Context) -> Flow:
    ctx = b64url(js({"kind": "user", "key": "anon-" + rid(c.rng)[:8], "anonymous": True}))
    b = new(
        c,
        "launchdarkly",
        "GET",
        f"https://clientsdk.launchdarkly.com/msdk/evalx/contexts/{ctx}",
        "iOS/9.6.0",
    )
    b.header("authorization", "mob-" + rid(c.rng))
    b.ok_json(
        {
            "dark-mode-default": {"value": True, "version": 41, "flagVersion": 7},
            "new-checkout": {"value": False, "version": 12},
            "face-paint-beta": {"value": False, "version": 3},
        }
    )
    b.decoy("feature flags incl. a flag named face-paint-beta (a boolean, no face data)")
    return b.build()


def tiles(c: Context) -> Flow:
    z, x, y = 15, c.rng.randint(30000, 30400), c.rng.randint(19600, 20000)
    b = new(
        c,
        "mapbox",
        "GET",
        f"https://api.mapbox.com/v4/mapbox.mapbox-streets-v8/{z}/{x}/{y}.vector.pbf",
        "MapboxMaps/10.16.4 iOS/17.4",
        [("access_token", "pk.eyJ1Ijoia2FpbmdhIiwiYSI6I" + rid(c.rng)[:20])],
    )
    b.respond(200, "application/x-protobuf", fake_jpeg(c.rng.randint(0, 10**6), 400))
    b.decoy("map tile fetch (tile coordinates)")
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(
        [(-36.85, 174.76), (-33.87, 151.21), (-41.29, 174.78), (-27.47, 153.03)]
    )
    b = new(
        c,
        "open-meteo",
        "GET",
        "https://api.open-meteo.com/v1/forecast",
        ua("Weather", "2.0"),
        [
            ("latitude", str(lat)),
            ("longitude", str(lon)),
            ("hourly", "temperature_2m,uv_index,precipitation_probability"),
            ("timezone", "auto"),
        ],
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "time": [f"2025-03-08T{h:02d}:00" for h in range(24)],
                "temperature_2m": series(c.rng, 24, 14, 27, 1),
                "uv_index": series(c.rng, 24, 0, 11, 1),
                "precipitation_probability": [c.rng.randint(0, 60) for _ in range(24)],
            },
        }
    )
    b.decoy("weather numeric series")
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = new(
        c,
        "cdn",
        "GET",
        f"https://images.kainga-cdn.example/w_{c.rng.choice([320, 640, 1080])}/{rid(c.rng)}.jpg",
        ua("Kainga", "5.2"),
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6)))
    b.decoy("image download (not a face-API upload)")
    return b.build()


def time_sync(c: Context) -> Flow:
    b = new(c, "apple-time", "GET", "https://time.apple.com/", "timed/1.0")
    b.respond(200, "text/plain", f"{c.now:.3f}".encode())
    b.decoy("time check")
    return b.build()


def rum(c: Context) -> Flow:
    b = new(c, "rum", "POST", "https://rum.kainga-cdn.example/v1/vitals", ua("Kainga", "5.2"))
    b.json(
        {
            "trace_id": rid(c.rng),
            "span": rid(c.rng)[:16],
            "ttfb_ms": series(c.rng, 12, 40, 900, 0),
            "fps": series(c.rng, 30, 50, 60, 1),
            "scroll_offsets": series(c.rng, 20, 0, 4000, 0),
            "cold_start": rf(c.rng, 0.4, 2.5),
        }
    )
    b.no_content()
    b.decoy("performance series: frame rates, scroll offsets, trace ids")
    return b.build()


BENIGN = [captive, sentry, flags, tiles, weather, cdn_image, time_sync, rum, weather, cdn_image]
