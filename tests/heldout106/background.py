"""Ordinary traffic between the apps: DMI weather, map tiles, Rejseplanen trips,
chat with colleagues, crash envelopes, connectivity checks, fonts and time.
None of it carries biometric data, viewing history or a device identifier."""

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


def dmi_weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, 55.6, 55.75, 3), rf(c.rng, 12.45, 12.65, 3)
    b = _b(
        c, "dmi", "GET", f"https://www.dmi.dk/NinJo2DmiDk/ninjo2dmidk?cmd=llj&lat={lat}&lon={lon}"
    )
    b.decoy("coordinates and a temperature series (weather)")
    b.ok_json(
        {
            "timeserie": [
                {"time": iso(c), "temp": rf(c.rng, 2, 12, 1), "precip": rf(c.rng, 0, 2, 1)}
                for _ in range(24)
            ]
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def trip(c: Context) -> Flow:
    b = _b(
        c,
        "rejseplanen",
        "GET",
        "https://www.rejseplanen.dk/api/trip?originCoordLat=55.6867&originCoordLong=12.5700"
        "&destCoordLat=55.6794&destCoordLong=12.5915&format=json",
    )
    b.decoy("trip coordinates and departure times")
    b.ok_json(
        {
            "Trip": [
                {
                    "dep": f"{c.rng.randint(7, 18)}:{c.rng.randint(10, 59)}",
                    "line": c.rng.choice(["M3", "5C", "2A"]),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.havnemuseet.example/v1/messages")
    b.json(
        {
            "kanal": c.rng.choice(["udstilling", "konservering", "frokost"]),
            "tekst": c.rng.choice(
                ["Lydguide 14 er i stykker igen", "Møde kl 14?", "Tak!", "Skærm 3 er sort"]
            ),
            "klientId": rid(c.rng),
            "sendt": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o88231.ingest.sentry.io/api/4504411/envelope/")
    b.decoy("crash envelope: event, trace and span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/sourcesans3/v15/nwpBtKy2OAdR1K-IwhWudF-R.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def mail_sync(c: Context) -> Flow:
    b = _b(
        c, "mail", "GET", f"https://mail.havnemuseet.example/api/v1/inbox?since={ms(c) - 600000}"
    )
    b.ok_json(
        {
            "beskeder": [
                {"fra": "registrator@havnemuseet.example", "emne": e, "id": rid(c.rng)}
                for e in ("Udlån til SMK", "Klimadata uge 45", "Ny scanning klar")
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    dmi_weather,
    map_tile,
    trip,
    chat,
    sentry_crash,
    fonts,
    mail_sync,
    chat,
    map_tile,
]
