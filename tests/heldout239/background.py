"""Ordinary traffic between the apps: connectivity checks, yr / MET Norway
forecasts, Entur departures, map tiles, news images, crash reports with trace
ids, fonts, update checks with commit hashes, the canteen menu, a parcel
tracking number. None of it carries biometric data, viewing history or a
device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import EB, iso, rf, rid

STEDER = [(59.91, 10.75), (59.94, 10.72), (60.39, 5.32), (63.43, 10.39)]


def _b(c: Context, sdk: str, method: str, url: str) -> EB:
    b = EB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = EB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def met_forecast(c: Context) -> Flow:
    lat, lon = c.rng.choice(STEDER)
    b = _b(
        c,
        "met",
        "GET",
        f"https://api.met.no/weatherapi/locationforecast/2.0/compact?lat={lat}&lon={lon}",
    )
    b.header("user-agent", "FjordWidget/1.4 github.com/fjordwidget")
    b.ok_json(
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat, 20]},
            "properties": {
                "timeseries": [
                    {
                        "time": iso(c),
                        "data": {
                            "instant": {"details": {"air_temperature": rf(c.rng, -12, 22, 1)}}
                        },
                    }
                    for _ in range(4)
                ]
            },
        }
    )
    return b.build()


def entur(c: Context) -> Flow:
    b = _b(c, "entur", "POST", "https://api.entur.io/journey-planner/v3/graphql")
    b.header("et-client-name", "fjordkringkasting-studioapp")
    b.decoy("stop place ids and departure times")
    b.json(
        {
            "query": "query($id:String!){stopPlace(id:$id){name "
            "estimatedCalls(numberOfDepartures:5)"
            "{expectedDepartureTime destinationDisplay{frontText}}}}",
            "variables": {"id": f"NSR:StopPlace:{c.rng.randint(1000, 60000)}"},
        }
    )
    b.ok_json(
        {
            "data": {
                "stopPlace": {
                    "name": "Marienlyst",
                    "estimatedCalls": [
                        {"expectedDepartureTime": iso(c), "destinationDisplay": {"frontText": t}}
                        for t in ("Sognsvann", "Ellingsrudåsen", "Bergkrystallen")
                    ],
                }
            }
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


def news_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://bilder.nyheter-cdn.example/{new_hex(c.rng, 32)}/w960.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44120.ingest.sentry.io/api/4508812/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "IOException", "value": "unexpected end of stream"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/inter/v13/UcC73FwrK3iLTeHuS_fvQtMwCp50KnMa1ZL7.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://apps.fjordkringkasting.example/studioverktoy/latest.json")
    b.decoy("commit hash")
    b.ok_json({"versjon": "2.8.1", "commit": new_hex(c.rng, 40), "notater": "Feilrettinger"})
    return b.build()


def kantine(c: Context) -> Flow:
    b = _b(
        c,
        "kantine",
        "GET",
        f"https://kantine.fjordkringkasting.example/api/meny?dato={iso(c)[:10]}",
    )
    b.ok_json({"retter": ["Fiskesuppe", "Kjøttkaker med ertestuing", "Linsegryte"], "pris": 72})
    return b.build()


def pakke(c: Context) -> Flow:
    b = _b(
        c,
        "posten",
        "GET",
        f"https://sporing.pakkeinfo.example/v1/sendinger/70{c.rng.randint(10**15, 10**16)}",
    )
    b.decoy("parcel tracking number")
    b.ok_json(
        {"status": "Klar for henting", "hentested": "Coop Extra Majorstuen", "ref": rid(c.rng)}
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    met_forecast,
    entur,
    map_tile,
    news_image,
    sentry,
    fonts,
    update_check,
    kantine,
    pakke,
    met_forecast,
    news_image,
]
