"""The company truck's telematics and ELD logbook ("FlotaLink", in-house): hours
of service, engine data, the truck's VIN and the ELD unit's serial and BLE MAC.

FMCSA's ELD rule (49 CFR 395 subpart B, appendix A 7.x) names the fields an ELD
records: CMV VIN, ELD registration id, ELD identifier, engine hours, vehicle
miles, duty status events; Motive / Samsara public APIs expose the same
(`vin`, `eld_device{identifier, model}`, `hos_logs`). The VIN, the ELD serial
and its MAC are the employer's fleet, not the courier's: hard decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.flotalink-example.com"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "flotalink", method, API + path)
    b.header("user-agent", ua("FlotaLinkELD", "3.8.0"))
    b.header("x-correlation-id", rid(c.rng))
    return b


def _eld(c: Context) -> dict:
    p = c.phone
    mac = "00:1B:C5:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3))
    return {"serialNumber": p.eld_serial, "model": "PT30", "bleMac": mac, "fw": "4.12.3"}


def hos_event(c: Context) -> Flow:
    b = _b(c, "POST", "/eld/v2/hos/events")
    b.json(
        {
            "vin": c.phone.truck_vin,
            "eldDevice": _eld(c),
            "eldRegistrationId": "A1B2",
            "driver": {"id": c.phone.driver_id, "licenseState": "CA"},
            "event": {
                "type": 1,
                "code": c.rng.randint(1, 4),
                "recordedAt": iso(c),
                "engineHours": rf(c.rng, 8000, 9000, 1),
                "vehicleMiles": c.rng.randint(210000, 260000),
            },
        }
    )
    b.ok_json({"seq": c.rng.randint(1, 65535)})
    b.decoy("ELD duty-status event with the employer truck's VIN and ELD unit serial/BLE MAC")
    return b.build()


def engine_snapshot(c: Context) -> Flow:
    b = _b(c, "POST", "/telematics/v1/snapshots")
    b.json(
        {
            "vehicle": {"vin": c.phone.truck_vin, "plate": c.phone.plate, "unit": "T-214"},
            "gateway": {"serial": c.phone.eld_serial},
            "rpm": [c.rng.randint(650, 2100) for _ in range(30)],
            "fuelPct": rf(c.rng, 10, 95, 1),
            "coolantC": rf(c.rng, 80, 98, 1),
            "ts": ms(c),
        },
        "gzip",
    )
    b.no_content()
    b.decoy("engine RPM series with the fleet truck's VIN, plate and gateway serial")
    return b.build()


def logbook(c: Context) -> Flow:
    b = _b(c, "GET", "/eld/v2/logs")
    b.param("date", "2026-11-30")
    days = [
        {
            "status": c.rng.choice(["OFF", "SB", "D", "ON"]),
            "start": iso(c),
            "minutes": c.rng.randint(15, 300),
        }
        for _ in range(c.rng.randint(4, 10))
    ]
    b.ok_json({"log": days, "cycleRemaining": "52:30", "vin": c.phone.truck_vin})
    b.decoy("hours-of-service log with durations: driving time, not watch time")
    return b.build()


def dvir(c: Context) -> Flow:
    b = _b(c, "POST", "/eld/v2/dvir")
    b.json(
        {
            "vin": c.phone.truck_vin,
            "odometer": c.rng.randint(210000, 260000),
            "defects": c.rng.sample(["luces", "llantas", "frenos", "espejo", "claxon"], 2),
            "safeToOperate": True,
            "firmaMecanico": {"x": [c.rng.randint(0, 300) for _ in range(20)]},
        }
    )
    b.ok_json({"id": rid(c.rng)})
    b.decoy("vehicle inspection report: VIN, odometer, defects, mechanic's signature points")
    return b.build()


def dms_event(c: Context) -> Flow:
    """The cab's driver-facing camera reports the courier's face: his biometric
    data even though the truck and the camera are the employer's."""
    b = _b(c, "POST", "/telematics/v1/dms/eventos")
    pts = [[rf(c.rng, 200, 440, 1), rf(c.rng, 120, 360, 1)] for _ in range(68)]
    b.json(
        {
            "vin": c.phone.truck_vin,
            "tipo": c.rng.choice(["SOMNOLENCIA", "DISTRACCION", "CELULAR"]),
            "rostroConductor": {
                "landmarks": pts,
                "ear": rf(c.rng, 0.1, 0.35, 3),
                "headPose": [rf(c.rng, -30, 30, 1) for _ in range(3)],
            },
            "ts": ms(c),
        }
    )
    b.bio("face_landmarks", "json rostroConductor.landmarks (driver monitoring)")
    b.ok_json({"ok": True})
    b.decoy("the same flow carries the employer truck's VIN (not a device id of the courier)")
    return b.build()
