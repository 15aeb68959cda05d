"""A sports tracker ("Stridely") with a chest-strap HR sensor and a Wear OS watch.

The app's own API registers the paired sensors (Polar H10-style strap: its
BLE address and serial, as shown in the Polar Flow / Polar BLE SDK device
info; the LTE watch: serial, Bluetooth MAC, IMEI) and syncs workouts. Heart-rate
series, GPS tracks and zone settings are health / location data, not
biometric identifiers, and are decoys here. The watch's sync channel is a
schema-less protobuf (labelled, not detectable by name); the strap's serial
also goes out salted-and-hashed in a signature header (not recoverable).

References: github.com/polarofficial/polar-ble-sdk (PolarDeviceInfo: deviceId,
address, name); developer.android.com/training/wearables/data/data-layer.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.stridely-example.run"
UA = ua("Stridely", "9.3.0")


def _b(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "stridely", method, API + path)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(ctx.rng.randbytes(28)))
    return b


def sensors_register(ctx: Context) -> Flow:
    b = _b(ctx, "PUT", "/v3/athlete/sensors")
    b.json(
        {
            "sensors": [
                {
                    "type": "heart_rate_strap",
                    "vendor": "Polar",
                    "model": "H10",
                    "serialNumber": b.id("strap_serial", where="body.sensors[0].serialNumber"),
                    "bleAddress": b.id("strap_mac", where="body.sensors[0].bleAddress"),
                    "fw": "5.0.0",
                },
                {
                    "type": "watch",
                    "model": "Pixel Watch 2 LTE",
                    "serialNumber": b.id("watch_serial", where="body.sensors[1].serialNumber"),
                    "bluetoothMac": b.id("watch_mac", where="body.sensors[1].bluetoothMac"),
                    "imei": b.id("watch_imei", where="body.sensors[1].imei"),
                },
            ],
            "installationId": b.id("sport_install", where="body.installationId"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def _hr(ctx: Context, n: int) -> list[int]:
    return [int(ctx.rng.gauss(150, 12)) for _ in range(n)]


def _track(ctx: Context, n: int) -> list[list[float]]:
    r = ctx.rng
    lat, lon = 51.45 + r.random() / 50, -0.98 + r.random() / 50
    return [[round(lat + i * 1e-4, 6), round(lon + i * 1.3e-4, 6)] for i in range(n)]


def workout_upload(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v3/workouts")
    r = ctx.rng
    body = {
        "clientWorkoutId": rid(r),
        "sport": r.choice(["running", "cycling", "football"]),
        "startTime": iso(ctx),
        "durationSec": r.randint(900, 4200),
        "hr": {"bpm": _hr(ctx, 40), "intervalSec": 5},
        "route": _track(ctx, 30),
        "recordedWith": {
            "strapSerial": b.id("strap_serial", where="body.recordedWith.strapSerial")
        },
    }
    b.json(body, encoding="gzip")
    b.decoy("heart-rate series and GPS track (health/location, not biometric identifiers)")
    b.ok_json({"workoutId": r.randint(10**9, 10**10)})
    return b.build()


def workout_plain(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v3/workouts")
    r = ctx.rng
    b.json(
        {
            "clientWorkoutId": rid(r),
            "sport": "running",
            "startTime": iso(ctx),
            "hr": {"bpm": _hr(ctx, 40), "intervalSec": 5},
            "route": _track(ctx, 30),
            "source": "wear_os",
        },
        encoding="gzip",
    )
    b.decoy("heart-rate series and GPS track without device ids")
    b.ok_json({"workoutId": r.randint(10**9, 10**10)})
    return b.build()


def watch_header(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v3/watch/config")
    b.header(
        "x-stridely-watch-serial", b.id("watch_serial", where="header x-stridely-watch-serial")
    )
    b.param("tz", "Europe/London")
    b.ok_json({"faces": ["pace", "hr_zones"], "autoLap": 1000})
    return b.build()


def strap_firmware(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "")
    mac = b.id("strap_mac", where="url path /sensors/{mac}/firmware")
    b.base = f"{API}/v3/sensors/{mac}/firmware"
    b.param("model", "H10")
    b.param("current", "5.0.0")
    b.ok_json({"latest": "5.0.0", "update": False})
    return b.build()


def watch_sync_pb(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v3/sync/watch")
    r = ctx.rng
    serial = b.id("watch_serial", "protobuf", where="protobuf field 1.2", detectable=False)
    msg = pb_msg(1, [pb_varint(1, 3), pb_bytes(2, serial), pb_varint(3, ms(ctx))])
    msg += b"".join(
        pb_msg(4, [pb_varint(1, int(r.gauss(150, 10))), pb_varint(2, i)]) for i in range(20)
    )
    b.set_body(msg, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def signed_ping(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v3/live/ping")
    raw = b.id_raw("strap_serial", "salted_sha256", "header x-sig (salted hash of strap serial)")
    b.header("x-sig", hashlib.sha256(f"stridely:{raw}:v2".encode()).hexdigest())
    b.json(
        {
            "lat": rf(ctx.rng, 51.4, 51.5, 5),
            "lon": rf(ctx.rng, -1.0, -0.9, 5),
            "bpm": _hr(ctx, 1)[0],
        }
    )
    b.no_content()
    return b.build()


def hr_zones(ctx: Context) -> Flow:
    b = _b(ctx, "PUT", "/v3/athlete/hr-zones")
    b.json({"maxHr": 203, "restHr": 58, "zones": [114, 134, 154, 174, 203], "method": "karvonen"})
    b.ok_json({"ok": True})
    b.decoy("heart-rate zone settings")
    return b.build()


def segments(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v3/segments/explore")
    b.param("bounds", "51.43,-1.01,51.48,-0.93")
    b.ok_json(
        {
            "segments": [
                {
                    "id": ctx.rng.randint(10**6, 10**7),
                    "name": "Park hill",
                    "polyline": _track(ctx, 8),
                }
            ]
        }
    )
    b.decoy("segment search with coordinate lists")
    return b.build()


def device_sync(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v3/devices/phone")
    b.json(
        {
            "androidId": b.id("aid_sport", where="body.androidId"),
            "model": "Pixel 7a",
            "app": "9.3.0",
            "bgLocation": True,
        }
    )
    b.ok_json({"ok": True})
    return b.build()
