"""Ordinary traffic between the apps on the Xiaomi: weather from the Lithuanian
meteorological service, map tiles, HyperOS connectivity checks, a crash report
with trace ids, chat, a news article about face recognition, a photo gallery's
thumbnails, public transport timetables, a fitness game's camera angles. None of it
carries biometric data, viewing history or a device identifier."""

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
    b = FB(c, "miui", "GET", "http://connect.rom.miui.com/generate_204", http_version="HTTP/1.1")
    b.no_content()
    return b.build()


def meteo(c: Context) -> Flow:
    place = c.rng.choice(["vilnius", "kaunas", "klaipeda"])
    b = _b(c, "weather", "GET", f"https://api.meteo.lt/v1/places/{place}/forecasts/long-term")
    b.decoy("forecast series of temperatures and coordinates")
    b.ok_json(
        {
            "place": {
                "code": place,
                "coordinates": {
                    "latitude": rf(c.rng, 54, 56, 4),
                    "longitude": rf(c.rng, 21, 26, 4),
                },
            },
            "forecastTimestamps": [
                {"forecastTimeUtc": iso(c), "airTemperature": rf(c.rng, -8, 12, 1)}
                for _ in range(12)
            ],
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
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o118822.ingest.sentry.io/api/4505521/envelope/")
    b.decoy("trace / event ids in a crash envelope")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {
            "values": [{"type": "NullPointerException", "value": "PlayerView.getPlayer()"}]
        },
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.seima-chat.example/v1/zinutes")
    b.json(
        {
            "pokalbis": rid(c.rng),
            "tekstas": c.rng.choice(
                ["busiu 18h", "nupirk pieno", "kur raktai?", "labi, tiekamies"]
            ),
            "ts": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def article(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", "https://www.naujienos.example/api/straipsnis/veido-atpazinimas-oro-uoste"
    )
    b.decoy("news article about face recognition at the airport (text about faces, no face data)")
    b.ok_json(
        {
            "antraste": "Vilniaus oro uoste - veido atpažinimas",
            "tekstas": "Nuo kitų metų keleiviai...",
            "perziuros": c.rng.randint(1000, 50000),
        }
    )
    return b.build()


def gallery_thumb(c: Context) -> Flow:
    b = _b(c, "gallery", "GET", f"https://i.mi-cloud.example/thumb/{new_hex(c.rng, 24)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def timetable(c: Context) -> Flow:
    b = _b(
        c,
        "transit",
        "GET",
        f"https://api.stops.example/v1/stotele/{c.rng.randint(100, 999)}/tvarkarastis",
    )
    b.ok_json(
        {"marsrutai": [{"nr": str(c.rng.randint(1, 90)), "atvyksta": iso(c)} for _ in range(5)]}
    )
    return b.build()


def game_camera(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://telemetry.kaladeles-game.example/v1/kamera")
    b.decoy("game camera yaw/pitch/roll (a game's camera, not a head pose)")
    b.json(
        {
            "kamera": [
                {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -90, 90, 2), "roll": 0.0}
                for _ in range(10)
            ],
            "lygis": 7,
        }
    )
    b.no_content()
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "forum", "POST", "https://forumas.example/api/registracija")
    b.decoy("sign-up form with self-declared gender and birth date")
    b.form([("slapyvardis", "zalgirietis77"), ("lytis", "vyras"), ("gimimo_data", "1982-04-11")])
    b.ok_json({"ok": True})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://update.intl.miui.com/updates/v1/check?branch=stable")
    b.decoy("build hash in an update check")
    b.ok_json({"version": "OS1.0.13.0", "commit": new_hex(c.rng, 40)})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.laikas.example/now")
    b.ok_json({"epochMs": ms(c), "tz": "Europe/Vilnius"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    meteo,
    map_tile,
    sentry_crash,
    chat,
    article,
    gallery_thumb,
    timetable,
    game_camera,
    signup,
    update_check,
    time_sync,
    map_tile,
    gallery_thumb,
]
