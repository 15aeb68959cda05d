"""Rodando Car Rental (fictional app): the RENTED car's identifiers and telematics.

Hard device-id decoys: the VIN, the telematics unit's IMEI and SIM ICCID, the
car's BLE key-module address all identify a fleet car (a rental, not hers, per
the project's conventions). Telematics fields follow what connected-car fleet
APIs expose (odometer, fuel level, GNSS position, ignition, door locks). Damage
photos of the car are images of a car, not of a face.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, points, rf, rid, ua

API = "https://api.rodando-rent.com"
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "rodando", method, API + path)
    b.header("user-agent", ua("Rodando", "3.9.0"))
    b.header("x-trace-id", rid(c.rng))
    return b


def _vin(c: Context) -> str:
    return "VSS" + "".join(c.rng.choice(VIN_CHARS) for _ in range(14))


def reservation(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/reservations/current")
    b.decoy("rental agreement: the fleet car's VIN and plate, the booking number")
    b.ok_json(
        {
            "reserva": "RD" + new_digits(c.rng, 8),
            "vehiculo": {
                "vin": _vin(c),
                "matricula": new_digits(c.rng, 4)
                + " "
                + "".join(c.rng.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)),
                "modelo": "Cupra Born",
                "color": "gris",
            },
            "recogida": iso(c),
        }
    )
    return b.build()


def telematics(c: Context) -> Flow:
    vin = _vin(c)
    b = _b(c, "GET", f"/v1/vehicles/{vin}/telematics")
    b.decoy("rented car's telematics: VIN, TCU IMEI and ICCID of the fleet car, odometer, GNSS")
    b.ok_json(
        {
            "vin": vin,
            "tcu": {
                "imei": luhn_complete(new_digits(c.rng, 14, "86")),
                "iccid": "8934" + new_digits(c.rng, 15),
                "fw": "TCU-4.1.7",
            },
            "odometerKm": c.rng.randint(8000, 60000),
            "socPct": c.rng.randint(20, 95),
            "gnss": {
                "lat": rf(c.rng, 40.3, 40.5, 6),
                "lon": rf(c.rng, -3.8, -3.6, 6),
                "headingDeg": c.rng.randint(0, 359),
            },
            "doorsLocked": True,
            "ts": iso(c),
        }
    )
    return b.build()


def digital_key(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/keys/unlock")
    b.json(
        {
            "vin": _vin(c),
            "accion": "UNLOCK",
            "bleModule": "C0:98:E5:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3)),
            "rssi": -c.rng.randint(40, 70),
        }
    )
    b.decoy("rental car unlock: the fleet car's VIN and its key-module BLE address")
    b.ok_json({"ok": True, "token": new_hex(c.rng, 40)})
    return b.build()


def trip_track(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/trips/track")
    b.json(
        {
            "vin": _vin(c),
            "puntos": points(c.rng, c.rng.randint(8, 20), 40.42, -3.70),
            "velocidades": [c.rng.randint(0, 110) for _ in range(12)],
            "ts": iso(c),
        }
    )
    b.decoy("rental car GPS track and speed series of the fleet car")
    b.no_content()
    return b.build()


def damage_photos(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/inspections/photos")
    bd = "rodando" + new_hex(c.rng, 12)
    parts = [
        ("meta", None, "application/json", b'{"lado":"delantero_izq","fase":"recogida"}'),
        ("foto", "car_front_left.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32))),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.decoy("damage-inspection photo of the car body (an image, no face)")
    b.ok_json({"inspeccion": "INS" + new_digits(c.rng, 7)}, 201)
    return b.build()
