"""The son's connected car in Turin (a Dacia-class EV) and its companion app
(a fictional AutoConect backend) on the Pixel 8.

The telematics unit reports to the backend with its IMEI and the car's VIN
(the car's serial); the app fetches the vehicle's state by VIN in the path
(`/vehicule/{vin}/stare`), as vehicle APIs do, and sends remote commands. The
trip log carries GPS coordinate lists and the charging sessions carry
kWh; neither is a device identifier. An older unit posts its heartbeat keyed
by a SHA-256 of the IMEI.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.autoconect.example"
TCU = "https://tcu.autoconect.example"
UA = ua("AutoConect", "3.1.4", "fiul")
TORINO = (45.07, 7.69)


def _app(c: Context, method: str, url: str) -> FB:
    b = FB(c, "autoconect", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("x-android-id", b.id("aid_auto", where="header x-android-id"))
    return b


def _tcu(c: Context, method: str, url: str) -> FB:
    b = FB(c, "autoconect-tcu", method, url, http_version="HTTP/1.1")
    b.header("user-agent", "tcu-agent/4.2")
    return b


def tcu_login(c: Context) -> Flow:
    b = _tcu(c, "POST", f"{TCU}/v1/tcu/autentificare")
    b.json(
        {
            "imei": b.id("auto_imei", where="json imei"),
            "vin": b.id("auto_vin", where="json vin"),
            "iccid": "8940" + "".join(str(c.rng.randint(0, 9)) for _ in range(15)),
            "firmware": "TCU-R4.2.11",
        }
    )
    b.decoy("SIM ICCID of the telematics unit's operator profile (operator's SIM)")
    b.ok_json({"token": new_hex(c.rng, 40), "interval": 60})
    return b.build()


def tcu_telemetrie(c: Context) -> Flow:
    b = _tcu(c, "POST", f"{TCU}/v1/telemetrie")
    b.header("x-tcu-imei", b.id("auto_imei", where="header x-tcu-imei"))
    b.json(
        {
            "soc": c.rng.randint(10, 100),
            "autonomieKm": c.rng.randint(20, 220),
            "odometru": c.rng.randint(1000, 40000),
            "pozitie": {"lat": rf(c.rng, 45.0, 45.1), "lon": rf(c.rng, 7.6, 7.7)},
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def tcu_opac(c: Context) -> Flow:
    b = _tcu(c, "POST", f"{TCU}/h")
    b.json(
        {
            "k": b.id("auto_imei", "sha256", "json k", detectable=False),
            "s": c.rng.randint(0, 9),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def stare_vehicul(c: Context) -> Flow:
    b = _app(c, "GET", API)
    vin = b.id("auto_vin", where="path /vehicule/{vin}/stare")
    b.base += f"/v2/vehicule/{vin}/stare"
    b.ok_json(
        {
            "baterie": c.rng.randint(10, 100),
            "incuiat": c.rng.random() < 0.8,
            "climatizare": False,
            "actualizat": iso(c),
        }
    )
    return b.build()


def comanda(c: Context) -> Flow:
    b = _app(c, "POST", API)
    vin = b.id("auto_vin", where="path /vehicule/{vin}/comenzi")
    b.base += f"/v2/vehicule/{vin}/comenzi"
    b.json({"comanda": c.rng.choice(["incuiere", "climatizare", "claxon"]), "cerereId": rid(c.rng)})
    b.ok_json({"stare": "TRIMISA"})
    return b.build()


def calatorii(c: Context) -> Flow:
    b = FB(c, "autoconect", "GET", f"{API}/v2/calatorii?luna=2025-01")
    b.header("user-agent", UA)
    b.decoy("trip log with GPS coordinate lists")
    lat, lon = TORINO
    b.ok_json(
        {
            "calatorii": [
                {
                    "id": rid(c.rng)[:8],
                    "km": rf(c.rng, 2, 40, 1),
                    "traseu": [
                        [rf(c.rng, lat - 0.05, lat + 0.05), rf(c.rng, lon - 0.05, lon + 0.05)]
                        for _ in range(6)
                    ],
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def incarcari(c: Context) -> Flow:
    b = FB(c, "autoconect", "GET", f"{API}/v2/incarcari?pagina=1")
    b.header("user-agent", UA)
    b.decoy("charging sessions with station ids (the operator's equipment)")
    b.ok_json(
        {
            "sesiuni": [
                {
                    "statie": f"IT*A2A*E{c.rng.randint(10000, 99999)}",
                    "kWh": rf(c.rng, 5, 40, 1),
                    "inceput": iso(c),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()
