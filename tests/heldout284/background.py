"""Ordinary traffic between the apps: connectivity checks, weather for Tolosa /
Udine / Barcelonnette, map tiles, crash reports with trace ids, update checks,
bus times, a regional news feed. No biometric data, viewing history or device id."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid

PLACES = [(43.60, 1.44), (46.06, 13.24), (44.39, 6.65), (43.30, 5.37)]


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
    lat, lon = c.rng.choice(PLACES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=snowfall",
    )
    b.decoy("coordinates of a town")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"snowfall": [rf(c.rng, 0, 3, 1) for _ in range(24)]},
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
    b = _b(c, "sentry", "POST", "https://o50231.ingest.sentry.io/api/4506611/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "IllegalStateException", "value": "player released"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.occitan-apps.example/v1/darrièra?canal=estable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.2.1", "commit": new_hex(c.rng, 40), "nòtas": "Correccions"})
    return b.build()


def bus(c: Context) -> Flow:
    b = _b(c, "bus", "GET", f"https://api.tisseo-horaris.example/v1/arrèst/{c.rng.randint(1, 900)}")
    b.ok_json(
        {
            "linhas": [
                {"linha": c.rng.choice(["L1", "14", "A"]), "minutas": c.rng.randint(1, 20)}
                for _ in range(3)
            ]
        }
    )
    return b.build()


def novelas(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.jornalet.example/v1/articles?seccion=cultura&t={ms(c)}")
    b.ok_json(
        {
            "articles": [
                {"id": c.rng.randint(10**5, 10**6), "títol": t}
                for t in (
                    "Lo Festenal de Vilanòva torna",
                    "La nèu arriba als Pirenèus",
                    "Cantadors a Udin",
                )
            ]
        }
    )
    return b.build()


def push_token(c: Context) -> Flow:
    b = _b(c, "push", "POST", "https://api.occitan-apps.example/v1/notificacions/subjèctes")
    b.decoy("topic subscription request id")
    b.json({"subjèctes": ["fèstas", "nèu"], "req": rid(c.rng)})
    b.ok_json({"ok": True})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    sentry_crash,
    update_check,
    bus,
    novelas,
    push_token,
    weather,
]
