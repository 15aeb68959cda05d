"""Vlootvolger: the fleet-tracking portal for the lorries' GPS trackers.

Teltonika FMC trackers in each cab report through the vendor-neutral portal with
their IMEI, serial and a position series. Trackers are the company's equipment in
the company's vehicles: their IMEIs are no device identifier of the tester.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import company_imei, havenpos, iso, ms, plate, rf, web

API = "https://portal.vlootvolger.example/api"


def tracker_list(c: Context) -> Flow:
    b = web(c, "vlootvolger", "GET", f"{API}/v1/trackers?groep=trekkers")
    b.decoy("fleet trackers' imei and serial: the company's devices in its lorries")
    rows = []
    for _ in range(c.rng.randint(5, 12)):
        lat, lon = havenpos(c.rng)
        rows.append(
            {
                "imei": company_imei(c.rng),
                "serial": new_digits(c.rng, 10, "1"),
                "model": c.rng.choice(["FMC130", "FMC650", "FMB920"]),
                "kenteken": plate(c.rng),
                "laatste_positie": [lat, lon],
                "ontsteking": c.rng.random() < 0.7,
                "gsm_signaal": c.rng.randint(1, 5),
            }
        )
    b.ok_json({"trackers": rows, "totaal": len(rows)})
    return b.build()


def position_series(c: Context) -> Flow:
    imei = company_imei(c.rng)
    b = web(c, "vlootvolger", "GET", f"{API}/v1/trackers/{imei}/posities?van=-2h")
    b.decoy("a tracker's imei in the path and its position series: company equipment")
    lat, lon = havenpos(c.rng)
    t = ms(c)
    b.ok_json(
        {
            "posities": [
                {
                    "ts": t - (60 - i) * 30000,
                    "lat": round(lat + i * 0.0004, 6),
                    "lon": round(lon + i * 0.0006, 6),
                    "snelheid": c.rng.randint(0, 90),
                    "duur_stilstand_s": 0,
                }
                for i in range(60)
            ]
        }
    )
    return b.build()


def geofence_alerts(c: Context) -> Flow:
    b = web(c, "vlootvolger", "GET", f"{API}/v1/meldingen?type=geofence")
    b.decoy("geofence alerts: plate, zone, time in and out")
    b.ok_json(
        {
            "meldingen": [
                {
                    "kenteken": plate(c.rng),
                    "zone": c.rng.choice(["Maasvlakte 2", "Botlek", "Linkeroever"]),
                    "binnen": iso(c),
                    "verblijfsduur_min": c.rng.randint(5, 240),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def trip_report(c: Context) -> Flow:
    b = web(c, "vlootvolger", "POST", f"{API}/v1/rapporten/ritten")
    b.decoy("trip report: driving times (rijtijden), distance, fuel: not a watch log")
    b.json({"periode": "week", "groep": "trekkers", "formaat": "json"})
    b.ok_json(
        {
            "regels": [
                {
                    "kenteken": plate(c.rng),
                    "rijtijd_min": c.rng.randint(200, 3000),
                    "km": rf(c.rng, 100, 3000, 1),
                    "verbruik_l100": rf(c.rng, 24, 38, 1),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()
