"""Ordinary household traffic between the apps: weather.gov forecasts, iOS and
Android connectivity checks, Sentry crash envelopes with trace ids, a school's
Chromebook-style shared tablet check-in (the school's device, not the family's),
feature flags, CDN images. None of it carries a sensitive item of the household."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def captive_apple(c: Context) -> Flow:
    b = FB(c, "ios", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


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


def nws_forecast(c: Context) -> Flow:
    lat, lon = rf(c.rng, 39.8, 41.5, 4), -rf(c.rng, 81.5, 84.5, 4)
    b = _b(c, "weather", "GET", f"https://api.weather.gov/points/{lat},{lon}/forecast/hourly")
    b.decoy("coordinates and hourly temperature series")
    b.ok_json(
        {
            "properties": {
                "periods": [
                    {
                        "number": i,
                        "temperature": c.rng.randint(25, 70),
                        "windSpeed": f"{c.rng.randint(0, 20)} mph",
                    }
                    for i in range(1, 13)
                ]
            }
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o118822.ingest.us.sentry.io/api/4507011/envelope/")
    b.decoy("crash envelope with event, trace and span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "cocoa",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {
            "values": [{"type": "NSInvalidArgumentException", "value": "unrecognized selector"}]
        },
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def school_tablet(c: Context) -> Flow:
    b = _b(c, "mdm", "POST", "https://mdm.columbus-schools.example/api/checkin")
    b.decoy("school-owned loaner tablet's asset tag and serial (not the household's device)")
    b.json(
        {
            "assetTag": f"CCS-{c.rng.randint(10000, 99999)}",
            "serial": "DMPX" + new_hex(c.rng, 8).upper(),
            "enrolledBy": "district",
            "checkinAt": iso(c),
        }
    )
    b.ok_json({"policies": ["webfilter", "kiosk-testing"]})
    return b.build()


def feature_flags(c: Context) -> Flow:
    b = _b(c, "flags", "GET", "https://flags.example-config.com/sdk/latest-all")
    b.decoy("feature-flag variations with request ids")
    b.ok_json(
        {
            "flags": {"newPlayer": {"variation": 1, "version": c.rng.randint(10, 99)}},
            "requestId": rid(c.rng),
        }
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://images.example-cdn.net/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def time_api(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.org/now")
    b.ok_json({"epochMs": ms(c), "tz": "America/New_York"})
    return b.build()


def gift_registry(c: Context) -> Flow:
    b = _b(c, "registry", "GET", "https://api.example-registry.com/v1/lists/baby-shower")
    b.decoy("a friend's gift list with order ids")
    b.ok_json(
        {"items": [{"orderId": rid(c.rng), "name": "Car seat", "price": rf(c.rng, 80, 300, 2)}]}
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    captive_apple,
    generate_204,
    nws_forecast,
    sentry,
    school_tablet,
    feature_flags,
    cdn_image,
    time_api,
    gift_registry,
    nws_forecast,
    cdn_image,
]
