"""The family's connected car (a fictional Xəzər Motors brand) and its telematics unit.

The telematics unit (TCU) registers with its modem IMEI and the car's VIN; its
status reports go to `/vehicles/{VIN}/status`; a compact CAN-data upload is
protobuf with the IMEI in an unnamed field. The owner's app on the father's
phone sends remote commands (door lock, climate) with command ids, lists
nearby fuel stations and shows past trips as coordinate lists: commands,
places and routes, not a device identifier of the family's devices.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_double, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

TCU = "https://tcu.xezermotors.example"
APP = "https://app-api.xezermotors.example"
TCU_UA = "XM-TCU/3.2.11 (Quectel AG35)"
BAKU = (40.4093, 49.8671)


def _tcu(c: Context, method: str, url: str) -> FB:
    b = FB(c, "xezermotors-tcu", method, url)
    b.header("user-agent", TCU_UA)
    return b


def _app(c: Context, method: str, url: str) -> FB:
    b = FB(c, "xezermotors-app", method, url)
    b.header("user-agent", ua("XezerMotors", "1.9.0", "ata"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _pt(c: Context) -> list[float]:
    return [rf(c.rng, BAKU[0] - 0.05, BAKU[0] + 0.05, 5), rf(c.rng, 49.8, 49.95, 5)]


def tcu_register(c: Context) -> Flow:
    b = _tcu(c, "POST", f"{TCU}/v1/tcu/register")
    b.json(
        {
            "imei": b.id("car_imei", where="json imei"),
            "vin": b.id("car_vin", where="json vin"),
            "fw": "3.2.11",
            "iccidMasked": "8999401" + "*" * 12,
        }
    )
    b.ok_json({"registered": True, "owner": b.acct("car_owner")})
    return b.build()


def tcu_status(c: Context) -> Flow:
    b = _tcu(c, "POST", f"{TCU}/v1/vehicles/{c.phone.car_vin}/status")
    b.id("car_vin", where="url path /vehicles/{vin}/status")
    b.json(
        {
            "odometerKm": c.rng.randint(20000, 90000),
            "fuelPct": c.rng.randint(5, 100),
            "ignition": c.rng.random() < 0.5,
            "position": _pt(c),
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def tcu_can_protobuf(c: Context) -> Flow:
    b = _tcu(c, "POST", f"{TCU}/v2/c")
    imei = b.id("car_imei", "protobuf", "protobuf field 1", detectable=False)
    lat, lon = _pt(c)
    body = (
        pb_bytes(1, imei)
        + pb_varint(2, ms(c))
        + pb_double(3, lat)
        + pb_double(4, lon)
        + pb_varint(5, c.rng.randint(0, 140))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def remote_command(c: Context) -> Flow:
    b = _app(c, "POST", f"{APP}/v1/komanda")
    b.decoy("remote command id (uuid) and a command")
    b.json({"komandaId": rid(c.rng), "emr": c.rng.choice(["qapilari_bagla", "kondisioner_ac"])})
    b.ok_json({"status": "gonderildi"})
    return b.build()


def fuel_stations(c: Context) -> Flow:
    lat, lon = _pt(c)
    b = _app(c, "GET", f"{APP}/v1/yanacaq-mentegeleri?lat={lat}&lon={lon}")
    b.decoy("list of stations with coordinates (places, not the car)")
    b.ok_json(
        {
            "menteqeler": [
                {"ad": n, "koordinat": _pt(c), "qiymet": {"AI-92": 1.0, "AI-95": 1.7}}
                for n in ("SOCAR 14", "Azpetrol 31", "Lukoil 7")
            ]
        }
    )
    return b.build()


def trips(c: Context) -> Flow:
    b = _app(c, "GET", f"{APP}/v1/seferler?son=5")
    b.decoy("trip routes as coordinate lists (location, not a device id)")
    b.ok_json(
        {
            "seferler": [
                {"seferId": rid(c.rng), "km": rf(c.rng, 2, 60, 1), "iz": [_pt(c) for _ in range(6)]}
                for _ in range(3)
            ]
        }
    )
    return b.build()
