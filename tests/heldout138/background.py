"""Ordinary traffic between the apps: weather, transit, maps, crash reports with trace
ids, chat, update checks, fonts. None of it is biometric, viewing or a device id."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, new_builder, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    return new_builder(c, sdk, method, url, "okhttp/4.12.0")


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
    lat, lon = c.rng.choice([(43.65, -79.38), (45.50, -73.57)])
    b = _b(
        c,
        "meteo",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("coordinates and a temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -12, 8, 1) for _ in range(24)]},
        }
    )
    return b.build()


def transit(c: Context) -> Flow:
    b = _b(
        c,
        "transit",
        "GET",
        f"https://api.transit-horaires.example/v1/arrets/{c.rng.randint(50000, 59999)}/passages",
    )
    b.ok_json(
        {
            "passages": [
                {"ligne": c.rng.choice(["24", "55", "80"]), "dans_min": c.rng.randint(1, 20)}
                for _ in range(3)
            ]
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o447951.ingest.sentry.io/api/5823011/envelope/")
    b.decoy("crash envelope with trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "IllegalStateException", "value": "Surface released"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "text": c.rng.choice(["j'arrive", "mix v3 is up", "merci!"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.example-apps.com/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "2.4.1", "commit": new_hex(c.rng, 40)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/inter/v13/UcCO3FwrK3iLTeHuS_fvQtMwCp50KnMw2boKoduKmMEVuLyfAZ9hiA.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "newsletter", "POST", "https://api.festival-courts.example/v1/inscriptions")
    b.decoy("film-festival sign-up form with self-declared gender")
    b.json(
        {
            "prenom": "M.",
            "genre": c.rng.choice(["femme", "homme", "non-binaire"]),
            "ville": "Montréal",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, weather, transit, map_tile, sentry_crash,
    chat, update_check, fonts, signup, weather,
]  # fmt: skip
