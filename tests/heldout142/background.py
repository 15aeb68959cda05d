"""Ordinary traffic between the dashboards: connectivity checks, weather for the
port, map tiles, the TMS web app's crash envelopes with trace ids, the dispatch
chat, fonts, the ship-arrival board and a fuel-price series. None of it carries
biometric data, viewing history or a device identifier of the tester."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import js

from .phone import FB, WEB_UA, havenpos, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", WEB_UA)
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
    lat, lon = havenpos(c.rng)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=wind_speed_10m",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"wind_speed_10m": [rf(c.rng, 2, 60, 1) for _ in range(24)]},
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
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(300))
    return b.build()


def mapbox_tile(c: Context) -> Flow:
    b = _b(
        c,
        "mapbox",
        "GET",
        f"https://api.mapbox.com/v4/mapbox.satellite/14/{c.rng.randint(8000, 8500)}/"
        f"{c.rng.randint(5400, 5500)}@2x.jpg90?access_token=pk.{new_hex(c.rng, 40)}",
    )
    b.decoy("mapbox public access token")
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + c.rng.randbytes(400) + b"\xff\xd9")
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o88123.ingest.sentry.io/api/4504412/envelope/")
    b.decoy("trace / event / span ids of the TMS web app's error")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "javascript",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {
            "values": [
                {
                    "type": "TypeError",
                    "value": "Cannot read properties of undefined (reading 'voortgang')",
                }
            ]
        },
        "breadcrumbs": [{"category": "navigation", "data": {"to": "/ritten/actief"}}],
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.havenroute.example/api/v1/kanalen/planning/berichten")
    b.decoy("dispatch chat message with a client message uuid")
    b.json(
        {
            "clientId": rid(c.rng),
            "tekst": c.rng.choice(
                [
                    "R4418 staat vast op de A15",
                    "dock 3 is vrij",
                    "can someone call the terminal?",
                    "chauffeur 87 heeft pauze tot 14:10",
                ]
            ),
            "verzonden": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng), "status": "afgeleverd"})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/inter/v13/UcC73FwrK3iLTeHuS_fvQtMwCp50KnMa1ZL7.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + c.rng.randbytes(200))
    return b.build()


def ship_arrivals(c: Context) -> Flow:
    b = _b(c, "havenportaal", "GET", "https://haven.portaal.example/api/aankomsten?terminal=ECT")
    b.decoy("vessel IMO and MMSI numbers with ETA: ships', not the tester's devices")
    b.ok_json(
        {
            "schepen": [
                {
                    "naam": n,
                    "imo": new_digits(c.rng, 7, "9"),
                    "mmsi": new_digits(c.rng, 9, "2"),
                    "eta": iso(c),
                    "ligplaats": c.rng.randint(1, 40),
                }
                for n in ("MSC Irina", "Ever Alot", "CMA CGM Jacques Saadé")
            ]
        }
    )
    return b.build()


def fuel_prices(c: Context) -> Flow:
    b = _b(c, "brandstof", "GET", "https://tank.havenroute.example/api/diesel/prijzen?dagen=30")
    b.decoy("a diesel price series")
    b.ok_json({"prijzen": [rf(c.rng, 1.55, 1.95, 3) for _ in range(30)], "valuta": "EUR"})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.havenroute.example/nu")
    b.ok_json({"epochMs": ms(c), "tz": "Europe/Amsterdam"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    map_tile,
    mapbox_tile,
    sentry_crash,
    chat,
    chat,
    fonts,
    ship_arrivals,
    fuel_prices,
    time_sync,
]
