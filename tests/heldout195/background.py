"""Ordinary traffic between the apps: connectivity checks, Toronto weather,
crash envelopes with trace ids, fonts, the staff chat, the city's waste
calendar. None of it carries biometric data, viewing history or a device id."""

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
    lat, lon = rf(c.rng, 43.63, 43.70, 3), rf(c.rng, -79.45, -79.35, 3)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=precipitation",
    )
    b.decoy("coordinates and a precipitation series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"precipitation": [rf(c.rng, 0, 4, 1) for _ in range(24)]},
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o91822.ingest.sentry.io/api/6613390/envelope/")
    b.decoy("crash envelope with event / trace ids")
    eid = new_hex(c.rng, 32)
    event = {
        "event_id": eid,
        "platform": "java",
        "level": "error",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = (
        "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosansgurmukhi/v26/w8g9H3EvQP81sInb43inmyN9zZ7hb7ATbSWo.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def staff_chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.harbourline-staff.example/v1/messages")
    b.json(
        {
            "channel": "superintendents",
            "clientMsgId": rid(c.rng),
            "text": c.rng.choice(
                ["P2 gate stuck again", "Elevator 2 back in service", "ਪਾਣੀ ਬੰਦ 2 ਵਜੇ ਤੱਕ"]
            ),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def waste_calendar(c: Context) -> Flow:
    b = _b(
        c,
        "city",
        "GET",
        "https://secure.toronto-open.example/api/solidwaste/calendar?zone=ThursdayNight",
    )
    b.ok_json({"next": {"garbage": "2026-12-03", "recycling": "2026-12-03", "yardWaste": None}})
    return b.build()


def maps_geocode(c: Context) -> Flow:
    b = _b(
        c,
        "gmaps",
        "GET",
        "https://maps.googleapis.com/maps/api/geocode/json?address=88+Harbour+St+Toronto",
    )
    b.decoy("coordinates of the building")
    b.ok_json(
        {"results": [{"geometry": {"location": {"lat": 43.6412, "lng": -79.3776}}}], "status": "OK"}
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, weather, sentry, fonts, staff_chat, waste_calendar, maps_geocode,
    staff_chat, weather,
]  # fmt: skip
