"""MiaAuto: the connected-car app of the family's car.

The car's telematics box is identified by its modem IMEI and the VIN; the
infotainment reports the radio stations and streaming played in the car
(`ascolti_autoradio[]`: `sorgente`, `emittente`, `durata_s`). Trips, charging
points and a car-sharing car's plate (not the family's) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, bearer, iso, ms, rf, rid, ua

API = "https://connect.miaauto.example"
UA = ua("MiaAuto", "2.21.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "miaauto", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    return b


def stato_veicolo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/veicoli/stato")
    vin = b.id("car_vin", where="response json telaio (VIN)", direction="response")
    imei = b.id("car_imei", where="response json imei_telematica", direction="response")
    b.ok_json(
        {
            "telaio": vin,
            "imei_telematica": imei,
            "carburante_pct": c.rng.randint(5, 100),
            "km": c.rng.randint(10000, 90000),
            "porte_chiuse": True,
        }
    )
    return b.build()


def comando(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/veicoli/comandi")
    b.json(
        {
            "vin": b.id("car_vin", where="json vin"),
            "comando": c.rng.choice(["chiudi_porte", "clima_on", "lampeggia"]),
            "richiesta": rid(c.rng),
        }
    )
    b.ok_json({"esito": "inviato"})
    return b.build()


def ascolti_autoradio(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/infotainment/ascolti")
    b.view("json ascolti_autoradio[].durata_s")
    b.json(
        {
            "imei": b.id("car_imei", where="json imei"),
            "ascolti_autoradio": [
                {
                    "sorgente": c.rng.choice(["FM", "DAB", "bluetooth"]),
                    "emittente": c.rng.choice(["Radio Marte", "RTL 102.5", "Radio Kiss Kiss"]),
                    "inizio": iso(c),
                    "durata_s": c.rng.randint(60, 2400),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.no_content()
    return b.build()


def viaggi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/viaggi?ultimi=5")
    b.decoy("trip list with coordinates")
    b.ok_json(
        {
            "viaggi": [
                {
                    "partenza": [rf(c.rng, 40.8, 45.5, 4), rf(c.rng, 9.1, 14.3, 4)],
                    "arrivo": [rf(c.rng, 40.8, 45.5, 4), rf(c.rng, 9.1, 14.3, 4)],
                    "km": rf(c.rng, 2, 780, 1),
                    "fine": iso(c),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def car_sharing(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/condivisa/prenota")
    b.decoy("car-sharing vehicle id and plate (a rented shared car, not the family's device)")
    b.json({"idVeicolo": f"CS-{c.rng.randint(10**5, 10**6)}", "targa": "GH123XY", "t": ms(c)})
    b.ok_json({"prenotazione": rid(c.rng), "scadenza_min": 15})
    return b.build()
