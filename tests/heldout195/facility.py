"""Ops360: the building's sensors and machines on one dashboard: laundry
machines, gym equipment, elevator telemetry, unit thermostats and water-leak
sensors, and the lobby and garage cameras.

Everything here is the building's (the employer's) equipment: its serials, MACs
and gateway ids are no device id of the tester's. Camera analytics detect
people counts and read licence plates (OCR boxes), not faces; gym machines
report workout speed and heart rate without any face or voice; elevator car
position series and thermostat set points look like sensor series only.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, building_mac, building_serial, iso, ms, rf, rid, ua

API = "https://api.ops360.example"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ops360", method, url)
    b.header("user-agent", ua("Ops360", "11.3.1"))
    b.header("x-tenant", "harbourline")
    return b


def laundry(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/laundry/rooms/P1/machines")
    b.decoy("washer / dryer serials and card-reader MACs of the building")
    b.ok_json(
        {
            "machines": [
                {
                    "machineSerial": building_serial(c.rng, "SQ"),
                    "readerMac": building_mac(c.rng),
                    "type": c.rng.choice(["washer", "dryer"]),
                    "state": c.rng.choice(["idle", "running", "out_of_order"]),
                    "minutesLeft": c.rng.randint(0, 55),
                    "revenueTodayCad": rf(c.rng, 0, 80, 2),
                }
                for _ in range(10)
            ]
        }
    )
    return b.build()


def gym(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/gym/equipment/usage?day=today")
    b.decoy("gym machines' serials and anonymous session stats (no face, no voice)")
    b.ok_json(
        {
            "equipment": [
                {
                    "assetTag": building_serial(c.rng, "TM"),
                    "kind": c.rng.choice(["treadmill", "elliptical", "bike", "rower"]),
                    "sessions": c.rng.randint(0, 14),
                    "avgHeartRate": c.rng.randint(95, 150),
                    "avgSpeedKmh": rf(c.rng, 4, 14, 1),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def elevator(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/elevators/telemetry/query")
    b.decoy("car position / door cycles series of the building's elevators")
    b.json({"car": c.rng.choice(["E1", "E2", "FREIGHT"]), "from": ms(c) - 600000, "to": ms(c)})
    b.ok_json(
        {
            "controllerId": building_serial(c.rng, "OT"),
            "series": [
                {
                    "t": ms(c) - i * 10000,
                    "floor": c.rng.randint(-2, 31),
                    "doorOpen": c.rng.random() < 0.2,
                }
                for i in range(30)
            ],
            "faultCodes": c.rng.choice([[], ["DOOR_REOPEN_LIMIT"], ["LEVELING_0.8cm"]]),
        }
    )
    return b.build()


def thermostats(c: Context) -> Flow:
    floor = c.rng.randint(2, 31)
    b = _b(c, "GET", f"{API}/hvac/floors/{floor}/thermostats")
    b.decoy("unit thermostats' MACs (building-owned) and set points")
    b.ok_json(
        {
            "thermostats": [
                {
                    "unit": f"{floor}{u:02d}",
                    "mac": building_mac(c.rng),
                    "setpointC": rf(c.rng, 19, 24, 1),
                    "ambientC": rf(c.rng, 18, 26, 1),
                    "mode": c.rng.choice(["heat", "cool", "off"]),
                }
                for u in range(1, 11)
            ]
        }
    )
    return b.build()


def leak_alert(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/leaks/alerts/{rid(c.rng)}/ack")
    b.decoy("leak sensor serial and gateway EUI (building-owned)")
    b.json(
        {
            "sensorSerial": building_serial(c.rng, "LK"),
            "gatewayEui": building_mac(c.rng).replace(":", "") + "FFFE",
            "unit": f"{c.rng.randint(2, 31)}{c.rng.randint(1, 12):02d}",
            "location": c.rng.choice(["under_sink", "laundry_closet", "water_heater"]),
            "acknowledgedAt": iso(c),
        }
    )
    b.ok_json({"ticket": f"WO-{c.rng.randint(10000, 99999)}"})
    return b.build()


def camera_analytics(c: Context) -> Flow:
    cam = c.rng.choice(["lobby-1", "lobby-2", "garage-p1", "garage-p2"])
    b = _b(c, "GET", f"{API}/video/cameras/{cam}/analytics?window=1h")
    b.decoy("people counts and licence-plate OCR boxes: not faces")
    b.ok_json(
        {
            "cameraSerial": building_serial(c.rng, "AX"),
            "peopleCount": c.rng.randint(0, 80),
            "plates": [
                {
                    "text": f"{c.rng.choice(['CK', 'BX', 'DR'])}{c.rng.choice('ABCDEFGH')}"
                    f"{c.rng.randint(100, 999)}",
                    "box": [c.rng.randint(0, 1200) for _ in range(4)],
                    "ocrConfidence": rf(c.rng, 0.6, 0.99, 2),
                }
                for _ in range(c.rng.randint(0, 4))
            ],
        }
    )
    return b.build()


def camera_snapshot(c: Context) -> Flow:
    cam = c.rng.choice(["lobby-1", "garage-p1", "garage-p2", "loading-dock"])
    b = _b(c, "GET", f"{API}/video/cameras/{cam}/snapshot.jpg?ts={ms(c)}")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1200))
    return b.build()


def clip_export(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/video/exports")
    b.decoy("incident clip export: camera time range, not a viewing report")
    b.json(
        {
            "camera": c.rng.choice(["garage-p1", "lobby-2"]),
            "startMs": ms(c) - 7200000,
            "endMs": ms(c) - 7000000,
            "reason": "insurance_claim_vehicle_scratch",
        }
    )
    b.ok_json({"exportId": rid(c.rng), "status": "QUEUED"})
    return b.build()
