"""Solaria Airways, the tourist's airline (in-house API, fictional brand).

Everything here looks sensitive and is not: the boarding pass barcode is IATA
BCBP (Resolution 792: format code "M", legs, name, PNR, from/to, flight, Julian
date, class, seat, sequence), the Google Wallet boarding pass follows the
Wallet REST `flightObject` resource (developers.google.com/wallet/reference/rest/
v1/flightobject: passengerName, boardingAndSeatingInfo, reservationInfo,
barcode{type, value}), seat maps carry seat ids, the aircraft's own serial
(MSN) and registration are the airline's, and the in-flight entertainment
catalogue lists running times of titles on offer: browsing, not watching.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, rf, rid, ua

API = "https://api.solariair.com"
ROUTES = [("MAD", "FCO", "SX612"), ("FCO", "JFK", "SX8810"), ("JFK", "SFO", "SX2290")]


def req(c: Context, method: str, path: str) -> FB:
    b = FB(c, "solaria", method, API + path)
    b.header("user-agent", ua("SolariaAir", "8.14.0"))
    b.header("x-request-id", rid(c.rng))
    b.header("accept-language", "es-ES,es;q=0.9,en;q=0.8")
    return b


def _pnr(c: Context) -> str:
    return "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def _bcbp(c: Context, pnr: str, seat: str) -> str:
    dep, arr, flt = c.rng.choice(ROUTES)
    seq = new_digits(c.rng, 4, "0")
    day = c.rng.randint(1, 365)
    return f"M1MARCHETTI/LENA      E{pnr} {dep}{arr}SX {flt[2:]:<5}{day:03d}Y{seat:>4}{seq} 100"


def boarding_pass(c: Context) -> Flow:
    pnr = _pnr(c)
    b = req(c, "GET", f"/v2/checkin/{pnr}/boarding-pass")
    seat = f"{c.rng.randint(3, 38):03d}{c.rng.choice('ABCDEF')}"
    code = _bcbp(c, pnr, seat)
    b.decoy("IATA BCBP boarding-pass barcode (name, PNR, seat, sequence): a ticket, not an id")
    b.ok_json(
        {
            "pnr": pnr,
            "pases": [
                {
                    "barcode": {"type": "AZTEC", "value": code},
                    "asiento": seat.lstrip("0"),
                    "secuencia": code[-7:-4],
                    "puertaEmbarque": "K7",
                    "grupo": c.rng.choice(["1", "2", "3", "4"]),
                    "prioridad": False,
                }
            ],
        }
    )
    return b.build()


def wallet_pass(c: Context) -> Flow:
    pnr = _pnr(c)
    b = FB(
        c,
        "google-wallet",
        "POST",
        "https://walletobjects.googleapis.com/walletobjects/v1/flightObject",
    )
    b.header("user-agent", ua("SolariaAir", "8.14.0"))
    seat = f"{c.rng.randint(3, 38)}{c.rng.choice('ABCDEF')}"
    obj = {
        "id": f"3388000000022{new_digits(c.rng, 6)}.{pnr}-{new_hex(c.rng, 6)}",
        "classId": "3388000000022190213.SX612-2026",
        "state": "ACTIVE",
        "passengerName": "MARCHETTI/LENA",
        "boardingAndSeatingInfo": {
            "boardingGroup": "3",
            "seatNumber": seat,
            "seatClass": "Economy",
            "boardingPosition": str(c.rng.randint(1, 60)),
            "sequenceNumber": str(c.rng.randint(1, 240)),
        },
        "reservationInfo": {
            "confirmationCode": pnr,
            "eticketNumber": "3342" + new_digits(c.rng, 9),
            "frequentFlyerInfo": {"frequentFlyerNumber": "SX" + new_digits(c.rng, 9)},
        },
        "barcode": {"type": "AZTEC", "value": _bcbp(c, pnr, "0" + seat.zfill(3))},
    }
    b.json(obj)
    b.decoy(
        "Google Wallet flightObject: boarding pass barcode and seat, ticket numbers; no device id"
    )
    b.ok_json(obj)
    return b.build()


def seat_map(c: Context) -> Flow:
    dep, arr, flt = c.rng.choice(ROUTES)
    b = req(c, "GET", f"/v1/flights/{flt}/seatmap")
    b.param("fecha", "2026-11-2" + str(c.rng.randint(0, 9)))
    rows = [
        {
            "fila": r,
            "asientos": [
                {
                    "id": f"{r}{s}",
                    "libre": c.rng.random() < 0.4,
                    "precio": rf(c.rng, 9, 45, 2) if r < 12 else 0.0,
                }
                for s in "ABCDEF"
            ],
        }
        for r in range(1, c.rng.randint(8, 14))
    ]
    b.decoy("seat map: seat ids, availability and prices of the cabin")
    b.ok_json(
        {
            "vuelo": flt,
            "origen": dep,
            "destino": arr,
            "aeronave": {
                "tipo": "A321neo",
                "matricula": "EC-N" + c.rng.choice("ABCDEFGH") + c.rng.choice("JKLMN"),
                "msn": str(c.rng.randint(7000, 11999)),
            },
            "filas": rows,
        }
    )
    return b.build()


def flight_status(c: Context) -> Flow:
    dep, arr, flt = c.rng.choice(ROUTES)
    b = req(c, "GET", f"/v1/flights/{flt}/status")
    b.decoy("flight status: the aircraft's registration, MSN serial and ACARS unit: the airline's")
    b.ok_json(
        {
            "flight": flt,
            "from": dep,
            "to": arr,
            "estimatedDeparture": iso(c),
            "gate": "K7",
            "aircraft": {
                "registration": "EC-NVX",
                "serialNumber": str(c.rng.randint(7000, 11999)),
                "acarsUnitId": new_hex(c.rng, 8).upper(),
                "wifi": True,
            },
            "delayMinutes": c.rng.choice([0, 0, 5, 25]),
        }
    )
    return b.build()


def bag_tracking(c: Context) -> Flow:
    tag = "0" + new_digits(c.rng, 3) + "SX" + new_digits(c.rng, 6)
    b = req(c, "GET", f"/v1/bags/{tag}/events")
    b.decoy("baggage tag number and scan events: the bag's licence plate, not a device")
    b.ok_json(
        {
            "tagNumber": tag,
            "rfidTag": new_hex(c.rng, 24).upper(),
            "eventos": [
                {"t": iso(c), "aeropuerto": a, "estado": s}
                for a, s in (("MAD", "CARGADO"), ("FCO", "EN_CINTA"))
            ],
        }
    )
    return b.build()


def checkin(c: Context) -> Flow:
    pnr = _pnr(c)
    b = req(c, "POST", f"/v2/checkin/{pnr}")
    b.json(
        {
            "pasajeros": [
                {
                    "nombre": "LENA",
                    "apellido": "MARCHETTI",
                    "sexo": "F",
                    "fechaNacimiento": "1991-04-17",
                    "nacionalidad": "ITA",
                    "documento": {
                        "tipo": "P",
                        "numero": "YA" + new_digits(c.rng, 7),
                        "caducidad": "2031-02-02",
                    },
                }
            ],
            "aceptaMercanciasPeligrosas": True,
            "canal": "APP",
        }
    )
    b.decoy("APIS check-in: self-declared sex and passport number, no device id or biometrics")
    b.ok_json({"estado": "CHECKED_IN", "pnr": pnr})
    return b.build()
