"""Ordinary traffic between the apps: connectivity checks, weather for Genoa,
Barcelona and Marseille, map tiles, images, crash reports with trace ids,
update checks with commit hashes, port news, a ferry timetable and a
translation request. None of it carries biometric data, viewing history or a
device identifier."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import OB, iso, ms, rf, rid

CITIES = [(44.41, 8.93), (41.39, 2.17), (43.30, 5.37)]


def _b(c: Context, sdk: str, method: str, url: str) -> OB:
    b = OB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = OB(
        c,
        "android",
        "GET",
        "http://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,wind_speed_10m",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 17, 31, 1) for _ in range(24)],
                "wind_speed_10m": [rf(c.rng, 2, 35, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def marine(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://marine-api.open-meteo.com/v1/marine?latitude={lat}&longitude={lon}&hourly=wave_height",
    )
    b.ok_json({"hourly": {"wave_height": [rf(c.rng, 0.2, 2.5, 2) for _ in range(24)]}})
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 17)
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


def news_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.notizie-liguria.example/{new_hex(c.rng, 32)}/w720.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o447120.ingest.sentry.io/api/5510237/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "release": "it.la.ops@6.4.2",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "VSAT latency"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.linea-azzurra.example/ops/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "6.4.3", "commit": new_hex(c.rng, 40), "note": "Correzioni gangway"})
    return b.build()


def port_news(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.notizie-liguria.example/v1/articoli?sezione=porto&t={ms(c)}"
    )
    b.ok_json(
        {
            "articoli": [
                {"id": c.rng.randint(10**5, 10**6), "titolo": t}
                for t in (
                    "Porto di Genova, record di crocieristi",
                    "Sciopero dei rimorchiatori rinviato",
                    "Mareggiata attesa nel weekend",
                )
            ]
        }
    )
    return b.build()


def ferry_timetable(c: Context) -> Flow:
    b = _b(c, "ferry", "GET", "https://api.traghetti-orari.example/v2/orari?da=GOA&a=BCN")
    b.decoy("departure times and crossing durations (a timetable)")
    b.ok_json(
        {
            "partenze": [
                {"ora": h, "durata": "19h30", "nave": n}
                for h, n in (("20:00", "Cruise Roma"), ("22:30", "Excellent"))
            ]
        }
    )
    return b.build()


def translate(c: Context) -> Flow:
    text = c.rng.choice(["La cabina no tiene agua caliente", "Le code du coffre ne marche pas"])
    b = _b(c, "translate", "POST", "https://api.traduttore-bordo.example/v1/translate")
    b.json({"q": text, "target": "it", "requestId": rid(c.rng)})
    b.ok_json({"translatedText": "Messaggio tradotto", "detected": "es"})
    return b.build()


def currency(c: Context) -> Flow:
    b = _b(c, "fx", "GET", "https://api.frankfurter.app/latest?from=EUR&to=USD,GBP,CHF")
    b.ok_json({"base": "EUR", "rates": {"USD": rf(c.rng, 1.05, 1.15, 4), "GBP": 0.85, "CHF": 0.94}})
    return b.build()


def shore_guide(c: Context) -> Flow:
    city = c.rng.choice(["Barcelona", "Marseille", "Genova"])
    b = _b(c, "guide", "GET", f"https://api.guida-porti.example/v1/cosa-vedere?citta={quote(city)}")
    b.ok_json(
        {
            "luoghi": [
                {"nome": n, "distanzaKm": rf(c.rng, 0.5, 8, 1)}
                for n in ("Centro", "Museo", "Spiaggia")
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    marine,
    map_tile,
    news_image,
    sentry_crash,
    update_check,
    port_news,
    ferry_timetable,
    translate,
    currency,
    shore_guide,
    generate_204,
]
