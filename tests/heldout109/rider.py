"""Sakay Driver: a ride-hailing driver app (the cousin drives in Cebu) with selfie checks.

Before each shift the driver takes a selfie that the app sends to its identity
service (Cebuano keys, `/driver/v2/pamatuod-nawong`: `litrato_nawong` "face
photo", `driver_id`); the service answers with face-match and liveness scores. A
mid-shift spot check sends the frame as a protobuf field only. GPS pings, trip
offers, fares and the car's plate are ordinary; the company-issued fleet
dashcam's serial is the company's equipment, not the tester's device.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, pb_bytes, pb_varint

from .phone import FB, app_builder, iso, ms, rf, rid, ua

API = "https://driver-api.sakay.example"
UA = ua("SakayDriver", "7.33.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = app_builder(c, "sakaydriver", method, url, UA)
    b.header("x-sakay-install", b.id("rider_install", where="header x-sakay-install"))
    return b


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/driver/v2/pamatuod-nawong")
    b.bio("face_image", "json litrato_nawong (Cebuano: face photo) for face match")
    b.json(
        {
            "driver_id": b.acct("rider_user"),
            "litrato_nawong": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "rason": "sugod_shift",
            "oras": iso(c),
        }
    )
    b.ok_json(
        {"tugma": True, "face_match": rf(c.rng, 0.8, 0.99, 3), "liveness": rf(c.rng, 0.7, 0.99, 3)}
    )
    return b.build()


def spot_check_proto(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/rpc/s.v1/Check")
    b.bio("face_image", "protobuf field 2 (JPEG frame), no names", detectable=False)
    body = (
        pb_bytes(1, b.acct("rider_user"))
        + pb_bytes(2, fake_jpeg(c.rng.randint(0, 10**9), 500))
        + pb_varint(3, ms(c))
    )
    b.set_body(body, "application/grpc+proto")
    b.respond(200, "application/grpc+proto", pb_varint(1, 1))
    return b.build()


def liveness_points(c: Context) -> Flow:
    """The on-phone liveness step also ships its face points and head pose as evidence."""
    b = _b(c, "POST", f"{API}/driver/v2/pamatuod-nawong/ebidensya")
    b.bio("face_landmarks", "json mga_punto_sa_nawong (106 [x,y]) + postura_ulo (Cebuano keys)")
    cx, cy = c.rng.uniform(200, 280), c.rng.uniform(260, 340)
    b.json(
        {
            "driver_id": b.acct("rider_user"),
            "mga_punto_sa_nawong": [
                [round(cx + c.rng.gauss(0, 45), 1), round(cy + c.rng.gauss(0, 60), 1)]
                for _ in range(106)
            ],
            "postura_ulo": {
                "yaw": rf(c.rng, -15, 15, 2),
                "pitch": rf(c.rng, -10, 10, 2),
                "roll": rf(c.rng, -5, 5, 2),
            },
            "pikpik_mata": c.rng.randint(1, 3),
        }
    )
    b.ok_json({"dawat": True})
    return b.build()


def device_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/driver/v2/login/device")
    b.json(
        {
            "install_id": b.id("rider_install", where="json install_id"),
            "android_id": b.id("aid_rider", where="json android_id"),
            "gaid": b.id("gaid", where="json gaid"),
            "modelo": "RMX3851",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def gps_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/driver/v2/lokasyon")
    b.decoy("driver GPS pings (coordinates, heading)")
    b.json(
        {
            "pings": [
                {
                    "lat": rf(c.rng, 10.28, 10.36, 6),
                    "lng": rf(c.rng, 123.87, 123.95, 6),
                    "heading": c.rng.randint(0, 359),
                    "t": ms(c),
                }
                for _ in range(5)
            ]
        }
    )
    b.no_content()
    return b.build()


def trip_offer(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/driver/v2/biyahe/offer")
    b.decoy("trip offer: booking id, pickup coordinates, fare")
    b.ok_json(
        {
            "booking_id": "SK-" + new_hex(c.rng, 10).upper(),
            "kuhaan": {"lat": rf(c.rng, 10.29, 10.33), "lng": rf(c.rng, 123.88, 123.92)},
            "pletehan": rf(c.rng, 90, 450, 2),
        }
    )
    return b.build()


def fleet_dashcam(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/driver/v2/fleet/kamera")
    b.decoy("company-issued fleet dashcam serial: the operator's equipment, not the tester's")
    b.ok_json(
        {
            "unit_serial": "FDC-" + new_hex(c.rng, 10).upper(),
            "plaka": "GAB 4821",
            "operator": "Sakay Fleet Cebu",
        }
    )
    return b.build()


def earnings(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/driver/v2/kita?semana=karon")
    b.decoy("earnings series")
    b.ok_json({"kita": [rf(c.rng, 300, 2500, 2) for _ in range(7)], "trace": rid(c.rng)})
    return b.build()
