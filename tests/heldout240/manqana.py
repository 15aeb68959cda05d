"""Gza Connect: the family's connected car (a Volkswagen-group hatchback bought
in Tbilisi) with its telematics control unit (TCU) and the companion app on the
father's Galaxy S23 (`manqana` = car, `gza` = road).

The app registers with its ANDROID_ID, its install id and the car's VIN. The
TCU posts telemetry with the VIN in a header and its own IMEI in the body;
its heartbeat is protobuf with the IMEI in an unnamed field. The car's driver
monitoring camera reports per-trip face-analysis results (eye openness, head
pose, gaze, drowsiness) to the backend; a newer firmware ships them as
positional float rows. The head unit also logs which radio station / stream
played and for how long. Trip coordinate lists, fuel and tyre pressure, a
service booking number and the dealer's diagnostic tester serial (the
workshop's equipment) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.gza-connect.example"
TCU = "https://tcu.gza-connect.example"
UA = ua("GzaConnect", "3.3.0", "mama")
TCU_UA = "tcu-agent/5.1 (OCU3)"
STATIONS = ["Radio Tbilisi", "Fortuna FM", "Palitra Radio", "Spotify: Georgian Hits", "Radio Imedi"]


def _app(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gza-connect", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _tcu(c: Context, method: str, path: str) -> FB:
    b = FB(c, "gza-tcu", method, f"{TCU}/{path}")
    b.header("user-agent", TCU_UA)
    b.header("x-vin", b.id("car_vin", where="header x-vin"))
    return b


def app_register(c: Context) -> Flow:
    b = _app(c, "POST", f"{API}/v2/app/register")
    b.json(
        {
            "androidId": b.id("aid_manqana", where="json androidId"),
            "installId": b.id("car_app_install", where="json installId"),
            "vin": b.id("car_vin", where="json vin"),
            "account": b.acct("car_account"),
        }
    )
    b.ok_json({"paired": True, "model": "Golf 8 eHybrid"})
    return b.build()


def vehicle_status(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/v2/vehicles/status")
    vin = b.id("car_vin", where="response json vehicle.vin", direction="response")
    b.ok_json(
        {
            "vehicle": {
                "vin": vin,
                "fuelPct": c.rng.randint(5, 100),
                "odometerKm": c.rng.randint(20000, 90000),
                "locked": c.rng.random() < 0.8,
                "tyrePressureBar": [rf(c.rng, 2.2, 2.6, 1) for _ in range(4)],
            }
        }
    )
    return b.build()


def telemetry(c: Context) -> Flow:
    b = _tcu(c, "POST", "v1/telemetry")
    b.json(
        {
            "tcuImei": b.id("car_tcu_imei", where="json tcuImei"),
            "ts": ms(c),
            "speedKmh": c.rng.randint(0, 110),
            "fuelPct": c.rng.randint(5, 100),
            "engineOn": True,
            "batteryV": rf(c.rng, 12.1, 14.4, 1),
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def tcu_heartbeat(c: Context) -> Flow:
    b = FB(c, "gza-tcu", "POST", f"{TCU}/hb")
    b.header("user-agent", TCU_UA)
    body = (
        pb_bytes(1, b.id("car_tcu_imei", "protobuf", "protobuf field 1", detectable=False))
        + pb_varint(2, ms(c))
        + pb_varint(3, c.rng.randint(-110, -50) & 0xFFFFFFFF)
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def driver_monitoring(c: Context) -> Flow:
    b = _tcu(c, "POST", "v1/dms/events")
    b.bio("face_analysis", "json dms[] eyeOpenness/headPose/gaze/drowsiness")
    b.json(
        {
            "tripId": rid(c.rng),
            "dms": [
                {
                    "t": ms(c) + i * 1000,
                    "eyeOpenness": {"left": rf(c.rng, 0, 1, 2), "right": rf(c.rng, 0, 1, 2)},
                    "headPose": {
                        "yaw": rf(c.rng, -30, 30, 1),
                        "pitch": rf(c.rng, -20, 20, 1),
                        "roll": rf(c.rng, -10, 10, 1),
                    },
                    "gaze": {"x": rf(c.rng, -1, 1, 3), "y": rf(c.rng, -1, 1, 3)},
                    "drowsinessLevel": c.rng.choice(["none", "low", "medium"]),
                }
                for i in range(c.rng.randint(2, 4))
            ],
        }
    )
    b.no_content()
    return b.build()


def driver_monitoring_opaque(c: Context) -> Flow:
    b = FB(c, "gza-tcu", "POST", f"{TCU}/d")
    b.header("user-agent", TCU_UA)
    b.bio("face_analysis", "protobuf field 2 packed float rows (driver camera)", detectable=False)
    rows = [rf(c.rng, -30, 30, 2) for _ in range(7 * c.rng.randint(2, 4))]
    b.set_body(pb_varint(1, ms(c)) + pb_packed_floats(2, rows), "application/octet-stream")
    b.respond(200, "application/octet-stream", b"\x08\x01")
    return b.build()


def media_log(c: Context) -> Flow:
    b = _tcu(c, "POST", "v1/infotainment/media-log")
    b.view("json mediaLog[] station + listenedSec (head unit)")
    b.json(
        {
            "mediaLog": [
                {
                    "source": c.rng.choice(["FM", "DAB", "BT_STREAM"]),
                    "station": c.rng.choice(STATIONS),
                    "startedAt": iso(c),
                    "listenedSec": c.rng.randint(60, 3600),
                }
                for _ in range(c.rng.randint(1, 3))
            ]
        }
    )
    b.no_content()
    return b.build()


def trip_summary(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/v2/trips/latest")
    b.decoy("trip coordinate list (route, not a face mesh)")
    lat, lon = 41.7151, 44.8271
    b.ok_json(
        {
            "trip": {
                "id": rid(c.rng),
                "km": rf(c.rng, 2, 60, 1),
                "route": [[round(lat + i * 0.003, 5), round(lon + i * 0.004, 5)] for i in range(8)],
                "avgKmh": c.rng.randint(18, 70),
            }
        }
    )
    return b.build()


def service_booking(c: Context) -> Flow:
    b = _app(c, "POST", f"{API}/v2/service/booking")
    b.decoy("service booking number and the dealer's diagnostic tester serial")
    b.json({"dealer": "Tegeta Motors, Tbilisi", "date": iso(c)[:10], "reason": "annual"})
    b.ok_json(
        {
            "bookingNo": f"SB-{c.rng.randint(100000, 999999)}",
            "workshop": {"testerSerial": f"VAS6160-{new_hex(c.rng, 8).upper()}", "bay": 3},
        }
    )
    return b.build()


def remote_climate(c: Context) -> Flow:
    b = _app(c, "POST", f"{API}/v2/vehicles/climate")
    b.json({"targetC": c.rng.choice([20, 21, 22, 23]), "seatHeat": c.rng.random() < 0.5})
    b.ok_json({"requestId": rid(c.rng), "status": "queued"})
    return b.build()
