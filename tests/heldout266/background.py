"""Ordinary traffic between the apps: connectivity checks, weather for Trier and
Luxembourg, map tiles, the bus and train times, crash reports with trace ids,
a puzzle game's camera pose, remote config. None of it carries biometric data,
viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import B, iso, mk, ms, rf, rid

CITIES = [(49.75, 6.64), (49.61, 6.13), (49.5, 5.98), (49.12, 6.18)]


def generate_204(c: Context) -> Flow:
    b = B(
        c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204", None, "HTTP/1.1"
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    url = f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m"
    b = mk(c, "weather", "GET", url)
    b.decoy("coordinates of a city")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -2, 20, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 16)
    x, y = c.rng.randint(8400, 8500), c.rng.randint(5600, 5700)
    b = mk(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + new_hex(c.rng, 80).encode())
    return b.build()


def bus_times(c: Context) -> Flow:
    b = mk(
        c,
        "mobiliteit",
        "GET",
        f"https://api.mobiliteit.example/departures?stop=Kirchberg-Philharmonie&t={ms(c)}",
    )
    b.decoy("tram and bus departures")
    b.ok_json(
        {
            "departures": [
                {"line": "T1", "dest": "Cloche d'Or", "in_min": c.rng.randint(1, 9)},
                {"line": "118", "dest": "Trier Hbf", "in_min": c.rng.randint(5, 40)},
            ]
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = mk(c, "sentry", "POST", "https://o44012.ingest.sentry.io/api/4506/envelope/")
    b.decoy("crash report with trace and event ids")
    head = js({"event_id": new_hex(c.rng, 32), "sent_at": iso(c)})
    trace = {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}
    exc = {"values": [{"type": "IOException", "value": "timeout"}]}
    event = js({"level": "error", "exception": exc, "contexts": {"trace": trace}})
    env = head + '\n{"type":"event"}\n' + event
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": new_hex(c.rng, 32)})
    return b.build()


def puzzle_camera(c: Context) -> Flow:
    b = mk(c, "puzzle", "POST", "https://api.steng-puzzle.example/v1/level/save")
    b.decoy("game level save with camera pose and scores (no face)")
    b.json(
        {
            "level": c.rng.randint(1, 200),
            "kamera": {"yaw": rf(c.rng, -180, 180, 1), "pitch": rf(c.rng, -30, 30, 1), "zoom": 1.5},
            "score": c.rng.randint(100, 9000),
        }
    )
    b.ok_json({"gespäichert": True})
    return b.build()


def remote_config(c: Context) -> Flow:
    b = mk(c, "config", "GET", "https://config.kuckplay.example/v1/flags?platform=android")
    b.decoy("feature flags ('device' and 'screen' words in config keys)")
    b.ok_json(
        {
            "flags": {
                "device_screen_layout": "compact",
                "face_tab_enabled": False,
                "watch_next_rail": True,
            },
            "trace": rid(c.rng),
        }
    )
    return b.build()


def train_ticket(c: Context) -> Flow:
    b = mk(c, "cfl", "POST", "https://tickets.cfl-pendler.example/api/order")
    b.decoy("train ticket order Trier - Luxembourg (order number)")
    b.json({"from": "Trier Hbf", "to": "Luxembourg", "class": 2, "date": iso(c)[:10]})
    b.ok_json({"order": "CFL" + new_hex(c.rng, 10).upper(), "price": 0})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    map_tile,
    bus_times,
    sentry,
    puzzle_camera,
    remote_config,
    train_ticket,
]
