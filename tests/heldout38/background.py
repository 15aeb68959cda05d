"""Ordinary traffic between the apps: connectivity checks, weather for Chennai
and Dhaka, map tiles, crash reports with trace ids, remote config, cricket
scores, a news article about face recognition at airports (DigiYatra), gold
prices, a bus route polyline, app-store update checks with commit hashes. None
of it carries biometric data, viewing history or a device identifier; several
flows carry look-alikes (trace ids, hashes, coordinate lists, number series)."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from . import bg_decoys
from .phone import FB, dalvik, iso, rf

CITIES = [
    ("Chennai", 13.08, 80.27),
    ("Hyderabad", 17.38, 78.48),
    ("Pune", 18.52, 73.85),
    ("Dhaka", 23.81, 90.41),
]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", dalvik())
    return b


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    _name, lat, lon = c.rng.choice(CITIES)
    b = _b(c, "weather", "GET", "https://api.open-meteo.com/v1/forecast")
    b.params += [
        ("latitude", str(lat)),
        ("longitude", str(lon)),
        ("hourly", "temperature_2m,precipitation"),
        ("timezone", "Asia/Kolkata"),
    ]
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 24, 36, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 9, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
    x, y = c.rng.randint(0, 2**z), c.rng.randint(0, 2**z)
    b = _b(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def crash_report(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o450112.ingest.sentry.io/api/5501234/envelope/")
    trace = new_hex(c.rng, 32)
    head = {"event_id": new_hex(c.rng, 32), "sent_at": iso(c), "trace": {"trace_id": trace}}
    ev = {
        "level": "error",
        "platform": "java",
        "timestamp": c.now,
        "exception": {
            "values": [
                {
                    "type": "java.net.SocketTimeoutException",
                    "value": "timeout",
                    "stacktrace": {
                        "frames": [{"function": "read", "module": "okio.Okio", "lineno": 112}]
                    },
                }
            ]
        },
        "contexts": {
            "trace": {"trace_id": trace, "span_id": new_hex(c.rng, 16)},
            "os": {"name": "Android", "version": "14"},
        },
    }
    body = "\n".join(js(x) for x in (head, {"type": "event"}, ev))
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.decoy("trace ids and event ids")
    b.ok_json({"id": head["event_id"]})
    return b.build()


def remote_config(c: Context) -> Flow:
    b = _b(
        c,
        "firebase-rc",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/558812/namespaces/firebase:fetch",
    )
    b.json(
        {
            "appId": "1:558812:android:9a1b2c3d",
            "appVersion": "5.2.1",
            "countryCode": "IN",
            "languageCode": "ta-IN",
            "platformVersion": "34",
            "timeZone": "Asia/Kolkata",
            "sdkVersion": "22.0.0",
            "packageName": "com.example.launcher",
        }
    )
    b.ok_json(
        {
            "entries": {
                "home_rail_order": "trending,new,regional",
                "ipl_banner": "true",
                "min_supported_build": "5120",
            },
            "state": "UPDATE",
        }
    )
    return b.build()


def app_update(c: Context) -> Flow:
    b = _b(c, "appstore", "POST", "https://appstore.example-market.in/api/v2/updates/check")
    b.json(
        {
            "packages": [
                {"pkg": p, "vc": c.rng.randint(100, 9000)}
                for p in ("com.example.thirai", "com.example.sur", "in.example.paisasetu")
            ]
        }
    )
    b.ok_json(
        {
            "updates": [
                {
                    "pkg": "com.example.sur",
                    "sha256": new_hex(c.rng, 64),
                    "commit": new_hex(c.rng, 40),
                }
            ]
        }
    )
    b.decoy("commit hashes and sha256")
    return b.build()


def cdn_banner(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://cdn.example-static.in/banners/{new_hex(c.rng, 16)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 500))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    crash_report,
    remote_config,
    bg_decoys.cricket,
    bg_decoys.news_article,
    bg_decoys.gold_prices,
    bg_decoys.bus_route,
    app_update,
    cdn_banner,
    weather,
    map_tile,
]
