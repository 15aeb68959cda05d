"""Ordinary traffic between the apps: Dublin weather, bus times, the team's Slack,
crash reports with trace ids, fonts, connectivity checks, the station's traffic
report with coordinates. None of it carries a category's data or a device id."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
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
    lat, lon = 53.35, -6.26
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=precipitation",
    )
    b.decoy("coordinates of Dublin and an hourly rain series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"precipitation": [rf(c.rng, 0, 3, 1) for _ in range(24)]},
        }
    )
    return b.build()


def bus_times(c: Context) -> Flow:
    stop = c.rng.choice([334, 1358, 7581, 2189])
    b = _b(c, "transport", "GET", f"https://rtpi.dublinbus-example.ie/stops/{stop}/departures")
    b.ok_json(
        {
            "stop": stop,
            "departures": [
                {"route": r, "dueMins": c.rng.randint(1, 30)} for r in ("39A", "46A", "C1")
            ],
        }
    )
    return b.build()


def slack_post(c: Context) -> Flow:
    b = _b(c, "slack", "POST", "https://slack.com/api/chat.postMessage")
    b.header("authorization", "Bearer xoxp-" + new_hex(c.rng, 24))
    b.json(
        {
            "channel": "C04PRODUCTION",
            "text": c.rng.choice(["guest in reception", "codec back up", "VT ready for 5pm"]),
        }
    )
    b.ok_json({"ok": True, "ts": f"{int(c.now)}.{c.rng.randint(100000, 999999)}"})
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o450213.ingest.sentry.io/api/5893120/envelope/")
    b.decoy("sentry event / trace ids")
    eid = new_hex(c.rng, 32)
    event = {
        "event_id": eid,
        "platform": "java",
        "level": "error",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "MediaCodec.CodecException", "value": "Error 0xe"}]},
    }
    env = "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
    b.set_body(env.encode() + b"\n", "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/inter/v13/UcCO3FwrK3iLTeHuS_fvQtMwCp50KnMw2boKoduKmMEVuLyfAZ9hjp-Ek-_EeA.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def traffic_report(c: Context) -> Flow:
    b = _b(
        c,
        "liffey.traffic",
        "GET",
        "https://traffic.liffeysound.example/v1/incidents?bbox=-6.45,53.22,-6.05,53.45",
    )
    b.decoy("road incidents with coordinates for the traffic bulletin")
    b.ok_json(
        {
            "incidents": [
                {
                    "id": rid(c.rng),
                    "lat": rf(c.rng, 53.25, 53.42, 5),
                    "lon": rf(c.rng, -6.4, -6.1, 5),
                    "road": c.rng.choice(["M50", "N11", "Quays"]),
                    "reportedAt": iso(c),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def ad_sales(c: Context) -> Flow:
    b = _b(
        c,
        "liffey.sales",
        "GET",
        f"https://sales.liffeysound.example/api/spots?week={c.rng.randint(40, 52)}",
    )
    b.decoy("ad spot schedule: booked airtimes and proof-of-play (the station's output)")
    b.ok_json(
        {
            "spots": [
                {
                    "client": "Dublin Bikes",
                    "aired": iso(c),
                    "lenSec": 30,
                    "orderNo": f"SO-{c.rng.randint(1000, 9999)}",
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def calendar(c: Context) -> Flow:
    b = _b(c, "calendar", "GET", "https://calendar.liffeysound.example/api/events?from=today")
    b.ok_json(
        {
            "events": [{"title": "Prod meeting", "start": iso(c), "room": "Studio B"}],
            "generated": ms(c),
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    bus_times,
    slack_post,
    sentry_crash,
    fonts,
    traffic_report,
    ad_sales,
    calendar,
    slack_post,
]
