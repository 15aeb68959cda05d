"""The district's school-bus tracking: the contractor's vehicle GPS units (their IMEI
and position) and stop times. The units are the bus operator's equipment, not the
technician's: decoys. HSL's Digitransit API gives the public-transport legs.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits

from .phone import FB, iso, ms, rf, ua

API = "https://api.koulukyyti.example"
PLATES = ["KLM", "XYT", "BUS"]


def vehicles(c: Context) -> Flow:
    b = FB(c, "koulukyyti", "GET", f"{API}/v1/ajoneuvot?reitti=E{c.rng.randint(1, 40)}")
    b.header("user-agent", ua("Koulukyyti", "1.9.0"))
    b.decoy("school buses' GPS units: gps_yksikko.imei is the operator's tracker, not the tester's")
    b.ok_json(
        {
            "ajoneuvot": [
                {
                    "rekisterinumero": f"{c.rng.choice(PLATES)}-{c.rng.randint(100, 999)}",
                    "gps_yksikko": {
                        "imei": luhn_complete(new_digits(c.rng, 14, "35")),
                        "malli": "Teltonika FMB920",
                    },
                    "sijainti": {
                        "lat": rf(c.rng, 60.15, 60.25, 5),
                        "lon": rf(c.rng, 24.6, 25.1, 5),
                    },
                    "nopeus_kmh": c.rng.randint(0, 60),
                    "paivitetty": iso(c),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        }
    )
    return b.build()


def stop_eta(c: Context) -> Flow:
    b = FB(c, "koulukyyti", "GET", f"{API}/v1/pysakit/{c.rng.randint(1000, 9999)}/saapumiset")
    b.header("user-agent", ua("Koulukyyti", "1.9.0"))
    b.decoy("stop arrival times with coordinates")
    b.ok_json(
        {
            "saapumiset": [
                {
                    "linja": f"E{c.rng.randint(1, 40)}",
                    "arvio": ms(c) + c.rng.randint(60, 900) * 1000,
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def digitransit(c: Context) -> Flow:
    b = FB(c, "digitransit", "POST", "https://api.digitransit.fi/routing/v2/hsl/gtfs/v1")
    b.header("user-agent", ua("Koulukyyti", "1.9.0"))
    b.header("digitransit-subscription-key", "a" + str(c.rng.randint(10**30, 10**31)))
    b.decoy("journey planning query with coordinates")
    lat, lon = rf(c.rng, 60.15, 60.25, 4), rf(c.rng, 24.6, 25.1, 4)
    plan = f"plan(from:{{lat:{lat},lon:{lon}}},to:{{lat:60.1699,lon:24.9384}})"
    q = "{" + plan + "{itineraries{duration}}}"
    b.json({"query": q})
    b.ok_json({"data": {"plan": {"itineraries": [{"duration": c.rng.randint(600, 3600)}]}}})
    return b.build()
