"""Pulsewrist: a smartwatch / fitness-band companion app.

The band pairs over BLE; the app syncs it and lists the paired devices in the
shape of the Fitbit Web API "Get Devices" answer (battery, batteryLevel,
deviceVersion, features, lastSyncTime, mac, type; the mac without separators,
https://dev.fitbit.com/build/reference/web-api/devices/get-devices) and of its
successor, Google Health API `users.pairedDevices` (`macAddress`,
https://developers.google.com/health/reference/rest/v4/users.pairedDevices).
Watch faces, heart-rate summaries and the form-coach's body-pose keypoints are
ordinary data here: a watch face is not a face, a body pose is not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.pulsewrist.io"
SYNC = "https://sync.pulsewrist.io"
UA = ua("Pulsewrist", "5.12.1")
FACES = ["Classic Analog", "Neon Pulse", "Minimal Dial", "Big Digits", "Sunrise Arc"]
JOINTS = [
    "nose",
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


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "pulsewrist", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-pw-install-id", b.id("band_install", where="header x-pw-install-id"))
    return b


def devices_list(c: Context) -> Flow:
    """GET devices.json: the band's Bluetooth MAC comes back in the answer."""
    b = _b(c, "GET", f"{API}/1/user/-/devices.json")
    mac = b.id("band_mac", "nosep_upper", "response json [0].mac", direction="response")
    b.ok_json(
        [
            {
                "battery": c.rng.choice(["High", "Medium", "Low"]),
                "batteryLevel": c.rng.randint(5, 100),
                "deviceVersion": "Pulsewrist Charge 3",
                "features": ["HEART_RATE", "SPO2"],
                "lastSyncTime": iso(c)[:-1],
                "mac": mac,
                "type": "TRACKER",
            }
        ]
    )
    return b.build()


def paired_device(c: Context) -> Flow:
    """Google Health API style pairedDevices resource, sent on after pairing."""
    b = _b(c, "POST", f"{API}/v4/users/me/pairedDevices")
    b.json(
        {
            "deviceType": "TRACKER",
            "deviceVersion": "Pulsewrist Charge 3",
            "macAddress": b.id("band_mac", where="json macAddress"),
            "serialNumber": b.id("band_serial", where="json serialNumber"),
            "batteryLevel": c.rng.randint(20, 100),
        }
    )
    b.ok_json({"name": f"users/me/pairedDevices/{c.rng.randint(100, 999)}"})
    return b.build()


def sync_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{SYNC}/v2/sync", install=False)
    b.header("x-tracker-serial", b.id("band_serial", where="header x-tracker-serial"))
    b.json(
        {
            "tracker": {
                "bleAddress": b.id("band_mac", where="json tracker.bleAddress"),
                "firmware": "42.1.3",
            },
            "steps": [c.rng.randint(0, 180) for _ in range(30)],
            "heartRate": [c.rng.randint(58, 120) for _ in range(30)],
            "startTime": ms(c),
        },
        "gzip",
    )
    b.ok_json({"accepted": True, "nextSyncSec": 900})
    return b.build()


def sync_protobuf(c: Context) -> Flow:
    """The band's own dump, relayed as-is: protobuf fields, no names on the wire."""
    b = _b(c, "POST", f"{SYNC}/v3/dump", install=False)
    body = (
        pb_bytes(1, b.id("band_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(2, b.id("band_mac", "protobuf", "protobuf field 2", detectable=False))
        + pb_varint(3, ms(c))
        + pb_packed_floats(4, [rf(c.rng, 0, 2) for _ in range(24)])
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def config_opaque(c: Context) -> Flow:
    """Remote config keyed by a hashed ANDROID_ID under a one-letter form field."""
    b = _b(c, "POST", f"{API}/cfg", install=False)
    b.form(
        [
            ("a", "com.pulsewrist.app"),
            ("k", b.id("aid_band", "sha1", "form k", detectable=False)),
            ("v", "5.12.1"),
        ]
    )
    b.ok_json({"flags": {"sleep_v2": True, "coach": c.rng.random() < 0.5}})
    return b.build()


def watchface_install(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/1/watchfaces/install")
    b.decoy("watch face (not a face)")
    b.json(
        {
            "faceId": f"wf_{c.rng.randint(1000, 9999)}",
            "faceName": c.rng.choice(FACES),
            "complications": ["steps", "heart_rate", "weather"],
            "faceColor": c.rng.choice(["#ff4400", "#22aaee", "#ffffff"]),
        }
    )
    b.ok_json({"status": "QUEUED", "transferId": rid(c.rng)})
    return b.build()


def pose_coach(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/1/coach/rep", install=False)
    b.decoy("body pose keypoints (not biometric)")
    b.json(
        {
            "exercise": c.rng.choice(["squat", "lunge", "pushup"]),
            "repIndex": c.rng.randint(1, 15),
            "keypoints": [
                {
                    "name": j,
                    "x": rf(c.rng, 0, 1, 3),
                    "y": rf(c.rng, 0, 1, 3),
                    "score": rf(c.rng, 0.5, 1, 2),
                }
                for j in JOINTS
            ],
            "formScore": rf(c.rng, 40, 100, 1),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def daily_summary(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/1/user/-/activities/date/today.json", install=False)
    b.ok_json(
        {
            "summary": {
                "steps": c.rng.randint(1000, 15000),
                "restingHeartRate": c.rng.randint(52, 75),
                "caloriesOut": c.rng.randint(1600, 3200),
                "sleepMinutes": c.rng.randint(300, 520),
            },
            "goals": {"steps": 10000},
        }
    )
    return b.build()


def firmware_check(c: Context) -> Flow:
    b = FB(c, "pulsewrist", "GET", f"{API}/fw/latest", [("model", "charge3"), ("cur", "42.1.3")])
    b.header("user-agent", UA)
    b.ok_json({"version": "42.2.0", "sha256": rid(c.rng).replace("-", "") * 2, "size": 1843200})
    return b.build()
