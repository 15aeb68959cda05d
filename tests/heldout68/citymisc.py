"""Maps, transit and restaurant booking: coordinate lists and bookings, nothing sensitive.

OpenStreetMap raster tiles (tile.openstreetmap.org/{z}/{x}/{y}.png, the OSMF
tile usage policy asks for a real User-Agent); a transit planner (fictional
"Metro+", Google-style encoded polylines, stop ids, vehicle positions of
buses); a restaurant booking app (fictional "MesaLista", Spanish/Italian keys:
comensales, coperti, party size, allergies, a self-declared title).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import CITIES, FB, iso, points, rf, rid, ua


def osm_tile(c: Context) -> Flow:
    z = c.rng.randint(13, 17)
    x, y = c.rng.randint(0, 2**z - 1), c.rng.randint(0, 2**z - 1)
    b = FB(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", ua("MetroPlus", "9.0.1"))
    b.decoy("map tile")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(500))
    return b.build()


def _near(c: Context, city: tuple) -> str:
    lat, lon = city[1], city[2]
    return f"{rf(c.rng, lat - 0.03, lat + 0.03, 5)},{rf(c.rng, lon - 0.03, lon + 0.03, 5)}"


def route(c: Context) -> Flow:
    city = c.rng.choice(CITIES)
    b = FB(c, "metroplus", "GET", "https://api.metroplus-transit.com/v2/plan")
    b.header("user-agent", ua("MetroPlus", "9.0.1"))
    b.param(
        "from",
        _near(c, city),
    )
    b.param(
        "to",
        _near(c, city),
    )
    b.param("modes", "SUBWAY,BUS,WALK")
    poly = "".join(
        c.rng.choice("_@?ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz{|}~`")
        for _ in range(80)
    )
    b.decoy("journey plan: encoded polyline, coordinate lists, stop ids, durations")
    b.ok_json(
        {
            "itineraries": [
                {
                    "durationSec": c.rng.randint(600, 3600),
                    "legs": [
                        {
                            "mode": "SUBWAY",
                            "route": c.rng.choice(["L1", "A", "Q", "N"]),
                            "stopIds": [new_digits(c.rng, 5) for _ in range(4)],
                            "polyline": poly,
                            "coords": points(c.rng, 6, city[1], city[2]),
                        }
                    ],
                }
            ],
            "requestId": rid(c.rng),
        }
    )
    return b.build()


def vehicles(c: Context) -> Flow:
    b = FB(c, "metroplus", "GET", "https://api.metroplus-transit.com/v2/realtime/vehicles")
    b.param("route", c.rng.choice(["64", "40", "M15", "38R"]))
    b.header("user-agent", ua("MetroPlus", "9.0.1"))
    b.decoy("real-time bus positions with the buses' vehicle ids and on-board unit ids")
    b.ok_json(
        {
            "vehicles": [
                {
                    "vehicleId": new_digits(c.rng, 4),
                    "obuId": new_hex(c.rng, 12).upper(),
                    "lat": rf(c.rng, 41.88, 41.92, 6),
                    "lon": rf(c.rng, 12.46, 12.52, 6),
                    "bearing": c.rng.randint(0, 359),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def availability(c: Context) -> Flow:
    b = FB(
        c,
        "mesalista",
        "GET",
        f"https://api.mesalista.com/v1/restaurantes/{new_digits(c.rng, 6)}/disponibilidad",
    )
    b.header("user-agent", ua("MesaLista", "12.4.0"))
    b.param("comensales", str(c.rng.randint(1, 4)))
    b.param("fecha", "2026-11-2" + str(c.rng.randint(0, 9)))
    b.decoy("restaurant availability: time slots and party size")
    b.ok_json({"huecos": [f"{h}:{m:02d}" for h in (20, 21, 22) for m in (0, 30)], "descuento": 30})
    return b.build()


def booking(c: Context) -> Flow:
    b = FB(c, "mesalista", "POST", "https://api.mesalista.com/v1/reservas")
    b.header("user-agent", ua("MesaLista", "12.4.0"))
    b.header("x-request-id", rid(c.rng))
    b.json(
        {
            "restauranteId": new_digits(c.rng, 6),
            "coperti": c.rng.randint(1, 4),
            "ora": "21:00",
            "cliente": {
                "nombre": "Lena M.",
                "tratamiento": "Sra.",
                "telefono": "+39 3" + new_digits(c.rng, 9),
            },
            "allergie": c.rng.choice([[], ["glutine"], ["frutti di mare"]]),
            "nota": "tavolo all'aperto",
        }
    )
    b.decoy("restaurant booking: party size, self-declared title, allergies; no device id")
    b.ok_json({"reservaId": "ML" + new_digits(c.rng, 9), "estado": "CONFIRMADA", "creada": iso(c)})
    return b.build()


def reviews(c: Context) -> Flow:
    b = FB(
        c,
        "mesalista",
        "GET",
        f"https://api.mesalista.com/v1/restaurantes/{new_digits(c.rng, 6)}/opiniones",
    )
    b.header("user-agent", ua("MesaLista", "12.4.0"))
    b.decoy("restaurant reviews page")
    b.ok_json(
        {
            "media": rf(c.rng, 7, 9.6, 1),
            "opiniones": [{"autor": "Marco", "nota": 9, "texto": "Ottimo"}],
        }
    )
    return b.build()
