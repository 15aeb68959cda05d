"""The school-bus tracker (a Here Comes the Bus / Edulog-style parent and staff
app): vehicle positions, route polylines, stop ETAs. The buses' GPS units
report their own modem IMEI and serial: district vehicles, so decoys. In-house
format; the field names follow common AVL/telematics feeds (GTFS-realtime
VehiclePosition: vehicle id/label, position latitude/longitude/bearing/speed).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits

from .phone import iso, new, rf, ua

API = "https://api.example-busfinder.com"
AGENT = ua("BusFinder", "2205")


def _pos(c: Context) -> dict:
    r = c.rng
    return {
        "lat": rf(r, 30.50, 30.56, 6),
        "lon": rf(r, -97.72, -97.64, 6),
        "bearing": r.randint(0, 359),
        "speedMph": rf(r, 0, 45, 1),
    }


def vehicles(c: Context) -> Flow:
    r = c.rng
    b = new(
        c, "bus", "GET", f"{API}/v2/districts/example-isd/routes/{r.randint(1, 60)}/vehicles", AGENT
    )
    b.ok_json(
        {
            "vehicles": [
                {
                    "vehicleId": f"BUS-{r.randint(100, 399)}",
                    "label": f"Route {r.randint(1, 60)}",
                    "gpsUnit": {
                        "imei": luhn_complete(new_digits(r, 14, "86")),
                        "serial": "CV" + new_digits(r, 9),
                        "model": "CalAmp LMU-2630",
                    },
                    "position": _pos(c),
                    "updatedAt": iso(c),
                }
                for _ in range(2)
            ]
        }
    )
    b.decoy("school buses' GPS units (IMEI/serial of district vehicles) and positions")
    return b.build()


def route_shape(c: Context) -> Flow:
    r = c.rng
    b = new(c, "bus", "GET", f"{API}/v2/routes/{r.randint(1, 60)}/shape", AGENT)
    lat, lon = 30.52, -97.69
    poly = []
    for _ in range(30):
        lat += r.gauss(0, 0.002)
        lon += r.gauss(0, 0.002)
        poly.append([round(lat, 6), round(lon, 6)])
    b.ok_json(
        {
            "polyline": poly,
            "stops": [{"name": s, "eta": iso(c)} for s in ("Oak & 5th", "Cedar Park Library")],
        }
    )
    b.decoy("bus route polyline coordinates")
    return b.build()


def eta(c: Context) -> Flow:
    r = c.rng
    b = new(c, "bus", "GET", f"{API}/v2/stops/{r.randint(1000, 9999)}/eta", AGENT)
    b.ok_json(
        {
            "arrivals": [
                {
                    "route": r.randint(1, 60),
                    "etaMin": r.randint(1, 25),
                    "delayMin": r.randint(-2, 12),
                }
                for _ in range(3)
            ],
            "alerts": [],
        }
    )
    b.decoy("bus stop arrival times")
    return b.build()


def field_trip(c: Context) -> Flow:
    r = c.rng
    b = new(c, "bus", "POST", f"{API}/v2/trips/requests", AGENT)
    b.json(
        {
            "destination": r.choice(
                ["Bullock Texas State History Museum", "Zilker Botanical Garden"]
            ),
            "date": iso(c)[:10],
            "students": r.randint(20, 60),
            "chaperones": r.randint(2, 6),
            "wheelchairLift": r.random() < 0.2,
        }
    )
    b.ok_json({"requestId": new_digits(r, 8), "status": "pending"})
    b.decoy("field-trip bus request")
    return b.build()
