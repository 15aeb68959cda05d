"""Avto Kavshiri: the telematics app of the family car (a hybrid bought in Batumi).

The car's telematics unit (TCU) reports through the maker's cloud with its modem IMEI
and the VIN; the app registers itself with its ANDROID_ID. Trips (GPS points, fuel,
speed series), remote lock commands and service reminders are ordinary data. The
drowsiness warning reports a blink rate and eyelid closure from the driver camera:
measurements of the driver's face, so biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://telematics.example-motors.example"
UA = ua("AvtoKavshiri", "2.9.3")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "car", method, url)
    b.header("user-agent", UA)
    b.header("x-app-device", b.id("aid_car", where="header x-app-device"))
    return b


def vehicle_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/vehicles/status")
    vin = b.id("vin", where="response json vehicle.vin", direction="response")
    imei = b.id("tcu_imei", where="response json vehicle.tcu.imei", direction="response")
    b.ok_json(
        {
            "vehicle": {
                "vin": vin,
                "tcu": {"imei": imei, "fw": "TCU-5.2.1"},
                "fuel": c.rng.randint(5, 100),
                "locked": c.rng.random() < 0.7,
                "odometerKm": c.rng.randint(10000, 90000),
            }
        }
    )
    return b.build()


def tcu_report(c: Context) -> Flow:
    b = FB(c, "car-tcu", "POST", f"{API}/tcu/v2/report", http_version="HTTP/1.1")
    b.header("user-agent", "TCU/5.2.1")
    b.header("x-tcu-imei", b.id("tcu_imei", where="header x-tcu-imei"))
    b.json(
        {
            "vin": b.id("vin", where="json vin"),
            "pos": [rf(c.rng, 41.6, 41.75, 5), rf(c.rng, 41.6, 44.9, 5)],
            "speed": [c.rng.randint(0, 90) for _ in range(10)],
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def trip_summary(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trips?limit=5")
    b.decoy("trip routes: coordinates, distances and fuel series")
    b.ok_json(
        {
            "trips": [
                {
                    "from": [rf(c.rng, 41.6, 41.75, 4), rf(c.rng, 41.6, 44.9, 4)],
                    "to": [rf(c.rng, 41.6, 41.75, 4), rf(c.rng, 41.6, 44.9, 4)],
                    "km": rf(c.rng, 2, 380, 1),
                    "fuelL": rf(c.rng, 0.2, 25, 1),
                    "start": iso(c),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def remote_lock(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/vehicles/commands")
    b.json({"command": c.rng.choice(["LOCK", "UNLOCK", "CLIMATE_ON"]), "requestId": rid(c.rng)})
    b.ok_json({"status": "QUEUED"})
    return b.build()


def drowsiness(c: Context) -> Flow:
    b = FB(c, "car-tcu", "POST", f"{API}/tcu/v2/dms/event", http_version="HTTP/1.1")
    b.header("user-agent", "TCU/5.2.1")
    b.header("x-tcu-imei", b.id("tcu_imei", where="header x-tcu-imei"))
    b.bio("face_attributes", "json driverFace.eyeClosure/blinkRate/gaze (driver camera)")
    b.json(
        {
            "event": "DROWSINESS_WARNING",
            "driverFace": {
                "eyeClosureLeft": rf(c.rng, 0.3, 1, 2),
                "eyeClosureRight": rf(c.rng, 0.3, 1, 2),
                "blinkRatePerMin": c.rng.randint(8, 40),
                "gazeYaw": rf(c.rng, -20, 20, 2),
                "headPitch": rf(c.rng, -25, 5, 2),
            },
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()
