"""The car's driver-monitoring camera (DMS): drowsiness / distraction analysis on
the head unit, results sent to the carmaker's cloud (dms.nordvik-connect.com).

The on-device model follows Google MediaPipe Face Landmarker's output
(developers.google.com/mediapipe/solutions/vision/face_landmarker: 478
normalized landmarks x/y/z, 52 blendshape categories such as eyeBlinkLeft,
jawOpen, with categoryName / score, and a facial transformation matrix); the
event envelope, PERCLOS and head-pose keys are the carmaker's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, floats_b64, multipart, pb_bytes, pb_msg, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://dms.nordvik-connect.com"
BLEND = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "eyeSquintLeft",
    "eyeSquintRight",
    "jawOpen",
    "mouthClose",
    "browDownLeft",
    "browDownRight",
    "eyeLookDownLeft",
    "eyeLookDownRight",
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "nordvik-dms", method, API + path)
    b.header("user-agent", ua("NordvikDMS", "2.3.7", car=True))
    b.header("x-vehicle-vin", b.id("vin", where="header:x-vehicle-vin"))
    return b


def _lm(c: Context, n: int) -> list[list[float]]:
    return [[rf(c.rng, 0.3, 0.7), rf(c.rng, 0.25, 0.75), rf(c.rng, -0.08, 0.08)] for _ in range(n)]


def drowsiness_event(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/events/drowsiness")
    b.json(
        {
            "eventId": rid(c.rng),
            "ts": iso(c),
            "level": c.rng.choice(["KSS7", "KSS8"]),
            "driver": {
                "perclos": rf(c.rng, 0.1, 0.4, 3),
                "eyeOpenness": {"left": rf(c.rng, 0, 0.5, 3), "right": rf(c.rng, 0, 0.5, 3)},
                "headPose": {
                    "yaw": rf(c.rng, -20, 20, 1),
                    "pitch": rf(c.rng, -25, 5, 1),
                    "roll": rf(c.rng, -8, 8, 1),
                },
                "faceLandmarks": _lm(c, 68),
            },
        }
    )
    b.bio("face_landmarks", "json:driver.faceLandmarks+eyeOpenness")
    b.ok_json({"ack": True})
    return b.build()


def blendshape_window(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/telemetry/face")
    frames = [
        {
            "t": ms(c) + i * 100,
            "faceBlendshapes": [{"categoryName": n, "score": rf(c.rng, 0, 1, 4)} for n in BLEND],
        }
        for i in range(4)
    ]
    b.json({"session": rid(c.rng), "frames": frames}, encoding="gzip")
    b.bio("blendshapes", "json:frames[].faceBlendshapes")
    b.no_content()
    return b.build()


def face_mesh(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/calibration/mesh")
    b.json(
        {
            "model": "face_landmarker_v2_with_blendshapes",
            "faceLandmarks": [{"x": p[0], "y": p[1], "z": p[2]} for p in _lm(c, 478)],
            "facialTransformationMatrix": [rf(c.rng, -1, 1) for _ in range(16)],
        }
    )
    b.bio("face_mesh", "json:faceLandmarks[478]")
    b.ok_json({"calibrated": True})
    return b.build()


def driver_id(c: Context) -> Flow:
    """Which family member is driving: a face embedding matched in the cloud."""
    b = _b(c, "POST", "/v2/driver/identify")
    b.json(
        {
            "seat": "driver",
            "faceEmbedding": floats_b64(floats(c.rng, 128)),
            "dim": 128,
            "model": "arcface-r50-int8",
            "ts": ms(c),
        }
    )
    b.bio("face_embedding", "json:faceEmbedding")
    b.ok_json(
        {"profile": c.rng.choice(["ingrid", "lars", "guest"]), "similarity": rf(c.rng, 0.5, 0.9, 3)}
    )
    return b.build()


def face_crop(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/events/distraction/snapshot")
    bd = "----nvdms" + rid(c.rng)[:12]
    meta = b'{"reason":"phone_use","ir":true}'
    b.set_body(
        multipart(
            bd,
            [
                ("meta", None, "application/json", meta),
                (
                    "driverFace",
                    "face_ir.jpg",
                    "image/jpeg",
                    fake_jpeg(c.rng.randint(1, 10**6), 1200),
                ),
            ],
        ),
        f"multipart/form-data; boundary={bd}",
    )
    b.bio("face_image", "multipart:driverFace face_ir.jpg")
    b.ok_json({"stored": True})
    return b.build()


def dms_protobuf(c: Context) -> Flow:
    b = FB(c, "nordvik-dms", "POST", API + "/ingest/pb")
    b.header("user-agent", ua("NordvikDMS", "2.3.7", car=True))
    pts = [v for p in _lm(c, 68) for v in p[:2]]
    b.set_body(
        pb_msg(
            1,
            [
                pb_bytes(1, c.phone.dms_unit),
                pb_packed_floats(4, pts),
                pb_packed_floats(5, [rf(c.rng, 0, 1) for _ in range(2)]),
            ],
        ),
        "application/x-protobuf",
    )
    b.other_id("dms_unit", where="protobuf:1.1", detectable=False)
    b.bio("face_landmarks", "protobuf:1.4 packed floats", detectable=False)
    b.no_content()
    return b.build()


def gaze_zone(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/telemetry/attention")
    b.json(
        {
            "gazeZone": c.rng.choice(["road", "mirror_left", "cluster", "infotainment"]),
            "offRoadMs": c.rng.randint(0, 2500),
            "speedKmh": c.rng.randint(30, 120),
        }
    )
    b.decoy("gaze zone / attention only (no face data)")
    b.no_content()
    return b.build()


def alert_summary(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/trips/summary")
    b.json(
        {
            "tripId": rid(c.rng),
            "alerts": c.rng.randint(0, 3),
            "steeringEntropy": rf(c.rng, 0.1, 0.6),
            "laneDeviations": c.rng.randint(0, 9),
            "breakSuggested": c.rng.random() < 0.3,
        }
    )
    b.decoy("trip alert summary, numeric series, no face")
    b.no_content()
    return b.build()


def cabin_pose(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/cabin/occupants")
    b.json(
        {
            "occupants": [
                {
                    "seat": s,
                    "skeleton": [[rf(c.rng, 0, 640, 1), rf(c.rng, 0, 480, 1)] for _ in range(17)],
                }
                for s in ("driver", "rear_left")
            ],
            "seatbelt": [True, True],
        }
    )
    b.decoy("body skeleton keypoints (not biometric)")
    b.no_content()
    return b.build()
