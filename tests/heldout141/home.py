"""The household's other things: a video doorbell and the family car's companion app.

The doorbell app registers the bell (serial, Wi-Fi MAC) and lists motion events;
package and person detections carry boxes but no face data (the bell has no
facial recognition). The car app (a 2023 SUV) polls the vehicle status: the
telematics unit's IMEI names the car's modem, a household device. The VIN names
the vehicle on its title and registration rather than a device the issue lists,
so it is a decoy (a choice). Trip summaries with coordinates are look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, ios_ua, iso, ms, rf, rid

BELL = "https://api.porchguard.example"
CAR = "https://connect.example-motors.com"
UA_BELL = ios_ua("PorchGuard", "5.71.0")
UA_CAR = ios_ua("MyMotors", "4.2.1")


def _bell(c: Context, method: str, url: str) -> FB:
    b = FB(c, "porchguard", method, url)
    b.header("user-agent", UA_BELL)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def bell_register(c: Context) -> Flow:
    b = _bell(c, "POST", f"{BELL}/clients_api/doorbots")
    b.json(
        {
            "doorbot": {
                "device_id": b.id("bell_serial", where="json doorbot.device_id (serial)"),
                "mac_address": b.id("bell_mac", where="json doorbot.mac_address"),
                "kind": "doorbell_v4",
                "description": "Front Door",
                "time_zone": "America/New_York",
            }
        }
    )
    b.ok_json({"id": c.rng.randint(10**8, 10**9), "firmware_version": "cam-1.24.3"})
    return b.build()


def bell_health(c: Context) -> Flow:
    b = _bell(c, "GET", f"{BELL}/clients_api/doorbots/health")
    ser = b.id("bell_serial", where="response json device_health.serial", direction="response")
    b.ok_json(
        {
            "device_health": {
                "serial": ser,
                "battery_percentage": c.rng.randint(20, 100),
                "rssi": -c.rng.randint(40, 80),
                "latest_signal_strength": "good",
            }
        }
    )
    return b.build()


def motion_events(c: Context) -> Flow:
    b = _bell(c, "GET", f"{BELL}/clients_api/dings/active")
    b.decoy("motion events with person/package boxes (no face recognition)")
    b.ok_json(
        {
            "dings": [
                {
                    "id": c.rng.randint(10**17, 10**18),
                    "kind": k,
                    "created_at": iso(c),
                    "cv_properties": {
                        "detection_type": k,
                        "box": [rf(c.rng, 0, 1, 3) for _ in range(4)],
                    },
                }
                for k in ("motion", "package", "human")
            ]
        }
    )
    return b.build()


def snapshot(c: Context) -> Flow:
    b = _bell(c, "GET", f"{BELL}/clients_api/snapshots/image/{c.rng.randint(10**8, 10**9)}")
    b.decoy("porch snapshot image (a camera frame, not sent to face matching)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700))
    return b.build()


def vehicle_status(c: Context) -> Flow:
    b = FB(c, "mymotors", "GET", f"{CAR}/api/v3/vehicles/status")
    b.header("user-agent", UA_CAR)
    b.header("x-tcu-imei", b.id("car_imei", where="header x-tcu-imei (the car's modem)"))
    b.decoy("VIN of the family car: a vehicle registration number, not labelled a device id")
    b.ok_json(
        {
            "vin": "1FMSK8DH4PGA" + str(c.rng.randint(10000, 99999)),
            "odometerMi": c.rng.randint(8000, 30000),
            "fuelPercent": c.rng.randint(5, 100),
            "lat": rf(c.rng, 39.9, 40.1, 5),
            "lon": -rf(c.rng, 82.8, 83.1, 5),
            "doorsLocked": True,
        }
    )
    return b.build()


def vehicle_telemetry_opaque(c: Context) -> Flow:
    b = FB(c, "mymotors", "POST", f"{CAR}/t")
    b.header("user-agent", UA_CAR)
    b.json(
        {
            "a": b.id("car_imei", "sha1", "json a (sha1 of TCU IMEI)", detectable=False),
            "b": ms(c),
            "c": c.rng.randint(0, 9),
        }
    )
    b.no_content()
    return b.build()


def trip_summary(c: Context) -> Flow:
    b = FB(c, "mymotors", "GET", f"{CAR}/api/v3/trips?limit=5")
    b.header("user-agent", UA_CAR)
    b.decoy("trip coordinates and speeds")
    b.ok_json(
        {
            "trips": [
                {
                    "start": [rf(c.rng, 39.9, 40.1, 4), -rf(c.rng, 82.8, 83.1, 4)],
                    "miles": rf(c.rng, 1, 40, 1),
                    "avgMph": rf(c.rng, 15, 60, 1),
                    "startedAt": iso(c),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()
