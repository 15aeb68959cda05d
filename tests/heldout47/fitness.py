"""A Garmin / Fitbit-like watch companion: workout elapsed vs goal, heart-rate
series, body-pose keypoints (12 body joints, no face points) counted into reps
by the home-workout feature, and pairing of the watch (its BLE MAC and serial)."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import app, iso, rf

API = "https://connectapi.fitwatch-example.com"
JOINTS = [
    "left_shoulder",
    "right_shoulder",
    "left_elbow",
    "right_elbow",
    "left_wrist",
    "right_wrist",
    "left_hip",
    "right_hip",
    "left_knee",
    "right_knee",
    "left_ankle",
    "right_ankle",
]


def workout(c: Context) -> Flow:
    b = app(c, "fitness", "POST", f"{API}/activity-service/activity")
    goal = c.rng.choice([1800, 2700, 3600])
    b.json(
        {
            "activityType": c.rng.choice(["running", "cycling"]),
            "elapsedDurationSec": c.rng.randint(60, goal),
            "goalDurationSec": goal,
            "avgHeartRate": c.rng.randint(95, 165),
            "heartRateSamples": [c.rng.randint(80, 175) for _ in range(20)],
            "startTimeGMT": iso(c),
        }
    )
    b.ok_json({"activityId": c.rng.randint(10**10, 10**11)})
    b.decoy(
        "workout elapsed vs goal and a heart-rate series: fitness data, not a face/voice template"
    )
    return b.build()


def pose_reps(c: Context) -> Flow:
    b = app(c, "fitness", "POST", f"{API}/homeworkout/v1/set")
    frames = [
        {
            "t": i * 100,
            "kp": {
                j: [rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3), rf(c.rng, 0.5, 1, 2)] for j in JOINTS
            },
        }
        for i in range(3)
    ]
    b.json(
        {
            "exercise": "squat",
            "reps": c.rng.randint(5, 20),
            "formScore": rf(c.rng, 0.5, 1, 2),
            "keyframes": frames,
        }
    )
    b.ok_json({"saved": True})
    b.decoy("body-joint keypoints (shoulders..ankles) for rep counting: no face landmarks")
    return b.build()


def pair_watch(c: Context) -> Flow:
    b = app(c, "fitness", "POST", f"{API}/device-service/deviceregistration/devices")
    b.header("x-app-device-id", b.id("aid_fit", where="header:x-app-device-id"))
    b.json(
        {
            "deviceType": "Forerunner 265",
            "macAddress": b.id("watch_mac", where="json:macAddress"),
            "serialNumber": b.id("watch_serial", where="json:serialNumber"),
            "firmwareVersion": "19.18",
            "userProfilePk": c.phone.fit_user,
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def sync_watch(c: Context) -> Flow:
    b = app(c, "fitness", "POST", f"{API}/upload-service/upload/.fit")
    b.header("x-garmin-unit-id", b.id("watch_serial", where="header:x-garmin-unit-id"))
    b.set_body(
        b".FIT" + bytes(c.rng.randrange(256) for _ in range(200)), "application/octet-stream"
    )
    b.ok_json(
        {"detailedImportResult": {"successes": [{"internalId": c.rng.randint(10**9, 10**10)}]}}
    )
    return b.build()
