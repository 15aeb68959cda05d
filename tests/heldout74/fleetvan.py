"""The fleet-vehicle app for the company's vans (Samsara).

Endpoints and fields from Samsara's API reference (developers.samsara.com):
GET /fleet/vehicles (id, name, vin, serial of the vehicle gateway, make, model,
licensePlate, externalIds {"samsara.serial", "samsara.vin"}), GET
/fleet/vehicles/stats?types=gps,engineStates,fuelPercents, GET /fleet/drivers,
/fleet/hos/logs. VINs, gateway serials and GPS tracks of company vans are
not the tester's device identifiers: decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, rf

API = "https://api.samsara.com"
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _vin(c: Context) -> str:
    return "WF0" + "".join(c.rng.choice(VIN_CHARS) for _ in range(14))


def _gw(c: Context) -> str:
    return "-".join(new_hex(c.rng, 4).upper() for _ in range(3))


def _b(c: Context, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "samsara", "GET", f"{API}/{path}", params)
    b.header("authorization", "Bearer samsara_api_" + new_hex(c.rng, 30))
    b.header("user-agent", "okhttp/4.12.0")
    return b


def vehicles(c: Context) -> Flow:
    b = _b(c, "fleet/vehicles", [("limit", "50")])
    rows = []
    for i in range(c.rng.randint(4, 10)):
        vin, gw = _vin(c), _gw(c)
        rows.append(
            {
                "id": new_digits(c.rng, 15, "28"),
                "name": f"Van {i + 1:02d}",
                "vin": vin,
                "serial": gw,
                "make": "Ford",
                "model": "Transit Custom",
                "licensePlate": f"{c.rng.randint(191, 242)}-D-{c.rng.randint(1000, 99999)}",
                "externalIds": {"samsara.serial": gw, "samsara.vin": vin},
            }
        )
    b.ok_json({"data": rows, "pagination": {"endCursor": new_hex(c.rng, 20), "hasNextPage": False}})
    b.decoy("company vans: VINs and telematics gateway serials")
    return b.build()


def gps_stats(c: Context) -> Flow:
    b = _b(c, "fleet/vehicles/stats", [("types", "gps,engineStates,fuelPercents")])
    rows = []
    for i in range(c.rng.randint(3, 8)):
        rows.append(
            {
                "id": new_digits(c.rng, 15, "28"),
                "name": f"Van {i + 1:02d}",
                "gps": {
                    "time": iso(c),
                    "latitude": rf(c.rng, 51.8, 54.6, 6),
                    "longitude": rf(c.rng, -9.1, -5.9, 6),
                    "headingDegrees": c.rng.randint(0, 359),
                    "speedMilesPerHour": rf(c.rng, 0, 60, 1),
                },
                "engineState": {"time": iso(c), "value": "On"},
                "fuelPercent": {"time": iso(c), "value": c.rng.randint(10, 100)},
            }
        )
    b.ok_json({"data": rows})
    b.decoy("van positions, engine states, fuel levels")
    return b.build()


def van_history(c: Context) -> Flow:
    b = _b(
        c,
        "fleet/vehicles/stats/history",
        [("types", "gps"), ("vehicleIds", new_digits(c.rng, 15, "28"))],
    )
    pts = [
        {
            "time": iso(c),
            "latitude": rf(c.rng, 53.2, 53.5, 6),
            "longitude": rf(c.rng, -6.4, -6.1, 6),
            "speedMilesPerHour": rf(c.rng, 0, 45, 1),
        }
        for _ in range(30)
    ]
    b.ok_json({"data": [{"gps": pts}]})
    b.decoy("a van's GPS trail: coordinate list with times")
    return b.build()


def drivers(c: Context) -> Flow:
    b = _b(c, "fleet/drivers")
    rows = [
        {
            "id": new_digits(c.rng, 7),
            "name": n,
            "licenseNumber": "IE" + new_digits(c.rng, 9),
            "eldExempt": True,
        }
        for n in ("Seán O'Brien", "Ewa Nowak", "Dara Flynn")
    ]
    b.ok_json({"data": rows})
    b.decoy("driver list with licence numbers")
    return b.build()


def safety_events(c: Context) -> Flow:
    b = _b(c, "fleet/safety-events", [("startTime", iso(c))])
    rows = [
        {
            "id": new_hex(c.rng, 12),
            "behaviorLabels": [{"label": c.rng.choice(["harshBrake", "harshTurn", "speeding"])}],
            "maxAccelerationGForce": rf(c.rng, 0.3, 0.9, 2),
            "vehicle": {"id": new_digits(c.rng, 15, "28")},
        }
        for _ in range(c.rng.randint(1, 5))
    ]
    b.ok_json({"data": rows})
    b.decoy("harsh-driving events from accelerometers (no driver-facing camera analysis)")
    return b.build()
