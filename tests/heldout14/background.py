"""Ordinary background traffic of the Fire tablet, and Fire OS's own device calls.

Benign: Fire OS's captive-portal probe (spectrum.s3.amazonaws.com/kindle-wifi/
wifistub.html), Open-Meteo forecasts (`/v1/forecast?latitude=&longitude=&hourly=`),
OpenStreetMap tiles, Amazon's image CDN, a Sentry envelope (`/api/{project}/
envelope/`, header line then item header then event JSON), feature flags.
Fire OS device calls (made-up paths on Amazon's device-metrics, OTA and
device-event hosts) carry the tablet's DSN and Wi-Fi MAC.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, dalvik, iso, ms, rf, rid

DTYPE = "A2X5SBB0U8B3D1"
LAT, LNG = 41.88, -87.63


def wifistub(c: Context) -> Flow:
    url = "http://spectrum.s3.amazonaws.com/kindle-wifi/wifistub.html"
    b = FB(c, "fireos", "GET", url, http_version="HTTP/1.1")
    b.header("user-agent", dalvik())
    b.respond(
        200, "text/html", b"<html><head><title>Kindle Reachability Probe Page</title></head></html>"
    )
    return b.build()


def weather(c: Context) -> Flow:
    b = FB(
        c,
        "weather",
        "GET",
        "https://api.open-meteo.com/v1/forecast",
        [
            ("latitude", str(LAT)),
            ("longitude", str(LNG)),
            ("hourly", "temperature_2m,precipitation"),
            ("forecast_days", "1"),
        ],
    )
    b.header("user-agent", dalvik())
    b.decoy("coordinates and hourly numeric series")
    b.ok_json(
        {
            "latitude": LAT,
            "longitude": LNG,
            "hourly": {
                "temperature_2m": [rf(c.rng, 2, 12, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 1, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 13, 2100 + c.rng.randint(0, 6), 3044 + c.rng.randint(0, 6)
    b = FB(c, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", "Tilawa/6.3.2 osmdroid")
    b.decoy("map tile")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(400))
    return b.build()


def media_image(c: Context) -> Flow:
    b = FB(c, "cdn", "GET", f"https://m.media-amazon.com/images/I/{rid(c.rng)[:11]}._SX300_.jpg")
    b.header("user-agent", dalvik())
    b.decoy("catalogue image")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def sentry(c: Context) -> Flow:
    url = "https://o4504812.ingest.sentry.io/api/4504812345/envelope/"
    b = FB(c, "sentry", "POST", url)
    b.header("user-agent", "sentry.java.android/7.14.0")
    b.header(
        "x-sentry-auth",
        "Sentry sentry_version=7,sentry_client=sentry.java.android/7.14.0,"
        "sentry_key=3f2a9c1b7e6d4a5f8b0c1d2e3f4a5b6c",
    )
    eid = rid(c.rng).replace("-", "")
    event = {
        "event_id": eid,
        "timestamp": iso(c),
        "platform": "java",
        "level": "error",
        "exception": {"values": [{"type": "IllegalStateException", "value": "Surface released"}]},
        "contexts": {
            "device": {"manufacturer": "Amazon", "model": "KFTRWI", "battery_level": 64.0},
            "trace": {"trace_id": rid(c.rng).replace("-", ""), "span_id": eid[:16]},
        },
    }
    lines = [js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    b.decoy("crash report with event, trace and span ids")
    b.set_body("\n".join(lines).encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(c, "flags", "GET", "https://flags.towertumble.games/v1/flags", [("platform", "fireos")])
    b.header("user-agent", dalvik())
    b.decoy("feature flags with hashes and rollout buckets")
    b.ok_json(
        {
            "flags": {
                "new_shop": {
                    "on": True,
                    "bucket": c.rng.randint(0, 99),
                    "hash": rid(c.rng).replace("-", ""),
                }
            },
            "etag": rid(c.rng),
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [wifistub, weather, map_tile, media_image, sentry, flags]


def device_metrics(c: Context) -> Flow:
    b = FB(c, "fireos", "POST", "https://device-metrics-us.amazon.com/metricsBatch")
    b.header("user-agent", dalvik())
    b.header("x-amzn-devicetype", DTYPE)
    metrics = [
        {"program": p, "source": "system", "count": c.rng.randint(1, 9), "ts": ms(c)}
        for p in ("Launcher", "PowerManager", "WifiService")
    ]
    b.json(
        {
            "deviceType": DTYPE,
            "dsn": b.id("fire_dsn", where="body.dsn"),
            "softwareVersion": "0037843527812",
            "metrics": metrics,
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def ota_check(c: Context) -> Flow:
    b = FB(
        c, "fireos", "GET", "https://softwareupdates.amazon.com/updates", http_version="HTTP/1.1"
    )
    b.header("user-agent", dalvik())
    b.param("deviceType", DTYPE)
    b.param("serialNumber", b.id("fire_dsn", where="query.serialNumber"))
    b.param("version", "0037843527812")
    b.ok_json({"update": False})
    return b.build()


def det_log(c: Context) -> Flow:
    url = "https://det-ta-g7g.amazon.com/DeviceEventProxy/DETLogServlet"
    b = FB(c, "fireos", "POST", url, [("key", "WifiDiag"), ("deviceType", DTYPE)], "HTTP/1.1")
    b.header("user-agent", dalvik())
    mac = b.id("fire_mac", "upper", where="body.wifiMacAddress")
    b.form(
        [
            ("wifiMacAddress", mac),
            ("rssi", str(c.rng.randint(-80, -40))),
            ("bssidCount", str(c.rng.randint(1, 12))),
            ("uptime", str(c.rng.randint(10**4, 10**6))),
        ]
    )
    b.no_content()
    return b.build()
