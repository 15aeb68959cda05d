"""Ordinary background traffic on the family tablet: none of it is sensitive.

Sources: Android's captive-portal probe (connectivitycheck.gstatic.com/generate_204,
AOSP NetworkMonitor), Open-Meteo's forecast API (open-meteo.com/en/docs: latitude,
longitude, hourly=...), OpenStreetMap tiles (tile.openstreetmap.org/{z}/{x}/{y}.png),
Google's NTP-over-HTTPS time hint, and in-house feature flags / crash reports whose
request ids, trace ids, build hashes and numeric series look like identifiers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rf, rid, ua


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android-os",
        "GET",
        "http://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-X710 Build/UP1A.231005.007)")
    b.no_content()
    return b.build()


def forecast(c: Context) -> Flow:
    lat, lon = rf(c.rng, 43.60, 45.55, 2), rf(c.rng, -79.5, -73.5, 2)
    b = FB(
        c,
        "open-meteo",
        "GET",
        "https://api.open-meteo.com/v1/forecast",
        [
            ("latitude", str(lat)),
            ("longitude", str(lon)),
            ("hourly", "temperature_2m,precipitation_probability,uv_index"),
            ("timezone", "America/Toronto"),
            ("forecast_days", "3"),
        ],
    )
    b.decoy("hourly numeric series (temperatures, UV index): not a viewing or biometric series")
    hours = [iso(c)[:13] + ":00" for _ in range(6)]
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "time": hours,
                "temperature_2m": [rf(c.rng, -12, 4, 1) for _ in hours],
                "uv_index": [rf(c.rng, 0, 3, 2) for _ in hours],
            },
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = 15
    x, y = c.rng.randint(9150, 9720), c.rng.randint(11700, 11990)
    b = FB(c, "osm-tiles", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", ua("FamilyHub", "5.12.0"))
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + fake_jpeg(x, 300)[4:])
    return b.build()


def feature_flags(c: Context) -> Flow:
    b = FB(c, "flags", "POST", "https://flags.maisonfamille-example.ca/v2/evaluate")
    b.header("x-request-id", rid(c.rng))
    b.json(
        {
            "context": {
                "kind": "app",
                "key": "tablet-shared",
                "build": new_hex(c.rng, 40),
                "locale": c.rng.choice(["en_CA", "fr_CA"]),
                "osVersion": "14",
            },
            "flags": ["kids_mode_v2", "photo_frame_shuffle", "karaoke_duets"],
        }
    )
    b.decoy("build hash and request id: look like identifiers, identify nothing")
    b.ok_json(
        {
            "kids_mode_v2": True,
            "photo_frame_shuffle": c.rng.random() < 0.5,
            "evaluatedAt": ms(c),
            "etag": new_hex(c.rng, 32),
        }
    )
    return b.build()


def crash_report(c: Context) -> Flow:
    b = FB(
        c,
        "crash",
        "POST",
        "https://crash.maisonfamille-example.ca/api/v1/reports",
        http_version="HTTP/1.1",
    )
    frames = [
        {"fn": f"com.famille.{m}", "line": c.rng.randint(10, 900)}
        for m in ("ui.PageTurner.onFling", "net.Retry.run", "media.ClipPlayer.seek")
    ]
    b.json(
        {
            "report_id": rid(c.rng),
            "trace_id": new_hex(c.rng, 32),
            "span_id": new_hex(c.rng, 16),
            "app": c.rng.choice(["reading", "recipes", "league", "library"]),
            "device": {
                "model": "SM-X710",
                "manufacturer": "samsung",
                "os": "14",
                "ram_mb": 8192,
                "orientation": "landscape",
            },
            "exception": {"type": "IllegalStateException", "frames": frames},
            "breadcrumbs": [{"t": ms(c) - i * 800, "msg": "tap"} for i in range(3)],
        },
        encoding="gzip",
    )
    b.decoy("crash report: report/trace/span ids and model name only, no device identifier")
    b.ok_json({"accepted": True})
    return b.build()


def time_hint(c: Context) -> Flow:
    """NetworkMonitor's HTTPS probe; its Date header also hints the time."""
    b = FB(c, "android-os", "GET", "https://www.google.com/generate_204", http_version="HTTP/1.1")
    b.respond(204, None, headers=[("date", iso(c))])
    return b.build()


def cdn_font(c: Context) -> Flow:
    h = new_hex(c.rng, 20)
    b = FB(c, "cdn", "GET", f"https://fonts.gstatic.com/s/nunito/v26/{h}.woff2")
    b.respond(200, "font/woff2", fake_jpeg(len(h), 200))
    return b.build()


BENIGN = [generate_204, forecast, map_tile, feature_flags, crash_report, time_hint, cdn_font]
