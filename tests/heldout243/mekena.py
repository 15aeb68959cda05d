"""Voyager Connect: the son's connected car in Glendale and its companion app
on his Pixel 8 (a fictional US maker; the app and the car's telematics unit use
English keys).

The app registers with the car's VIN, its ANDROID_ID and its own install id,
and polls the vehicle status by VIN. The telematics control unit (TCU, a
cellular modem with its own IMEI) checks in with `imei` and `vin`, and streams
its CAN-derived telemetry as protobuf without field names (the IMEI in field 1).
The app's analytics ping carries a SHA-256 of the VIN under a one-letter
header. A trip summary with its route polyline (coordinates), remote lock
commands, charging stations and the dealer's service booking (the workshop's
diagnostic scanner serial: the dealer's equipment, not the family's) are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.voyagerconnect.example"
TCU = "https://tcu.voyagerconnect.example"
UA = ua("VoyagerConnect", "8.14.0", "tgha")
GLENDALE = (34.1425, -118.2551)


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "voyager-app", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _tcu(c: Context, url: str) -> FB:
    b = FB(c, "voyager-tcu", "POST", url, http_version="HTTP/1.1")
    b.header("user-agent", "VCTCU/3.2.7 (LTE-M)")
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/devices/register")
    b.json(
        {
            "vin": b.id("car_vin", where="json vin"),
            "androidId": b.id("aid_car", where="json androidId"),
            "appInstallId": b.id("car_install", where="json appInstallId"),
            "platform": "android",
            "model": "Pixel 8",
            "user": b.acct("car_user"),
        }
    )
    b.ok_json({"paired": True, "vehicleNickname": "Mer Voyager"})
    return b.build()


def vehicle_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/vehicles/status")
    b.param("vin", b.id("car_vin", where="query vin"))
    b.ok_json(
        {
            "locked": c.rng.random() < 0.7,
            "batteryPct": c.rng.randint(20, 100),
            "rangeMi": c.rng.randint(40, 300),
            "odometerMi": c.rng.randint(8000, 40000),
            "cabinTempF": c.rng.randint(60, 95),
            "updatedAt": iso(c),
        }
    )
    return b.build()


def tcu_checkin(c: Context) -> Flow:
    b = _tcu(c, f"{TCU}/v1/tcu/checkin")
    b.json(
        {
            "imei": b.id("car_imei", where="json imei"),
            "vin": b.id("car_vin", where="json vin"),
            "fw": "3.2.7",
            "rat": "LTE-M",
            "rsrp": -c.rng.randint(80, 115),
            "ts": ms(c),
        }
    )
    b.ok_json({"next": 900, "config": "v41"})
    return b.build()


def tcu_telemetry(c: Context) -> Flow:
    b = _tcu(c, f"{TCU}/t")
    body = (
        pb_bytes(1, b.id("car_imei", "protobuf", "protobuf field 1", detectable=False))
        + pb_varint(2, ms(c))
        + pb_packed_floats(3, [rf(c.rng, 0, 90) for _ in range(12)])
        + pb_varint(4, c.rng.randint(20, 100))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def analytics_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/a")
    b.header("x-v", b.id("car_vin", "sha256", "header x-v", detectable=False))
    b.json({"e": c.rng.choice(["open", "lock_tap", "climate_tap"]), "t": ms(c)})
    b.no_content()
    return b.build()


def trip_summary(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/trips/latest")
    b.decoy("route polyline coordinates and trip ids (not a device id)")
    lat, lon = GLENDALE
    b.ok_json(
        {
            "tripId": rid(c.rng),
            "distanceMi": rf(c.rng, 2, 40, 1),
            "startedAt": iso(c),
            "route": [
                [
                    round(lat + c.rng.uniform(-0.05, 0.05), 5),
                    round(lon + c.rng.uniform(-0.05, 0.05), 5),
                ]
                for _ in range(8)
            ],
            "efficiency": rf(c.rng, 3, 4.5, 2),
        }
    )
    return b.build()


def remote_lock(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/commands")
    b.json({"command": c.rng.choice(["lock", "unlock", "climate_on", "honk"]), "t": ms(c)})
    b.ok_json({"commandId": rid(c.rng), "status": "queued"})
    return b.build()


def chargers(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/chargers?lat=34.14&lon=-118.26&r=5")
    b.ok_json(
        {
            "chargers": [
                {
                    "name": n,
                    "lat": rf(c.rng, 34.1, 34.2, 4),
                    "lon": rf(c.rng, -118.3, -118.2, 4),
                    "freePorts": c.rng.randint(0, 6),
                }
                for n in ("Glendale Galleria", "Americana at Brand", "Brand Blvd")
            ]
        }
    )
    return b.build()


def service_booking(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/service/appointments")
    b.decoy("dealer workshop's diagnostic scanner serial (the dealer's equipment)")
    b.json(
        {
            "dealer": "Voyager of Glendale",
            "slot": iso(c),
            "reason": "annual_service",
            "bay": c.rng.randint(1, 8),
            "diagnosticToolSerial": "DST-" + str(c.rng.randint(10**7, 10**8)),
        }
    )
    b.ok_json({"appointmentNo": f"SRV-{c.rng.randint(10**5, 10**6)}", "confirmed": True})
    return b.build()
