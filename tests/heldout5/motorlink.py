"""Motorlink, the companion app of a connected car.

Formats followed:
- Vehicle APIs keyed by VIN in the URL path (`/vehicles/{vin}/...`), as the
  public Tesla Fleet API (developer.tesla.com/docs/fleet-api) and Smartcar
  (smartcar.com/docs/api-reference) do; VIN with an ISO 3779 check digit.
- Telematics unit registration with the modem's IMEI (3GPP TS 23.003; OEM
  TCU onboarding as in AWS IoT FleetWise "vehicle" provisioning,
  docs.aws.amazon.com/iot-fleetwise/).
- Driver-monitoring camera output (Euro NCAP 2023 DMS protocol: gaze, eye
  closure / PERCLOS, head pose) and face-ID driver profiles (e.g. Genesis GV60
  Face Connect): face landmarks and a face embedding leave the car.
- GPS trip traces, charging-station search and fuel prices - negatives.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import floats_b64, mpack

from .phone import FB, floats, ms, req_id, rf, ua

UA = ua("Motorlink", "4.40.3")


def _api(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "motorlink-api", method, f"https://owner-api.motorlink.auto{path}")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(ctx.rng, 56))
    return b


def vehicle_status(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "")
    vin = b.id("vin", where="path:/api/1/vehicles/{vin}/vehicle_data")
    b.base += f"/api/1/vehicles/{vin}/vehicle_data"
    b.ok_json(
        {
            "response": {
                "state": "online",
                "charge_state": {"battery_level": ctx.rng.randint(20, 95)},
                "climate_state": {"inside_temp": rf(ctx.rng, 12, 30, 1)},
            }
        }
    )
    return b.build()


def remote_command(ctx: Context) -> Flow:
    cmd = ctx.rng.choice(["door_lock", "door_unlock", "honk_horn", "auto_conditioning_start"])
    b = _api(ctx, "POST", "")
    vin = b.id("vin", where="path:/api/1/vehicles/{vin}/command")
    b.base += f"/api/1/vehicles/{vin}/command/{cmd}"
    b.json({"nonce": new_hex(ctx.rng, 16), "ts": ms(ctx)})
    b.ok_json({"response": {"result": True}})
    return b.build()


def tcu_register(ctx: Context) -> Flow:
    b = FB(ctx, "motorlink-iot", "POST", "https://provisioning.motorlink.auto/v2/tcu/register")
    b.json(
        {
            "vin": b.id("vin", where="body.vin"),
            "tcu": {
                "imei": b.id("tcu_imei", where="body.tcu.imei"),
                "fw": "TCU-5G-2.14.7",
                "modem": "SA515M",
            },
            "app_install": b.id("motor_install", where="body.app_install"),
        }
    )
    b.ok_json({"thing_name": "veh-" + new_hex(ctx.rng, 12), "status": "provisioned"})
    return b.build()


def trip_trace(ctx: Context) -> Flow:
    """A GPS trace of a trip (negative: coordinates and a trip id)."""
    b = _api(ctx, "POST", "/api/1/trips")
    lat, lon = 53.47 + rf(ctx.rng, -0.05, 0.05), -2.24 + rf(ctx.rng, -0.05, 0.05)
    pts = [
        [round(lat + i * 0.0007, 6), round(lon + i * 0.0009, 6), ms(ctx) + i * 1000]
        for i in range(20)
    ]
    b.json({"trip_id": req_id(ctx.rng), "points": pts, "distance_km": rf(ctx.rng, 2, 40, 1)})
    b.decoy("trip_id uuid")
    b.no_content()
    return b.build()


def chargers(ctx: Context) -> Flow:
    b = _api(
        ctx,
        "GET",
        f"/api/1/chargers/nearby?lat=53.47&lon=-2.24&radius_km={ctx.rng.choice([5, 10, 25])}",
    )
    b.ok_json(
        {
            "sites": [
                {
                    "id": "ch_" + new_hex(ctx.rng, 8),
                    "kw": ctx.rng.choice([50, 150, 250]),
                    "price_per_kwh": rf(ctx.rng, 0.45, 0.85, 2),
                }
            ]
        }
    )
    return b.build()


def fuel_prices(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "motorlink-data",
        "GET",
        "https://data.motorlink.auto/prices/electricity/daily?region=GB-NW",
    )
    b.ok_json({"series": [{"day": d, "p": rf(ctx.rng, 0.2, 0.4, 3)} for d in range(1, 15)]})
    return b.build()


def dms_event(ctx: Context) -> Flow:
    b = FB(ctx, "motorlink-telemetry", "POST", "https://telemetry.motorlink.auto/v1/dms/events")
    pts = [[rf(ctx.rng, 0.3, 0.7), rf(ctx.rng, 0.2, 0.8)] for _ in range(68)]
    b.json(
        {
            "vin": b.id("vin", where="body.vin"),
            "ts": ms(ctx),
            "event": "drowsiness_warning",
            "driver_face": {
                "landmarks_68": pts,
                "head_pose": {"yaw": rf(ctx.rng, -30, 30, 1), "pitch": rf(ctx.rng, -15, 15, 1)},
                "eye_closure": {"left": rf(ctx.rng, 0, 1, 2), "right": rf(ctx.rng, 0, 1, 2)},
                "perclos": rf(ctx.rng, 0, 0.4, 3),
            },
        }
    )
    b.bio("face_landmarks", "body.driver_face.landmarks_68 + head_pose")
    b.no_content()
    return b.build()


def driver_profile(ctx: Context) -> Flow:
    b = _api(ctx, "PUT", "")
    vin = b.id("vin", where="path:/api/1/vehicles/{vin}/driver_profiles")
    b.base += f"/api/1/vehicles/{vin}/driver_profiles/2"
    b.json(
        {
            "name": "Driver 2",
            "seat_position": [4, 7, 2],
            "face_id": {
                "enrolled": True,
                "face_embedding": floats_b64(floats(ctx.rng, 128)),
                "model": "cabin-faceid-v3",
            },
        }
    )
    b.bio("face_embedding", "body.face_id.face_embedding (float32 base64)")
    b.no_content()
    return b.build()


def dms_blob(ctx: Context) -> Flow:
    """The cabin camera's periodic upload: msgpack, short keys, vin hashed (opaque)."""
    b = FB(ctx, "motorlink-telemetry", "POST", "https://telemetry.motorlink.auto/v1/c")
    body = {
        "h": b.id("vin", "sha256", "body:msgpack.h", False),
        "f": floats(ctx.rng, 136),
        "t": ms(ctx),
    }
    b.bio("face_landmarks", "body:msgpack.f (68 x,y pairs, no names)", False)
    b.set_body(mpack(body), "application/x-msgpack")
    b.no_content()
    return b.build()


def push_token(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/api/1/notification_preferences")
    b.json(
        {
            "push_token": b.id("motor_push_token", where="body.push_token"),
            "platform": "fcm",
            "topics": ["charging", "security"],
        }
    )
    b.no_content()
    return b.build()


def ota_check(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "/api/1/releases/latest?channel=stable")
    b.ok_json(
        {
            "version": "2024.26.3",
            "notes_url": "https://motorlink.auto/release-notes/2024.26.3",
            "sha256": new_hex(ctx.rng, 64),
        }
    )
    b.decoy("sha256 of release")
    return b.build()


def service_booking(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/api/1/service/appointments")
    b.json(
        {
            "centre": "Trafford Park",
            "date": "2024-07-20",
            "reason": "tyre rotation",
            "mileage_km": ctx.rng.randint(5000, 60000),
        }
    )
    b.ok_json({"booking_no": "SB-" + str(ctx.rng.randint(10**6, 10**7))})
    b.decoy("booking number")
    return b.build()
