"""ParkLadd: a parking and EV-charging app (phone) used in Sweden, Norway and
Germany. Own backend api.parkladd.eu with German/English key names; AppsFlyer
for attribution (sdks.py). Charger maps, tariffs and session numbers are decoys.
Shared chargers and parking zones are not the family's devices; the car's VIN
is sent when it plugs in (Plug&Charge contract: the family's own car).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from . import sdks
from .phone import FB, iso, rf, rid, ua

API = "https://api.parkladd.eu"


def _b(c: Context, method: str, path: str, params: list | None = None) -> FB:
    b = FB(c, "parkladd", method, API + path, params)
    b.header("user-agent", ua("ParkLadd", "7.3.0"))
    return b


def _install(b: FB) -> None:
    """Only device-bound calls (registration, Plug&Charge) carry the install id."""
    b.header("x-pl-install", b.ctx.phone.park_install)
    b.other_id("park_install", where="header:x-pl-install")


def chargers(c: Context) -> Flow:
    lat, lon = c.rng.choice([(59.33, 18.06), (59.91, 10.75), (52.52, 13.40)])
    b = _b(c, "GET", "/v2/ladepunkte", [("lat", str(lat)), ("lon", str(lon)), ("r", "5000")])
    b.ok_json(
        {
            "ladepunkte": [
                {
                    "evseId": f"SE*NVK*E{c.rng.randint(10**5, 10**6)}",
                    "pos": [
                        rf(c.rng, lat - 0.05, lat + 0.05, 5),
                        rf(c.rng, lon - 0.05, lon + 0.05, 5),
                    ],
                    "kW": c.rng.choice([11, 22, 150]),
                    "preisKwh": rf(c.rng, 0.3, 0.8, 2),
                }
                for _ in range(8)
            ]
        }
    )
    b.decoy("charger map: EVSE ids, coordinate list, prices")
    return b.build()


def start_charge(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/ladevorgang/start")
    _install(b)
    b.json(
        {
            "evseId": f"NO*EVB*E{c.rng.randint(10**5, 10**6)}",
            "fahrzeugVin": b.id("vin", where="json:fahrzeugVin"),
            "vertrag": "DE-PLD-C" + str(c.rng.randint(10**7, 10**8)),
        }
    )
    b.ok_json({"sessionId": rid(c.rng), "start": iso(c)})
    return b.build()


def tariff(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/tarife", [("zone", str(c.rng.randint(1000, 9999)))])
    b.ok_json(
        {
            "preise": [rf(c.rng, 0.5, 4, 2) for _ in range(24)],
            "waehrung": c.rng.choice(["SEK", "NOK", "EUR"]),
        }
    )
    b.decoy("hourly price series")
    return b.build()


def park_start(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/parken/start")
    b.json(
        {
            "zone": str(c.rng.randint(1000, 9999)),
            "kennzeichen": "ABC 12" + str(c.rng.randint(0, 9)),
            "dauerMin": c.rng.choice([30, 60, 120]),
        }
    )
    b.ok_json({"parkvorgang": "P-" + rid(c.rng)[:10].upper(), "ende": iso(c)})
    b.decoy("parking session number, zone code")
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/geraete")
    _install(b)
    b.json(
        {
            "androidId": b.id("aid_park", where="json:androidId"),
            "werbeId": b.id("gaid", where="json:werbeId"),
            "modell": "Pixel 8",
            "push": c.phone.push,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def af_purchase(c: Context) -> Flow:
    return sdks.appsflyer_event(
        c,
        "af_purchase",
        {"af_revenue": rf(c.rng, 2, 40, 2), "af_currency": "EUR", "af_content_type": "parking"},
    )
