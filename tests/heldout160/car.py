"""Auto: the family car's app (remote lock, trips, telematics modem status).

The car's telematics modem IMEI and the VIN are the household's device ids. An
older endpoint sends the IMEI XOR-5-hex under `x` (an SDK cipher `--known` is
not asked to undo). Trip coordinates, fuel price lists and the in-car camera's
yaw/pitch/roll calibration (not a face) are ordinary look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode

from .phone import FB, iso, ms, rf, rid, ua

API = "https://connect.auto-link.example"
UA = ua("AutoLink", "4.0.9")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "autolink", method, url)
    b.header("user-agent", UA)
    b.header("x-phone-id", b.id("aid_auto", where="header x-phone-id"))
    return b


def vehicle_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/vehicul/stare")
    vin = b.id("car_vin", where="response json vin", direction="response")
    imei = b.id("car_imei", where="response json modem.imei", direction="response")
    b.ok_json(
        {
            "vin": vin,
            "modem": {"imei": imei, "semnal": -c.rng.randint(60, 100)},
            "usiBlocate": True,
            "combustibil_pct": c.rng.randint(10, 100),
        }
    )
    return b.build()


def lock(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/vehicul/comanda")
    b.json({"vin": b.id("car_vin", where="json vin"), "comanda": "BLOCARE", "cerere": rid(c.rng)})
    b.ok_json({"executat": True})
    return b.build()


def legacy_ping(c: Context) -> Flow:
    b = FB(c, "autolink", "POST", f"{API}/t1")
    b.header("user-agent", UA)
    raw = b.id_raw("car_imei", "xor5_hex", "form x (IMEI XOR-5 hex)")
    b.form([("x", encode(raw, "xor5_hex")), ("t", str(ms(c)))])
    b.no_content()
    return b.build()


def trips(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/calatorii?ultimele=5")
    b.decoy("trip start/end coordinates and distances")
    b.ok_json(
        {
            "calatorii": [
                {
                    "start": [rf(c.rng, 46.7, 46.8), rf(c.rng, 23.5, 23.7)],
                    "km": rf(c.rng, 2, 80, 1),
                    "la": iso(c),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def camera_calibration(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/camera/calibrare")
    b.decoy("parking camera yaw/pitch/roll (mounting, not a face)")
    b.json({"yaw": rf(c.rng, -3, 3, 2), "pitch": rf(c.rng, -10, 0, 2), "roll": rf(c.rng, -2, 2, 2)})
    b.no_content()
    return b.build()
