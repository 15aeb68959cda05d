"""Ordinary traffic between the apps: connectivity, AEMET weather, map tiles between
the two practices, WhatsApp media, fonts, crash reports with trace ids, calendar
sync, time. None of it carries biometric data, viewing history or a device id."""

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


def aemet(c: Context) -> Flow:
    muni = c.rng.choice(["28079", "46250"])
    b = _b(
        c,
        "aemet",
        "GET",
        f"https://opendata.aemet.es/opendata/api/prediccion/especifica/municipio/horaria/{muni}",
    )
    b.ok_json(
        {
            "estado": 200,
            "datos": f"https://opendata.aemet.es/opendata/sh/{new_hex(c.rng, 8)}",
            "temperaturas": [rf(c.rng, 4, 19, 1) for _ in range(24)],
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(8, 15)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.decoy("map tile of the Madrid-Valencia route (coordinates in the path)")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def whatsapp_media(c: Context) -> Flow:
    b = _b(
        c,
        "whatsapp",
        "GET",
        f"https://mmg.whatsapp.net/v/t62.7118-24/{c.rng.randint(10**8, 10**9)}_n.enc"
        f"?ccb=11-4&oh={new_hex(c.rng, 32)}",
    )
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/opensans/v40/memvYaGs126MiZpBA-UvWbX2vVnXBbObj2OVTS-mu0SC55I.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o451203.ingest.sentry.io/api/5871144/envelope/")
    b.decoy("crash envelope with event and trace ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def calendario(c: Context) -> Flow:
    b = _b(
        c,
        "gcal",
        "GET",
        "https://www.googleapis.com/calendar/v3/calendars/primary/events"
        f"?syncToken={new_hex(c.rng, 20)}",
    )
    b.decoy("calendar sync token and event ids")
    b.ok_json(
        {
            "items": [
                {
                    "id": new_hex(c.rng, 26),
                    "summary": "Congreso SEPES",
                    "start": {"dateTime": iso(c)},
                }
            ],
            "nextSyncToken": new_hex(c.rng, 20),
        }
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://static.correo-example.es/img/{new_hex(c.rng, 24)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hora(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://hora.roa-example.es/now")
    b.ok_json({"epochMs": ms(c), "tz": "Europe/Madrid", "req": rid(c.rng)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    aemet,
    map_tile,
    whatsapp_media,
    fonts,
    sentry_crash,
    calendario,
    cdn_image,
    hora,
    whatsapp_media,
]
