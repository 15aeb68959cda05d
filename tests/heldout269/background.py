"""Ordinary traffic between the apps: connectivity checks, weather for Brest /
Kemper / Eusa, map tiles, news in Breton and French, crash reports with trace
ids, update checks with commit hashes, bus times (BreizhGo), a sailing game's
camera pose and scores. None of it carries biometric data, viewing history or
a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid

CITIES = [(48.39, -4.49), (47.99, -4.1), (48.46, -5.09), (47.75, -3.37)]


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
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=wind_speed_10m",
    )
    b.decoy("coordinates")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"wind_speed_10m": [rf(c.rng, 5, 70, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
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


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.keleier-breizh.example/v1/pennadoù?rummad=mor&t={ms(c)}")
    b.ok_json(
        {
            "pennadoù": [
                {"id": c.rng.randint(10**5, 10**6), "titl": t}
                for t in (
                    "Fest-noz bras e Kemper",
                    "Tourioù-tan: digor en-dro eo Ar C'hreac'h",
                    "Tempest war an aod",
                )
            ]
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o41022.ingest.sentry.io/api/6720391/envelope/")
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
    b = _b(c, "updates", "GET", "https://hizivadur.breizh-apps.example/v1/diwezhan?kanol=stabil")
    b.decoy("commit hash")
    b.ok_json({"stumm": "3.8.1", "commit": new_hex(c.rng, 40), "notennoù": "Reizhadennoù"})
    return b.build()


def bus_times(c: Context) -> Flow:
    b = _b(c, "bus", "GET", f"https://api.breizhgo-busiou.example/v1/arsav/{c.rng.randint(1, 900)}")
    b.ok_json({"linennoù": [{"linenn": "51", "munutenn": c.rng.randint(1, 30)} for _ in range(3)]})
    return b.build()


def game_pose(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://api.regata-breizh.example/v2/match/stad")
    b.decoy("camera pose in a sailing game (yaw/pitch/roll of the game camera)")
    b.json(
        {
            "match": rid(c.rng),
            "kamera": {
                "yaw": rf(c.rng, -180, 180, 2),
                "pitch": rf(c.rng, -30, 60, 2),
                "roll": rf(c.rng, -5, 5, 2),
                "fov": 70,
            },
            "bag": {
                "x": rf(c.rng, 0, 900, 1),
                "y": rf(c.rng, 0, 900, 1),
                "tizh": rf(c.rng, 0, 14, 1),
            },
            "skor": c.rng.randint(0, 5000),
            "t": ms(c),
        }
    )
    b.ok_json({"renk": c.rng.randint(1, 40)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def ntp_time(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.breizh-apps.example/v1/amzer")
    b.decoy("server time ('amzer')")
    b.ok_json({"amzer": iso(c), "ms": ms(c), "takad": "Europe/Paris"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    news,
    sentry_crash,
    update_check,
    bus_times,
    game_pose,
    fonts,
    ntp_time,
    map_tile,
    weather,
]
