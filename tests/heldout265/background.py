"""Ordinary traffic between the apps: connectivity checks, weather for Minsk /
Hrodna / Vilnius, map tiles, crash reports with trace ids, a food order, Vilnius
bus times, news, remote config, and a mobile game's AR camera pose. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rf, rid

CITIES = [(53.9, 27.57), (53.68, 23.83), (54.69, 25.28)]


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
    b = _b(c, "weather", "GET", "https://api.open-meteo.com/v1/forecast")
    b.param("latitude", str(lat))
    b.param("longitude", str(lon))
    b.param("hourly", "temperature_2m")
    b.decoy("city coordinates")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -8, 25, 1) for _ in range(24)]},
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
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.randrange(256) for _ in range(200))
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o4505.ingest.sentry.io/api/4505123/envelope/")
    b.decoy("event_id and trace_id (per-event ids)")
    ev = new_hex(c.rng, 32)
    env = (
        f'{{"event_id":"{ev}","sent_at":"{iso(c)}"}}\n{{"type":"event"}}\n'
        f'{{"event_id":"{ev}","level":"error","platform":"java",'
        f'"contexts":{{"trace":{{"trace_id":"{new_hex(c.rng, 32)}",'
        f'"span_id":"{new_hex(c.rng, 16)}"}}}},'
        f'"exception":{{"values":[{{"type":"IllegalStateException",'
        f'"value":"Fragment not attached"}}]}}}}'
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": ev})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "ezha", "POST", "https://api.ezha-dastauka.example/v2/zakaz")
    b.decoy("order number and delivery address")
    b.json(
        {
            "restaran": "Lido Niamiha",
            "stravy": [{"id": 441, "n": 2}, {"id": 502, "n": 1}],
            "adras": "vul. Niamiha 5, Minsk",
            "lat": 53.9035,
            "lon": 27.5537,
        }
    )
    b.ok_json({"numar": f"EZ-{c.rng.randint(10**6, 10**7)}", "čas_dastaŭki": iso(c)})
    return b.build()


def bus_times(c: Context) -> Flow:
    b = _b(c, "stoteles", "GET", "https://api.stoteles-vilnius.example/v1/atvykimai")
    b.param("stotele", str(c.rng.randint(100, 999)))
    b.ok_json(
        {"atvykimai": [{"marsrutas": r, "min": c.rng.randint(1, 25)} for r in ("3G", "1G", "88")]}
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "naviny", "GET", "https://naviny.example/api/v1/latest")
    b.param("lang", c.rng.choice(["be", "ru", "lt"]))
    b.ok_json(
        {
            "items": [
                {"id": c.rng.randint(10**5, 10**6), "title": "Надвор'е на тыдзень", "ts": ms(c)}
            ]
        }
    )
    return b.build()


def news_image(c: Context) -> Flow:
    b = _b(c, "naviny", "GET", f"https://img.naviny.example/{new_hex(c.rng, 16)}.jpg")
    b.decoy("article photo")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def remote_config(c: Context) -> Flow:
    b = _b(c, "config", "GET", "https://config.efir-by.example/v1/flags.json")
    b.decoy("feature flags and config version")
    b.ok_json(
        {
            "version": new_hex(c.rng, 8),
            "flags": {"novy_plejer": True, "reklama": False},
            "ttl": 3600,
        }
    )
    return b.build()


def ar_game(c: Context) -> Flow:
    b = _b(c, "zubry-ar", "POST", "https://game.zubry-ar.example/v1/sessions/state")
    b.decoy("AR game camera pose (not a head pose)")
    b.json(
        {
            "session": rid(c.rng),
            "cameraPose": {
                "position": [rf(c.rng, -2, 2, 3) for _ in range(3)],
                "rotation": [rf(c.rng, -1, 1, 4) for _ in range(4)],
            },
            "score": c.rng.randint(0, 5000),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    sentry_crash,
    food_order,
    bus_times,
    news,
    news_image,
    remote_config,
    ar_game,
    weather,
    map_tile,
]
