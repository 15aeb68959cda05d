"""A fleet fuel-card app ("GasFlota", in-house): station search, pump
authorisation and receipts. Card terminals and pumps belong to the station,
the card to the employer: their ids are hard decoys.

Fields follow what fleet-card authorisation prompts ask (WEX / Fleetcor
driver prompts: driver id, odometer, vehicle number, PIN;
https://www.wexinc.com/ fleet card prompts) with Spanglish keys of its own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, coords, iso, rf, rid, ua

API = "https://m.gasflota-example.com"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "gasflota", method, API + path)
    b.header("user-agent", ua("GasFlota", "2.3.1"))
    return b


def stations(c: Context) -> Flow:
    b = _b(c, "GET", "/api/estaciones")
    b.param("lat", "31.7619")
    b.param("lng", "-106.4850")
    pts = coords(c.rng, 10, 31.76, -106.48)
    b.ok_json(
        {
            "estaciones": [
                {
                    "id": new_digits(c.rng, 6),
                    "lat": p[0],
                    "lng": p[1],
                    "precios": {"diesel": rf(c.rng, 3.6, 4.9, 3), "magna": rf(c.rng, 21, 24, 2)},
                }
                for p in pts
            ]
        }
    )
    b.decoy("station list with coordinates and a price series")
    return b.build()


def authorize(c: Context) -> Flow:
    b = _b(c, "POST", "/api/autorizaciones")
    b.json(
        {
            "tarjeta": "****" + c.phone.fuel_card[-4:],
            "bomba": c.rng.randint(1, 16),
            "terminalId": "TID" + new_hex(c.rng, 8).upper(),
            "pumpDeviceSerial": "GLB" + new_digits(c.rng, 9),
            "odometro": c.rng.randint(210000, 260000),
            "unidad": "T-214",
            "choferId": c.phone.driver_id,
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"autorizado": True, "limite": 250.0, "expira": iso(c)})
    b.decoy("station's card terminal id and pump serial (a shop's device, not the courier's)")
    return b.build()


def receipt(c: Context) -> Flow:
    b = _b(c, "GET", f"/api/recibos/{new_digits(c.rng, 10)}")
    b.ok_json(
        {
            "litros": rf(c.rng, 40, 300, 2),
            "total": rf(c.rng, 900, 6000, 2),
            "moneda": c.rng.choice(["MXN", "USD"]),
            "folio": "F" + new_digits(c.rng, 9),
            "uuidCfdi": rid(c.rng).upper(),
        }
    )
    b.decoy("fuel receipt with an invoice UUID (CFDI folio fiscal), not a device id")
    return b.build()
