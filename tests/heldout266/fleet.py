"""FlexCar: a car-sharing fleet (the company's cars and their telematics boxes).

The cars' VINs, the telematics units' IMEIs and serials and the key boxes are
the operator's equipment: no device identifier of the person. Positions,
battery levels, the damage photos of a car's bumper (a "Kamera" step with no
face in it) and the trip invoice are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import B, iso, mk, rf, ua

API = "https://api.flexcar.example"
UA = ua("FlexCar", "5.0.3")


def _b(c: Context, method: str, path: str) -> B:
    return mk(c, "flexcar", method, API + path, UA)


def _car(c: Context) -> dict:
    return {
        "vin": "WVWZZZ" + new_hex(c.rng, 11).upper(),
        "telematik": {
            "imei": luhn_complete("86" + new_digits(c.rng, 12)),
            "serial": "TBX" + new_digits(c.rng, 8),
        },
        "lat": rf(c.rng, 49.58, 49.64),
        "lon": rf(c.rng, 6.10, 6.17),
        "batterie": c.rng.randint(20, 100),
    }


def nearby_cars(c: Context) -> Flow:
    b = _b(c, "GET", f"/v3/autoen?lat={rf(c.rng, 49.6, 49.62)}&lon={rf(c.rng, 6.12, 6.16)}")
    b.decoy("fleet cars with VINs, telematics IMEIs/serials and coordinates (operator's)")
    b.ok_json({"autoen": [_car(c) for _ in range(3)]})
    return b.build()


def unlock(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/rees/start")
    b.decoy("unlock command for a fleet car (its telematics serial)")
    b.json({"auto": "LX-" + new_digits(c.rng, 4), "telematikSerial": "TBX" + new_digits(c.rng, 8)})
    b.ok_json({"opgespaart": True, "zäit": iso(c)})
    return b.build()


def damage_photo(c: Context) -> Flow:
    bnd = "fc" + new_hex(c.rng, 16)
    b = _b(c, "POST", "/v3/schued/foto")
    b.decoy("damage photo of a car (Kamera step, no face)")
    data = multipart(
        bnd,
        [
            ("positioun", None, None, b"hannen-lenks"),
            ("foto", "kamera_schued.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(data, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"schued": "S-" + new_digits(c.rng, 6)})
    return b.build()


def trip_end(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/rees/enn")
    b.decoy("trip end: distance, duration, invoice number, coordinates")
    b.json({"km": rf(c.rng, 2, 40, 1), "minutten": c.rng.randint(8, 90), "lat": 49.61, "lon": 6.13})
    b.ok_json({"rechnung": "FC-" + new_digits(c.rng, 8), "präis": rf(c.rng, 4, 30, 2)})
    return b.build()
