"""Ordinary background traffic of the tablet: nothing sensitive, many look-alikes.

Sources: Android's captive-portal check (connectivitycheck.gstatic.com
/generate_204, AOSP NetworkMonitor); Open-Meteo's forecast API
(open-meteo.com/en/docs: latitude, longitude, hourly=temperature_2m...); Sentry's
envelope endpoint (develop.sentry.dev/sdk/envelopes: /api/<project>/envelope/,
header line with event_id and sent_at, then item header and payload); OSM raster
tiles (tile.openstreetmap.org/{z}/{x}/{y}.png, usage policy asks for a UA).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, dalvik, hexs, iso, rf, rid, ua

PLACES = [(41.9028, 12.4964), (37.9838, 23.7275), (38.7223, -9.1393), (40.6401, 22.9444)]


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android-os",
        "GET",
        "http://connectivitycheck.gstatic.com/generate_204",
        None,
        "HTTP/1.1",
    )
    b.header("user-agent", dalvik())
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    """Hourly temperature / UV series: numeric series and coordinates, not a person."""
    lat, lon = c.rng.choice(PLACES)
    b = FB(
        c,
        "meteo",
        "GET",
        "https://api.open-meteo.com/v1/forecast",
        [
            ("latitude", f"{lat:.4f}"),
            ("longitude", f"{lon:.4f}"),
            ("hourly", "temperature_2m,uv_index,precipitation_probability"),
            ("timezone", "auto"),
        ],
    )
    b.header("user-agent", ua("MeteoNonni", "3.4.1"))
    n = 24
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "time": [f"2025-11-30T{h:02d}:00" for h in range(n)],
                "temperature_2m": [rf(c.rng, 6, 19, 1) for _ in range(n)],
                "uv_index": [rf(c.rng, 0, 3, 2) for _ in range(n)],
                "precipitation_probability": [c.rng.randint(0, 90) for _ in range(n)],
            },
        }
    )
    b.decoy("weather hourly series: temperatures, UV index, rain probability by hour")
    return b.build()


def sentry(c: Context) -> Flow:
    """A crash report envelope: event/trace ids, breadcrumbs, no device id."""
    eid = hexs(c.rng, 32)
    b = FB(c, "sentry", "POST", "https://o4504.ingest.sentry.io/api/4504881/envelope/")
    b.header(
        "x-sentry-auth",
        "Sentry sentry_version=7,sentry_client=sentry.java.android/7.3.0,"
        "sentry_key=" + hexs(c.rng, 32),
    )
    head = js({"event_id": eid, "sent_at": iso(c)})
    item = js(
        {
            "event_id": eid,
            "level": "error",
            "platform": "java",
            "exception": {
                "values": [
                    {
                        "type": "IllegalStateException",
                        "value": "Fragment not attached to a context.",
                    }
                ]
            },
            "contexts": {
                "trace": {"trace_id": hexs(c.rng, 32), "span_id": hexs(c.rng, 16)},
                "os": {"name": "Android", "version": "14"},
                "device": {"family": "SM-X710", "orientation": "landscape"},
            },
            "breadcrumbs": [{"category": "ui.click", "message": "btn_avanti"}],
        }
    )
    data = "\n".join([head, js({"type": "event", "length": len(item)}), item]).encode()
    b.set_body(data, "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    b.decoy("crash report: event_id / trace_id / span_id are random hex, not device ids")
    return b.build()


def map_tile(c: Context) -> Flow:
    z = 15
    x, y = c.rng.randint(17300, 17500), c.rng.randint(12100, 12300)
    b = FB(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", ua("BusFacile", "5.2.0"))
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(60))
    )
    b.decoy("map tile fetch: tile coordinates in the path")
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "android-os", "GET", "https://time.android.com/")
    b.header("user-agent", dalvik())
    b.respond(200, "text/html", b"", headers=[("date", "Sun, 30 Nov 2025 09:00:00 GMT")])
    return b.build()


def font_cdn(c: Context) -> Flow:
    fam = c.rng.choice(["Noto Sans", "Roboto", "Noto Serif Display"])
    b = FB(
        c,
        "fonts",
        "GET",
        "https://fonts.googleapis.com/css2",
        [("family", f"{fam}:wght@400;700"), ("subset", "greek,latin-ext")],
    )
    b.respond(200, "text/css", b"@font-face{font-family:'X';src:url(x.woff2)}")
    return b.build()


def feature_flags(c: Context) -> Flow:
    """An in-house flag fetch with a request id and an A/B bucket hash."""
    b = FB(
        c,
        "flags",
        "GET",
        "https://cfg.nonniapps.eu/v2/flags",
        [
            ("app", c.rng.choice(["farmacia", "tombola", "ricette", "parrocchia"])),
            ("locale", c.rng.choice(["it_IT", "el_GR", "pt_PT"])),
        ],
    )
    b.header("x-request-id", rid(c.rng))
    b.ok_json(
        {
            "flags": {"dark_mode": False, "font_scale_big": True, "new_checkout": True},
            "bucket": hexs(c.rng, 12),
            "ttl": 3600,
        }
    )
    b.decoy("feature flags: request id header and A/B bucket hash")
    return b.build()


BENIGN = [generate_204, weather, weather, sentry, map_tile, time_sync, font_cdn, feature_flags]
