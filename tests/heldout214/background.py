"""Ordinary traffic between the apps: connectivity checks, Berlin weather, map
tiles, crash reports with trace ids, update checks, BVG departures, a parts
shop's catalogue with part serials, a podcast-free news feed, a parking
app's session timer. None of it carries biometric data, viewing history or a
device identifier of Jonas's."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import js

from .phone import JB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> JB:
    b = JB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = JB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    b = _b(
        c,
        "weather",
        "GET",
        "https://api.open-meteo.com/v1/forecast?latitude=52.52&longitude=13.41&hourly=precipitation",
    )
    b.ok_json({"hourly": {"precipitation": [rf(c.rng, 0, 3, 1) for _ in range(24)]}})
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    x, y = c.rng.randint(0, 2**z), c.rng.randint(0, 2**z)
    b = _b(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o41237.ingest.sentry.io/api/7731204/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "IllegalStateException", "value": "Karte nicht bereit"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.flinkfahrt.example/ops/latest?kanal=stabil")
    b.decoy("build commit hash")
    b.ok_json({"version": "7.12.1", "commit": new_hex(c.rng, 40), "hinweise": "Fehlerbehebungen"})
    return b.build()


def bvg(c: Context) -> Flow:
    stop = c.rng.choice(["900100003", "900120005", "900078101"])
    b = _b(
        c,
        "bvg",
        "GET",
        f"https://v6.bvg.transport.rest.example/stops/{stop}/departures?duration=10",
    )
    b.ok_json(
        {
            "departures": [
                {"line": c.rng.choice(["U1", "M10", "S5", "U8"]), "when": iso(c), "delay": 60 * i}
                for i in range(3)
            ]
        }
    )
    return b.build()


def teileshop(c: Context) -> Flow:
    b = _b(
        c,
        "shop",
        "GET",
        f"https://www.kfz-teile24.example/api/artikel?suche=Bremsbelag&seite={c.rng.randint(1, 5)}",
    )
    b.decoy("part numbers and product serials in a catalogue")
    b.ok_json(
        {
            "artikel": [
                {
                    "teilenummer": "5Q0698151" + c.rng.choice("ABCD"),
                    "seriennummer": "SN" + new_digits(c.rng, 10),
                    "preis": rf(c.rng, 20, 140, 2),
                    "ansichten": c.rng.randint(10, 4000),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def parken(c: Context) -> Flow:
    b = _b(c, "parking", "POST", "https://api.parkster-berlin.example/v1/parkvorgang")
    b.decoy("parking session with zone, plate and timer")
    b.json(
        {
            "zone": f"BE-{c.rng.randint(100, 999)}",
            "kennzeichen": f"B-FF {c.rng.randint(100, 9999)}E",
            "dauerMin": c.rng.choice([15, 30, 60]),
            "start": ms(c),
        }
    )
    b.ok_json({"vorgang": rid(c.rng), "endeUm": iso(c)})
    return b.build()


def nachrichten(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        f"https://api.berlin-nachrichten.example/v2/artikel?ressort=verkehr&t={ms(c)}",
    )
    b.ok_json(
        {
            "artikel": [
                {"id": c.rng.randint(10**5, 10**6), "titel": t}
                for t in ("A100: Sperrung am Wochenende", "Neue Ladesäulen in Pankow")
            ]
        }
    )
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


def kamera_spiel(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://api.kiezracer.example/v1/replay")
    b.decoy("game camera yaw / pitch and replay position")
    b.json(
        {
            "strecke": "Tiergarten",
            "kamera": {"yaw": rf(c.rng, -180, 180, 1), "pitch": rf(c.rng, -30, 30, 1)},
            "replayPosition": c.rng.randint(0, 90000),
            "rundenzeitMs": c.rng.randint(60000, 90000),
        }
    )
    b.ok_json({"rang": c.rng.randint(1, 5000)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    map_tile,
    sentry_crash,
    update_check,
    bvg,
    teileshop,
    parken,
    nachrichten,
    fonts,
    kamera_spiel,
]
