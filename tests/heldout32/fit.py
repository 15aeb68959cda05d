"""FormFit (fictional fitness app): camera form checks with Apple Vision body
pose (VNHumanBodyPoseObservation joint names: left_shoulder_1_joint,
right_knee_joint...), joint angles and rep counts: body only, no face, so these
are decoys. Also Firebase installation registration (iOS SDK: POST
firebaseinstallations.googleapis.com/v1/projects/{p}/installations with fid,
appId, authVersion "FIS_v2", sdkVersion "i:..."; firebase-ios-sdk
FIRInstallationsAPIService).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid, ua

API = "https://api.formfit.app"
UA = ua("FormFit", "6.0.3", "603")
JOINTS = [
    "left_shoulder_1_joint",
    "right_shoulder_1_joint",
    "left_forearm_joint",
    "right_forearm_joint",
    "left_upLeg_joint",
    "right_upLeg_joint",
    "left_leg_joint",
    "right_leg_joint",
    "left_foot_joint",
    "right_foot_joint",
    "root",
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "fit", method, API + path)
    b.header("user-agent", UA)
    return b


def pose_frames(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/formcheck/frames")
    frames = [
        {
            "t": i * 33,
            "joints": {
                j: [rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3), rf(c.rng, 0.3, 1, 2)] for j in JOINTS
            },
        }
        for i in range(c.rng.randint(2, 5))
    ]
    b.json({"exercise": c.rng.choice(["squat", "lunge", "pushup"]), "frames": frames})
    b.ok_json({"feedback": "Keep your knees behind your toes"})
    b.decoy("body pose keypoints (no face)")
    return b.build()


def rep_summary(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/workouts")
    b.json(
        {
            "exercise": "squat",
            "reps": c.rng.randint(8, 20),
            "kneeAngleMin": rf(c.rng, 70, 100, 1),
            "hipHingeDeg": rf(c.rng, 30, 60, 1),
            "heartRateAvg": c.rng.randint(100, 150),
            "workoutId": rid(c.rng),
            "at": iso(c),
            "user": b.acct("fit_user"),
        }
    )
    b.ok_json({"saved": True})
    b.decoy("joint angles and rep counts")
    return b.build()


def fis_register(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/formfit-prod/installations/"
    b = FB(c, "firebase", "POST", url)
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-ios-bundle-identifier", "app.formfit.ios")
    b.json(
        {
            "fid": b.id("fit_firebase_iid", where="body.fid"),
            "appId": "1:90211:ios:6c1e0a3f",
            "authVersion": "FIS_v2",
            "sdkVersion": "i:10.24.0",
        }
    )
    b.ok_json({"name": "projects/90211/installations/x", "refreshToken": rid(c.rng)})
    return b.build()


def profile(c: Context) -> Flow:
    b = _b(c, "PUT", "/v2/me/device")
    b.json({"idfv": b.id("idfv_fit", where="body.idfv"), "units": "metric", "heightCm": 168})
    b.no_content()
    return b.build()


def plan(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/plans/week")
    b.ok_json(
        {"days": [{"d": i, "exercises": ["squat", "plank"]} for i in range(7)], "etag": rid(c.rng)}
    )
    b.decoy("training plan")
    return b.build()
