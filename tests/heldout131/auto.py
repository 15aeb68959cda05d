"""Mein Wagen: the connected-car app for the family's VW-like estate.

The app fetches the car's state by VIN, the telematics unit checks in with
its modem IMEI (gzip body, readable keys), and trips come with GPS tracks
and fuel series (look-alikes). Charging stations and a rented car's booking
(not the family's device) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, android_ua, iso, ms, rf, rid

API = "https://api.meinwagen.example"
UA = android_ua("MeinWagen", "3.22.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "meinwagen", method, url)
    b.header("user-agent", UA)
    b.header("x-mw-client", b.id("aid_auto", where="header x-mw-client (ANDROID_ID)"))
    return b


def fahrzeugstatus(c: Context) -> Flow:
    b = _b(c, "GET", API)
    vin = b.id("car_vin", where="path /fahrzeuge/<vin>/status")
    b.base = f"{API}/v2/fahrzeuge/{vin}/status"
    b.ok_json(
        {
            "tankfuellstand": c.rng.randint(5, 100),
            "kilometerstand": c.rng.randint(30000, 90000),
            "verriegelt": True,
            "position": {"lat": rf(c.rng, 50.9, 51.0, 5), "lon": rf(c.rng, 6.9, 7.0, 5)},
        }
    )
    return b.build()


def telematik_checkin(c: Context) -> Flow:
    b = FB(c, "meinwagen-tcu", "POST", "https://tcu.meinwagen.example/v1/checkin")
    b.header("user-agent", "TCU-OCU3/2.1")
    b.json(
        {
            "imei": b.id("car_imei", where="json imei (gzip body)"),
            "fin": b.id("car_vin", where="json fin (Fahrzeug-Identnummer)"),
            "spannung": rf(c.rng, 11.8, 14.4, 2),
            "zeit": ms(c),
        },
        encoding="gzip",
    )
    b.ok_json({"befehle": []})
    return b.build()


def tcu_opaque(c: Context) -> Flow:
    """The modem's keep-alive: its IMEI base64'd under `k`, nothing else named."""
    b = FB(c, "meinwagen-tcu", "POST", "https://tcu.meinwagen.example/k")
    b.header("user-agent", "TCU-OCU3/2.1")
    b.json({"k": b.id("car_imei", "b64", "json k (base64 IMEI)", detectable=False), "s": 1})
    b.no_content()
    return b.build()


def fahrten(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/fahrten?seit={iso(c)[:10]}")
    b.decoy("trip log with GPS track and fuel series (location, not a category here)")
    b.ok_json(
        {
            "fahrten": [
                {
                    "start": iso(c),
                    "km": rf(c.rng, 2, 80, 1),
                    "spur": [[rf(c.rng, 50.8, 51.1, 5), rf(c.rng, 6.8, 7.1, 5)] for _ in range(8)],
                    "verbrauch": [rf(c.rng, 4, 9, 1) for _ in range(8)],
                }
            ]
        }
    )
    return b.build()


def ladestationen(c: Context) -> Flow:
    b = FB(c, "meinwagen", "GET", f"{API}/v2/poi/ladestationen?lat=50.94&lon=6.96&radius=5")
    b.header("user-agent", UA)
    b.ok_json({"stationen": [{"betreiber": "RheinEnergie", "kw": 22, "frei": c.rng.randint(0, 4)}]})
    return b.build()


def mietwagen(c: Context) -> Flow:
    b = FB(c, "meinwagen", "POST", f"{API}/v2/carsharing/buchung")
    b.header("user-agent", UA)
    b.decoy("a car-sharing car's VIN and key-fob id: not the family's device")
    b.json(
        {
            "fahrzeugFin": "WMWXU71060T" + str(c.rng.randint(100000, 999999)),
            "schluesselId": b64(rid(c.rng)),
            "von": iso(c),
        }
    )
    b.ok_json({"buchungsnr": "CS-" + str(c.rng.randint(10**6, 10**7))})
    return b.build()
