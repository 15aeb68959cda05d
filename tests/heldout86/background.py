"""Ordinary traffic between the apps: connectivity checks, Open-Meteo weather
(latitude/longitude/hourly=temperature_2m, its documented query), map tiles,
Sentry crash envelopes with event and trace ids, feature flags, an ECB
exchange-rate series, a news article about facial recognition and a transit
timetable. None of it carries biometric data, viewing history or a device
identifier; several carry look-alikes (hashes, trace ids, coordinate lists).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import iso, ms, req_id, rf
from tests.heldout.wire import jsb

from .phone import FB

PLACES = [(38.1157, 13.3615), (35.8989, 14.5146), (36.0443, 14.2512)]


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "http://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(PLACES)
    b = FB(
        c,
        "weather",
        "GET",
        "https://api.open-meteo.com/v1/forecast",
        [("latitude", str(lat)), ("longitude", str(lon)), ("hourly", "temperature_2m")],
    )
    temps = [rf(c.rng, 12, 24, 1) for _ in range(24)]
    b.ok_json({"latitude": lat, "longitude": lon, "hourly": {"temperature_2m": temps}})
    b.decoy("weather forecast: coordinates and a temperature series")
    return b.build()


def map_tile(c: Context) -> Flow:
    x, y = c.rng.randint(8800, 8900), c.rng.randint(6300, 6400)
    url = f"https://tile.openstreetmap.org/14/{x}/{y}.png"
    b = FB(c, "maps", "GET", url, http_version="HTTP/1.1")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    b.decoy("map tile")
    return b.build()


def route(c: Context) -> Flow:
    b = FB(c, "maps", "POST", "https://maps.radioscirocco.it/route")
    pts = [[rf(c.rng, 35.8, 38.2, 5), rf(c.rng, 13.3, 14.6, 5)] for _ in range(20)]
    b.json({"mode": "drive", "polyline": pts})
    b.decoy("route polyline: a coordinate list, not landmarks")
    b.ok_json({"etaMin": c.rng.randint(5, 60)})
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o4505.ingest.sentry.io/api/4505112/envelope/")
    ev = req_id(c.rng).replace("-", "")
    head = {"event_id": ev, "sent_at": iso(c)}
    item = {
        "type": "event",
        "event_id": ev,
        "timestamp": c.now,
        "platform": "java",
        "contexts": {
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
            "device": {"model": "SM-S921B", "manufacturer": "samsung"},
        },
        "exception": {"values": [{"type": "IllegalStateException", "value": "player released"}]},
    }
    body = jsb(head) + b"\n" + jsb({"type": "event"}) + b"\n" + jsb(item) + b"\n"
    b.set_body(body, "application/x-sentry-envelope")
    b.decoy("crash envelope with event/trace ids")
    b.ok_json({"id": ev})
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(c, "flags", "GET", "https://flags.visioneplus.it/v1/flags", [("v", "8.3.1")])
    b.ok_json(
        {
            "flags": {
                "newPlayer": True,
                "faceUnlockPromo": False,
                "hdrDefault": c.rng.random() < 0.5,
            },
            "etag": new_hex(c.rng, 40),
        }
    )
    b.decoy("feature flags with an etag hash")
    return b.build()


def ecb_rates(c: Context) -> Flow:
    b = FB(
        c,
        "rates",
        "GET",
        "https://data-api.ecb.europa.eu/service/data/EXR/D.USD.EUR.SP00.A",
        [("format", "jsondata"), ("lastNObservations", "30")],
    )
    b.ok_json({"series": [rf(c.rng, 1.04, 1.10, 4) for _ in range(30)]})
    b.decoy("exchange-rate price series")
    return b.build()


def news_article(c: Context) -> Flow:
    b = FB(
        c,
        "news",
        "GET",
        f"https://news.example-quotidiano.it/api/articoli/{c.rng.randint(10**5, 10**6)}",
    )
    b.ok_json(
        {
            "titolo": "Riconoscimento facciale negli aeroporti: cosa cambia",
            "testo": (
                "Il garante chiede chiarezza su volti, impronte e dati biometrici dei passeggeri."
            ),
            "tags": ["privacy", "face recognition"],
            "pubblicato": iso(c),
        }
    )
    b.decoy("news article about facial recognition")
    return b.build()


def transit(c: Context) -> Flow:
    b = FB(c, "transit", "GET", "https://api.example-trasporti.it/orari", [("linea", "101")])
    b.ok_json(
        {
            "corse": [
                {"partenza": ms(c) + i * 600000, "ritardoSec": c.rng.randint(0, 300)}
                for i in range(6)
            ]
        }
    )
    b.decoy("bus timetable")
    return b.build()


BENIGN = [
    generate_204,
    weather,
    map_tile,
    route,
    sentry,
    flags,
    ecb_rates,
    news_article,
    transit,
    weather,
    generate_204,
]
