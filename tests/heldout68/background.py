"""Ordinary background traffic of an Android 15 phone: not sensitive, full of look-alikes.

Android's captive-portal check (connectivitycheck.gstatic.com/generate_204),
Open-Meteo forecasts (api.open-meteo.com/v1/forecast: latitude, longitude,
hourly=temperature_2m,...; hourly arrays in the answer), Frankfurter exchange
rates, a Sentry envelope (ingest.sentry.io/api/<project>/envelope/: a header
line, an item header, the event JSON; device context with model only), an
in-house feature-flag fetch and web fonts.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import CITIES, FB, iso, rf, rid, ua


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 15; Pixel 9 Build/AP4A.250105.002)")
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    city = c.rng.choice(CITIES)
    b = FB(c, "open-meteo", "GET", "https://api.open-meteo.com/v1/forecast")
    for k, v in [
        ("latitude", str(city[1])),
        ("longitude", str(city[2])),
        ("hourly", "temperature_2m,precipitation_probability"),
        ("timezone", "auto"),
    ]:
        b.param(k, v)
    b.header("user-agent", ua("MeteoViaje", "1.5.0"))
    b.decoy("hourly forecast series")
    b.ok_json(
        {
            "latitude": city[1],
            "longitude": city[2],
            "hourly": {
                "temperature_2m": [rf(c.rng, 8, 24, 1) for _ in range(24)],
                "precipitation_probability": [c.rng.randint(0, 80) for _ in range(24)],
            },
        }
    )
    return b.build()


def rates(c: Context) -> Flow:
    b = FB(c, "frankfurter", "GET", "https://api.frankfurter.app/latest")
    b.param("from", "EUR")
    b.param("to", "USD,GBP")
    b.decoy("currency rates")
    b.ok_json(
        {"base": "EUR", "rates": {"USD": rf(c.rng, 1.05, 1.12), "GBP": rf(c.rng, 0.83, 0.87)}}
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o4505218.ingest.sentry.io/api/4505218702/envelope/")
    b.header("user-agent", "sentry.java.android/7.14.0")
    b.header(
        "x-sentry-auth",
        "Sentry sentry_version=7,sentry_client=sentry.java.android/7.14.0,"
        f"sentry_key={new_hex(c.rng, 32)}",
    )
    eid = new_hex(c.rng, 32)
    event = {
        "event_id": eid,
        "timestamp": iso(c),
        "platform": "java",
        "level": "error",
        "exception": {
            "values": [
                {
                    "type": "IllegalStateException",
                    "value": "Fragment not attached",
                    "stacktrace": {
                        "frames": [
                            {
                                "function": "onResume",
                                "module": "app.ui.MapFragment",
                                "lineno": c.rng.randint(10, 400),
                            }
                        ]
                    },
                }
            ]
        },
        "contexts": {
            "device": {
                "model": "Pixel 9",
                "family": "Pixel",
                "arch": "arm64-v8a",
                "battery_level": c.rng.randint(5, 100),
            },
            "os": {"name": "Android", "version": "15"},
        },
        "tags": {"trace_id": new_hex(c.rng, 32)},
    }
    lines = [js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    b.set_body("\n".join(lines).encode(), "application/x-sentry-envelope")
    b.decoy("crash report: event / trace ids (hex), device model, battery level; no device id")
    b.ok_json({"id": eid})
    return b.build()


def flags(c: Context) -> Flow:
    app = c.rng.choice(["solariair.com", "cinemare.tv", "zipp-mobility.com", "mesalista.com"])
    b = FB(c, "flags", "GET", f"https://config.{app}/v1/flags")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("if-none-match", '"' + new_hex(c.rng, 16) + '"')
    b.decoy("feature flags with experiment bucket hashes")
    b.ok_json(
        {
            "flags": {"newCheckout": c.rng.random() < 0.5, "mapV2": True},
            "bucketHash": new_hex(c.rng, 40),
            "requestId": rid(c.rng),
        }
    )
    return b.build()


def font(c: Context) -> Flow:
    b = FB(
        c, "gstatic", "GET", f"https://fonts.gstatic.com/s/roboto/v32/{new_hex(c.rng, 12)}.woff2"
    )
    b.header("user-agent", "okhttp/4.12.0")
    b.decoy("web font")
    b.respond(200, "font/woff2", b"wOF2" + c.rng.randbytes(400))
    return b.build()


BENIGN = [generate_204, weather, rates, sentry, flags, font, weather, generate_204]
