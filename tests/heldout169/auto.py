"""AutoEnlace: the telematics app of the family's 2022 SUV, on the iPhone.

Remote-start and status calls name the car by its VIN in the path; pairing the
phone registers the telematics module's IMEI, the VIN and the app's IDFV. The
module's keep-alive relayed through the app carries the IMEI base64-encoded
under a one-letter header. Trips (coordinate lists), tyre pressures, fuel
prices and dealer service slots are ordinary traffic.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, ios_ua, iso, ms, rf, rid

API = "https://api.autoenlace.example"
UA = ios_ua("AutoEnlace", "7.1.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "autoenlace", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/vinculacion")
    b.json(
        {
            "vin": b.id("car_vin", where="json vin"),
            "imeiModulo": b.id("tcu_imei", where="json imeiModulo (telematics unit)"),
            "idDispositivo": b.id("idfv_auto", where="json idDispositivo (IDFV)"),
            "correo": b.id("email", where="json correo"),
        }
    )
    b.ok_json({"vinculado": True, "rol": "propietario"})
    return b.build()


def status(c: Context) -> Flow:
    b = FB(c, "autoenlace", "GET", "")
    vin = b.id("car_vin", where="path /vehiculos/{vin}/estado")
    b.base = f"{API}/v2/vehiculos/{vin}/estado"
    b.header("user-agent", UA)
    b.ok_json(
        {
            "combustiblePct": c.rng.randint(10, 100),
            "odometroMi": c.rng.randint(20000, 40000),
            "puertas": "cerradas",
            "llantas": {k: c.rng.randint(32, 36) for k in ("di", "dd", "ti", "td")},
        }
    )
    return b.build()


def remote_start(c: Context) -> Flow:
    b = FB(c, "autoenlace", "POST", "")
    vin = b.id("car_vin", where="path /vehiculos/{vin}/comandos/arranque")
    b.base = f"{API}/v2/vehiculos/{vin}/comandos/arranque"
    b.header("user-agent", UA)
    b.json({"duracionMin": 10, "clima": {"tempF": 68}, "solicitud": rid(c.rng)})
    b.ok_json({"estado": "enviado", "comandoId": new_digits(c.rng, 12)})
    return b.build()


def keepalive(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ka")
    b.header("x-k", b.id("tcu_imei", "b64", "header x-k (base64 IMEI)", detectable=False))
    b.json({"t": ms(c), "s": 1})
    b.no_content()
    return b.build()


def trips(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/viajes?dias=7")
    b.decoy("trip coordinate lists and times")
    b.ok_json(
        {
            "viajes": [
                {
                    "inicio": iso(c),
                    "millas": rf(c.rng, 2, 40, 1),
                    "ruta": [
                        [rf(c.rng, 29.6, 29.9, 5), rf(c.rng, -95.6, -95.2, 5)] for _ in range(20)
                    ],
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def fuel_prices(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/gasolineras?lat=29.76&lng=-95.36")
    b.decoy("fuel price series at nearby stations")
    b.ok_json(
        {
            "estaciones": [
                {"nombre": n, "precio": rf(c.rng, 2.6, 3.3, 3)}
                for n in ("Buc-ee's", "H-E-B", "Shell")
            ]
        }
    )
    return b.build()


def service_slots(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/servicio/citas?distribuidor=TX-0{new_digits(c.rng, 3)}")
    b.ok_json({"citas": [iso(c) for _ in range(5)]})
    return b.build()
