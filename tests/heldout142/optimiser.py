"""Routeplanner: the route optimiser, its GPS series and the map vendor's matrix.

Long coordinate series (some exactly 68 or 468 points), travel durations and
progress along a polyline: none of it is a face or a watch log.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import havenpos, rf, web


def optimise(c: Context) -> Flow:
    b = web(c, "routeplanner", "POST", "https://planner.havenroute.example/v1/optimaliseer")
    n = c.rng.choice([68, 106, 468, 40])
    b.decoy(f"route optimiser's GPS series of {n} [lat, lon, t] points")
    lat, lon = havenpos(c.rng)
    pts = [[round(lat + i * 0.0002, 6), round(lon + i * 0.0003, 6), i * 15] for i in range(n)]
    b.json({"voertuigen": 6, "stops": [[lat, lon]] * 3, "spoor": pts}, "gzip")
    b.ok_json(
        {"volgorde": c.rng.sample(range(12), 12), "totale_duur_sec": c.rng.randint(3600, 36000)}
    )
    return b.build()


def here_matrix(c: Context) -> Flow:
    b = web(
        c,
        "here",
        "POST",
        f"https://matrix.router.hereapi.com/v8/matrix?apiKey={new_hex(c.rng, 32)}",
    )
    b.decoy("HERE travel-time matrix: origins, destinations, durations; api key")
    origins = [dict(zip(("lat", "lng"), havenpos(c.rng), strict=True)) for _ in range(4)]
    b.json({"origins": origins, "regionDefinition": {"type": "world"}, "profile": "truckFast"})
    b.ok_json(
        {
            "matrix": {
                "numOrigins": 4,
                "numDestinations": 4,
                "travelTimes": [c.rng.randint(300, 5000) for _ in range(16)],
            }
        }
    )
    return b.build()


def progress_polyline(c: Context) -> Flow:
    b = web(
        c,
        "routeplanner",
        "GET",
        f"https://planner.havenroute.example/v1/ritten/{new_hex(c.rng, 8)}/voortgang",
    )
    b.decoy("a route's progress along its polyline (position in km and seconds)")
    b.ok_json(
        {
            "positie_km": rf(c.rng, 0, 250, 2),
            "positie_sec": c.rng.randint(0, 20000),
            "voltooid": rf(c.rng, 0, 1, 3),
            "polyline": new_hex(c.rng, 60),
        }
    )
    return b.build()
