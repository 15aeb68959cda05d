"""Ordinary traffic between the apps: connectivity checks, weather for Scuol,
Chur, Snits and Ljouwert, Rhaetian Railway and NS departure boards, a ski map
with piste coordinates on Motta Naluns, map tiles, crash reports with trace
ids, update checks with commit hashes, a grocery order, news and fonts. None of
it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import js

from .phone import B, iso, ms, rf, rid

PLACES = [(46.80, 10.30), (46.85, 9.53), (53.03, 5.66), (53.20, 5.80)]


def _b(c: Context, sdk: str, method: str, url: str) -> B:
    b = B(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = B(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(PLACES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m,snowfall",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -12, 8, 1) for _ in range(24)]},
        }
    )
    return b.build()


def rhb_departures(c: Context) -> Flow:
    station = c.rng.choice(["Scuol-Tarasp", "Chur", "Disentis/Mustér", "Samedan"])
    b = _b(
        c,
        "timetable",
        "GET",
        f"https://transport.opendata.ch/v1/stationboard?station={station}&limit=8",
    )
    b.decoy("train timetable (departure times, platforms)")
    b.ok_json(
        {
            "station": {"name": station},
            "stationboard": [
                {
                    "category": "RE",
                    "number": str(c.rng.randint(1000, 1999)),
                    "to": c.rng.choice(["Landquart", "Pontresina", "St. Moritz", "Scuol-Tarasp"]),
                    "stop": {"departure": iso(c), "platform": str(c.rng.randint(1, 4))},
                }
                for _ in range(4)
            ],
        }
    )
    return b.build()


def ns_departures(c: Context) -> Flow:
    station = c.rng.choice(["LW", "SNK", "HRL", "DKM"])
    b = _b(
        c,
        "timetable",
        "GET",
        f"https://gateway.apiportal.ns.nl/reisinformatie-api/api/v2/departures?station={station}",
    )
    b.header("ocp-apim-subscription-key", new_hex(c.rng, 32))
    b.decoy("train timetable")
    b.ok_json(
        {
            "payload": {
                "departures": [
                    {
                        "direction": c.rng.choice(
                            ["Leeuwarden", "Stavoren", "Zwolle", "Harlingen Haven"]
                        ),
                        "plannedDateTime": iso(c),
                        "plannedTrack": str(c.rng.randint(1, 8)),
                        "trainCategory": "SPR",
                    }
                    for _ in range(4)
                ]
            }
        }
    )
    return b.build()


def ski_map(c: Context) -> Flow:
    b = _b(
        c,
        "skimap",
        "GET",
        f"https://api.skimap-engiadina.example/v1/pistas?resort=motta-naluns&t={ms(c)}",
    )
    b.decoy("ski piste coordinates and lift states")
    b.ok_json(
        {
            "pistas": [
                {
                    "num": n,
                    "stadi": c.rng.choice(["avert", "serrà"]),
                    "coords": [
                        [rf(c.rng, 46.78, 46.82, 5), rf(c.rng, 10.26, 10.33, 5)] for _ in range(3)
                    ],
                }
                for n in ("1", "3", "7", "12")
            ]
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
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o412873.ingest.sentry.io/api/5521093/envelope/")
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
    b = _b(c, "updates", "GET", "https://updates.app-grischun.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "6.2.1", "commit": new_hex(c.rng, 40), "notas": "Correcturas"})
    return b.build()


def grocery_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.boadskippen.example/v2/bestelling")
    b.decoy("order number")
    b.json(
        {
            "artikels": [{"sku": f"SUKERBOLE-{c.rng.randint(100, 999)}", "tal": 1}],
            "adres": "Grootzand 12, Snits",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"bestelnûmer": order_no(c.rng), "totaal": rf(c.rng, 10, 90, 2)})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.novitads.example/v1/artitgels?rubrica=regiun&t={ms(c)}")
    b.ok_json(
        {
            "artitgels": [
                {"id": c.rng.randint(10**5, 10**6), "titel": t}
                for t in ("Naiv frais en l'Engiadina", "Chalandamarz a Scuol", "Votaziun cantunala")
            ]
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/sourcesans3/v15/nwpBtKy2OAdR1K-IwhWudF-R9QMylBJAV3Bo8Kw.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.novitads.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    rhb_departures,
    ns_departures,
    ski_map,
    map_tile,
    sentry_crash,
    update_check,
    grocery_order,
    news,
    fonts,
    cdn_image,
    weather,
    map_tile,
]
