"""A street-parking app: in-ground bay sensors, council meter serials, parking
session timers and a device registration that sends the app's IDFV.

Bay sensors and meters are the council's public things (convention: shared or
public things are not device ids). Modelled on AU council parking apps (zone
codes, bay ids, meter numbers on the machine's sticker); in-house key names.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, new, rf, rid, ua

API = "https://api.parkmate.example"
AGENT = ua("ParkMate", "3.3", "331")


def _b(c: Context, method: str, path: str) -> FB:
    b = new(c, "parkmate", method, API + path, AGENT)
    b.header("authorization", "Bearer " + rid(c.rng))
    return b


def _meter(c: Context) -> str:
    return (
        "PM"
        + str(c.rng.randint(10, 99))
        + "-"
        + "".join(c.rng.choice("0123456789ABCDEF") for _ in range(8))
    )


def bays(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/bays")
    b.params += [("lat", str(rf(c.rng, -37.82, -37.80))), ("lng", str(rf(c.rng, 144.95, 144.98)))]
    b.ok_json(
        {
            "bays": [
                {
                    "bayId": str(c.rng.randint(1000, 9999)),
                    "sensorId": "S" + "".join(c.rng.choice("0123456789abcdef") for _ in range(12)),
                    "sensorMac": ":".join(f"{c.rng.getrandbits(8):02x}" for _ in range(6)),
                    "occupied": c.rng.random() < 0.6,
                    "lastChange": iso(c),
                }
                for _ in range(5)
            ]
        }
    )
    b.decoy(
        "council in-ground bay sensor ids and radio MACs (public infrastructure, not the family's)"
    )
    return b.build()


def start_session(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/sessions")
    b.json(
        {
            "zone": str(c.rng.randint(7000, 7999)),
            "meterSerial": _meter(c),
            "plate": "ABC" + str(c.rng.randint(100, 999)),
            "durationMins": c.rng.choice([30, 60, 120]),
            "startAt": iso(c),
        }
    )
    b.ok_json({"sessionId": rid(c.rng), "expiresAt": iso(c), "cost": rf(c.rng, 2, 12, 2)})
    b.decoy("parking session with the street meter's serial (council's meter) and a timer")
    return b.build()


def extend(c: Context) -> Flow:
    b = _b(c, "PATCH", f"/v2/sessions/{rid(c.rng)}")
    b.json({"extendMins": 30, "remainingSecs": c.rng.randint(10, 600)})
    b.ok_json({"expiresAt": iso(c)})
    b.decoy("session timer extension")
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/devices")
    b.json(
        {
            "deviceId": b.id("idfv_park", where="body.deviceId"),
            "platform": "iPadOS",
            "osVersion": "17.4.1",
            "pushEnabled": False,
            "appVersion": "3.3.1",
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def meter_lookup(c: Context) -> Flow:
    m = _meter(c)
    b = _b(c, "GET", f"/v2/meters/{m}")
    b.ok_json(
        {
            "serialNumber": m,
            "firmware": "4.2.1",
            "zone": str(c.rng.randint(7000, 7999)),
            "tariff": [rf(c.rng, 2, 8, 2) for _ in range(6)],
        }
    )
    b.decoy("parking meter lookup by the meter's serial number (public machine)")
    return b.build()
