"""RoadEye: a dashcam app whose driver-monitoring camera uploads face events.

The dashcam has an LTE modem (its IMEI) and a serial; the app binds it to the
account. Driver-monitoring (DMS) events carry the 68-point face landmark set
(the iBUG 300-W layout dlib uses, https://ibug.doc.ic.ac.uk/resources/300-W/)
with eye-aspect ratio and head pose; some events attach a driver-face snapshot.
The newer firmware relays DMS frames as protobuf with packed floats. GPS
tracks, road clips and the camera mount's yaw / pitch / roll calibration are
not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, fake_mp4, multipart, pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, points, rf, rid, ua

API = "https://api.roadeye.io"
UA = ua("RoadEye", "6.0.3")


def _b(c: Context, method: str, url: str, install: bool = False) -> FB:
    b = FB(c, "roadeye", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-app-install-id", b.id("dash_install", where="header x-app-install-id"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/dashcams/bind", install=True)
    b.json(
        {
            "dashcamSerial": b.id("dash_serial", where="json dashcamSerial"),
            "imei": b.id("dash_imei", where="json imei"),
            "phoneAndroidId": b.id("aid_dash", where="json phoneAndroidId"),
            "model": "RoadEye Duo 2",
        }
    )
    b.ok_json({"bound": True, "cameraId": c.rng.randint(10**5, 10**6)})
    return b.build()


def heartbeat_opaque(c: Context) -> Flow:
    """The modem's heartbeat: serial in base64 under 's', IMEI under 'm'."""
    b = FB(c, "roadeye", "GET", f"{API}/hb")
    b.header("user-agent", "RoadEyeFW/2.4")
    b.param("s", b.id("dash_serial", "b64", "query s", detectable=False))
    b.param("m", b.id("dash_imei", where="query m", detectable=False))
    b.param("t", str(int(c.now)))
    b.ok_json({"cmd": None})
    return b.build()


def dms_event(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/dms/events")
    b.bio("face_landmarks", "json driverFace.landmarks68")
    b.json(
        {
            "eventType": c.rng.choice(["DROWSY", "DISTRACTED", "PHONE_USE", "YAWN"]),
            "ts": iso(c),
            "driverFace": {
                "landmarks68": points(c.rng, 68),
                "eyeAspectRatio": rf(c.rng, 0.1, 0.35, 3),
                "headPose": {
                    "yaw": rf(c.rng, -40, 40, 1),
                    "pitch": rf(c.rng, -30, 30, 1),
                    "roll": rf(c.rng, -15, 15, 1),
                },
            },
            "speedKmh": c.rng.randint(0, 130),
        }
    )
    b.ok_json({"eventId": rid(c.rng)})
    return b.build()


def driver_snapshot(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/dms/snapshot")
    boundary = "RoadEye" + rid(c.rng).replace("-", "")[:16]
    b.bio("face_image", "multipart driver_face")
    body = multipart(
        boundary,
        [
            ("event", None, "application/json", b'{"eventType":"DROWSY"}'),
            ("driver_face", "driver_face.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"stored": True})
    return b.build()


def dms_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/dms/frames")
    b.bio("face_landmarks", "protobuf field 3 packed floats", detectable=False)
    flat = [v for p in points(c.rng, 68) for v in p]
    body = pb_varint(1, ms(c)) + pb_varint(2, c.rng.randint(1, 4)) + pb_packed_floats(3, flat)
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def gps_track(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/trips/track")
    b.decoy("coordinate list")
    lat, lon = rf(c.rng, 48.0, 52.0, 5), rf(c.rng, 8.0, 13.0, 5)
    b.json(
        {
            "tripId": rid(c.rng),
            "points": [
                [round(lat + i * 0.0003, 6), round(lon + i * 0.0004, 6), c.rng.randint(0, 120)]
                for i in range(40)
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def road_clip(c: Context) -> Flow:
    b = _b(c, "PUT", f"https://clips.roadeye.io/u/{rid(c.rng)}.mp4")
    b.set_body(fake_mp4(c.rng.randint(0, 10**9)), "video/mp4")
    b.respond(200, None)
    return b.build()


def mount_calibration(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/dashcams/calibration")
    b.decoy("camera mount yaw/pitch/roll")
    b.json(
        {
            "mountPose": {
                "yaw": rf(c.rng, -5, 5, 2),
                "pitch": rf(c.rng, -8, 2, 2),
                "roll": rf(c.rng, -3, 3, 2),
            },
            "horizonY": c.rng.randint(200, 300),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def trip_summary(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/trips?limit=10")
    b.ok_json(
        {
            "trips": [
                {"id": rid(c.rng), "km": rf(c.rng, 1, 80, 1), "score": c.rng.randint(60, 100)}
                for _ in range(5)
            ]
        }
    )
    return b.build()
