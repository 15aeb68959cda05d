"""Everyday background traffic: weather, maps, transit, news, fuel prices.

Not sensitive; full of look-alikes (coordinate lists, numeric series, an
article about facial recognition and most-watched shows). Met Éireann's open
data forecast (openaccess.pf.api.met.ie locationforecast), OSM tiles.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_uuid

from .phone import FB, iso, ms, rf


def weather(c: Context) -> Flow:
    b = FB(
        c,
        "weather",
        "GET",
        "https://openaccess.pf.api.met.ie/metno-wdb2ts/locationforecast",
        [("lat", str(rf(c.rng, 53.3, 53.4, 2))), ("long", str(rf(c.rng, -6.3, -6.2, 2)))],
    )
    b.respond(
        200,
        "application/xml",
        (
            f'<weatherdata created="{iso(c)}"><product class="pointData">'
            f'<time from="{iso(c)}"><location latitude="53.35" longitude="-6.26">'
            f'<temperature unit="celsius" value="{rf(c.rng, 2, 15, 1)}"/>'
            "</location></time></product></weatherdata>"
        ).encode(),
    )
    b.decoy("weather forecast for a coordinate")
    return b.build()


def map_tile(c: Context) -> Flow:
    z = 15
    b = FB(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(15780, 15800)}/"
        f"{c.rng.randint(10580, 10600)}.png",
    )
    b.header("user-agent", "CnocBMS/2.14.0 osmdroid")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(300))
    return b.build()


def transit(c: Context) -> Flow:
    b = FB(
        c,
        "tfi",
        "GET",
        "https://api.transportforireland.example/realtime/v2/stops/8220DB000334/departures",
    )
    b.ok_json(
        {
            "departures": [
                {
                    "route": r,
                    "due": iso(c),
                    "vehicle": {
                        "lat": rf(c.rng, 53.3, 53.4, 5),
                        "lon": rf(c.rng, -6.3, -6.2, 5),
                        "bearing": c.rng.randint(0, 359),
                    },
                }
                for r in ("46A", "145", "C1")
            ]
        }
    )
    b.decoy("bus departures with vehicle coordinates")
    return b.build()


def news(c: Context) -> Flow:
    b = FB(c, "news", "GET", "https://news.example.ie/api/articles/tech", [("page", "1")])
    b.ok_json(
        {
            "articles": [
                {
                    "id": new_uuid(c.rng),
                    "headline": "Gardaí facial recognition bill: what it means for CCTV",
                    "summary": "The bill would allow face matching on recorded footage.",
                    "readTimeMin": 5,
                },
                {
                    "id": new_uuid(c.rng),
                    "headline": "Most watched shows of the year",
                    "summary": "Top ten box sets by viewing hours.",
                },
            ]
        }
    )
    b.decoy("news about facial recognition and most-watched shows (articles, not data)")
    return b.build()


def fuel_prices(c: Context) -> Flow:
    b = FB(
        c,
        "fuel",
        "GET",
        "https://api.pumps-example.ie/v1/prices",
        [("near", "53.34,-6.26"), ("days", "14")],
    )
    b.ok_json(
        {
            "series": [
                {
                    "t": ms(c) - i * 86400000,
                    "diesel": rf(c.rng, 1.6, 1.8, 3),
                    "petrol": rf(c.rng, 1.7, 1.9, 3),
                }
                for i in range(14)
            ]
        }
    )
    b.decoy("fuel price series")
    return b.build()
