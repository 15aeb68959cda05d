"""Ordinary background traffic of the Galaxy A35: connectivity checks, Samsung
and Google services, map tiles, weather, crash reports, feature flags. Nothing
here is sensitive; much of it carries look-alikes (trace ids, hashes,
coordinate lists, numeric series).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rf, rid


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", dalvik())
    b.respond(204, None)
    return b.build()


def osm_tile(c: Context) -> Flow:
    z, x, y = 15, c.rng.randint(18000, 18300), c.rng.randint(11700, 11900)
    b = FB(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", "Vozi/11.2.0 osmdroid")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(64))
    )
    b.decoy("map tile")
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(44.79, 20.45), (45.81, 15.98), (42.70, 23.32), (46.05, 14.51)])
    b = FB(c, "weather", "GET", "https://api.open-meteo.com/v1/forecast")
    for k, v in (("latitude", lat), ("longitude", lon), ("hourly", "temperature_2m")):
        b.param(k, str(v))
    b.ok_json({"hourly": {"temperature_2m": [rf(c.rng, -3, 28, 1) for _ in range(48)]}})
    b.decoy("weather forecast series for a city")
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o448811.ingest.sentry.io/api/5521093/envelope/")
    b.header("user-agent", "sentry.java.android/7.3.0")
    ev = {"event_id": new_hex(c.rng, 32), "timestamp": iso(c), "level": "error",
          "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
          "exception": {"values": [{"type": "java.net.SocketTimeoutException"}]}}  # fmt: skip
    env = js({"event_id": ev["event_id"]}) + "\n" + js({"type": "event"}) + "\n" + js(ev)
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": ev["event_id"]})
    b.decoy("crash report with event / trace ids")
    return b.build()


def remote_config(c: Context) -> Flow:
    b = FB(c, "flags", "GET", "https://flags.kulagames.rs/v2/flags")
    b.header("x-request-id", rid(c.rng))
    b.ok_json(
        {
            "flags": {"new_shop": c.rng.random() < 0.5, "ab_bucket": c.rng.randint(0, 99)},
            "etag": new_hex(c.rng, 40),
        }
    )
    b.decoy("feature flags with etag hash")
    return b.build()


def galaxy_store(c: Context) -> Flow:
    b = FB(c, "samsung", "GET", "https://vas.samsungapps.com/stub/stubUpdateCheck.as")
    b.header("user-agent", dalvik())
    b.param("appId", "com.sec.android.app.samsungapps")
    b.param("versionCode", "692104010")
    b.param("deviceId", "SM-A356B")
    b.param("mcc", "220")
    b.respond(200, "text/xml", b"<result><resultCode>0</resultCode></result>")
    b.decoy("store update check: deviceId is the model name")
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = FB(c, "cdn", "GET", f"https://static.b92.net/img/{new_hex(c.rng, 32)}.webp")
    b.respond(200, "image/webp", b"RIFF\x00\x00\x00\x00WEBP")
    b.decoy("news image by content hash")
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = FB(c, "fx", "GET", "https://api.frankfurter.app/latest")
    b.param("from", "EUR")
    b.ok_json(
        {"rates": {"RSD": rf(c.rng, 116, 118, 3), "BGN": 1.9558, "HUF": rf(c.rng, 380, 410, 2)}}
    )
    b.decoy("exchange rates")
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "samsung", "GET", "https://time.samsungcloud.com/v1/time")
    b.ok_json({"now": ms(c)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, osm_tile, weather, sentry, remote_config, galaxy_store, cdn_image, fx_rates,
    time_sync,
]  # fmt: skip
