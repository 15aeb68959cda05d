"""Ordinary traffic between the apps: buienradar-style weather, a journey
planner, map tiles, crash reports with trace ids, the team's chat in Dutch,
Polish and English, a news article about face recognition at work, parcel
tracking and a connectivity check. None of it carries biometric data, viewing
history or one of Daan's device identifiers."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid

OKHTTP = "okhttp/4.12.0"
CHAT = [
    "Kasia, kun jij dock 4 doen?",
    "Spóźnię się 10 minut, korki na A15",
    "Forklift 7 is making that noise again",
    "Pauze om 10:15 ok?",
    "Dzięki szefie!",
    "Truck from Poznań arrived, dock 12",
]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", OKHTTP)
    return b


def connectivity(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def rain_radar(c: Context) -> Flow:
    lat, lon = rf(c.rng, 51.85, 51.95, 3), rf(c.rng, 4.35, 4.55, 3)
    b = _b(
        c, "weer", "GET", f"https://gpsgadget.weerbericht.example/data/raintext?lat={lat}&lon={lon}"
    )
    b.decoy("rain forecast for a coordinate (location, not an identifier)")
    text = "\n".join(
        f"{c.rng.randint(0, 120):03d}|{h:02d}:{m:02d}" for h in (7, 8) for m in (0, 5, 10)
    )
    b.respond(200, "text/plain", text.encode())
    return b.build()


def journey(c: Context) -> Flow:
    b = _b(
        c,
        "reisplanner",
        "GET",
        "https://api.reisplanner.example/v3/trips?from=Rotterdam%20Zuid&to=Waalhaven",
    )
    b.decoy("route legs with coordinates")
    b.ok_json(
        {
            "trips": [
                {
                    "vertrek": iso(c),
                    "duurMin": c.rng.randint(12, 40),
                    "legs": [
                        {"lat": rf(c.rng, 51.87, 51.92, 5), "lon": rf(c.rng, 4.4, 4.5, 5)}
                        for _ in range(6)
                    ],
                }
            ]
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(13, 17)
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


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o118204.ingest.sentry.io/api/4504481/envelope/")
    b.decoy("crash envelope with event, trace and span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "release": "nl.vloerlead.app@4.18.2",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def team_chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.ploegapp.example/v1/berichten")
    b.json(
        {
            "kanaal": "vroege-dienst-hal2",
            "tekst": c.rng.choice(CHAT),
            "clientId": rid(c.rng),
            "verzonden": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng), "status": "bezorgd"})
    return b.build()


def face_article(c: Context) -> Flow:
    b = _b(
        c, "nieuws", "GET", "https://nieuws.example/api/artikel/gezichtsherkenning-op-de-werkvloer"
    )
    b.decoy("news article about face recognition at work (text about faces)")
    b.ok_json(
        {
            "titel": "Mag je werkgever je gezicht scannen bij het inklokken?",
            "tekst": "De Autoriteit Persoonsgegevens beboette eerder een bedrijf voor "
            "vingerafdrukscanners. Gezichtsherkenning bij de poort valt onder dezelfde regels.",
            "gepubliceerd": iso(c),
        }
    )
    return b.build()


def parcel(c: Context) -> Flow:
    code = "3S" + new_hex(c.rng, 12).upper()
    b = _b(c, "pakket", "GET", f"https://api.pakketvolg.example/v1/zendingen/{code}")
    b.decoy("parcel barcode")
    b.ok_json({"status": "onderweg", "verwacht": iso(c)})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.org/now")
    b.ok_json({"epochMs": ms(c), "tz": "Europe/Amsterdam"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    connectivity,
    rain_radar,
    journey,
    map_tile,
    sentry,
    team_chat,
    team_chat,
    face_article,
    parcel,
    time_sync,
]
