"""Ridgeline Fit (Galaxy phone app + watchOS app on the Apple Watch): video classes.

Class playback reports (`classId`, `elapsedSeconds`, `percentComplete`) and the
"recently taken" list are viewing history. The watchOS app sends heart-rate
samples with its own IDFV (the Watch's); heart rate is not biometric in this
project's sense. Kochava tracks sessions. Leaderboards (everyone's output),
class catalogue, and body-pose form feedback (joints without a face) are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from . import sdkwire
from .phone import FB, android_ua, iso, ms, rf, rid

API = "https://api.ridgelinefit.example"
UA = android_ua("RidgelineFit", "3.40.2")
UA_WATCH = "RidgelineFit WatchKit Extension/3.40.2 CFNetwork/1494.0.7 Darwin/23.4.0 (Watch7,1)"
CLASSES = [
    ("cls_20min_hiit_ally", "20 min HIIT with Ally"),
    ("cls_45min_climb_marcus", "45 min Climb Ride"),
    ("cls_10min_core_jess", "10 min Core"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ridgeline", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def class_progress(c: Context) -> Flow:
    cid, title = c.rng.choice(CLASSES)
    b = _b(c, "POST", f"{API}/v2/workouts/{rid(c.rng)}/class-progress")
    b.view("json classId + elapsedSeconds + percentComplete")
    b.json(
        {
            "classId": cid,
            "classTitle": title,
            "elapsedSeconds": c.rng.randint(30, 2700),
            "percentComplete": c.rng.randint(1, 100),
            "memberId": b.acct("fitness_member"),
            "androidId": b.id("aid_fitness", where="json androidId"),
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def recently_taken(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/classes/recent")
    b.view("response json classes[] (taken at, minutes watched)", direction="response")
    b.ok_json(
        {
            "classes": [
                {
                    "classId": i,
                    "title": t,
                    "takenAt": iso(c),
                    "minutesWatched": c.rng.randint(5, 45),
                }
                for i, t in CLASSES
            ]
        }
    )
    return b.build()


def watch_heart_rate(c: Context) -> Flow:
    b = FB(c, "ridgeline-watch", "POST", f"{API}/v2/watch/samples")
    b.header("user-agent", UA_WATCH)
    b.header("x-vendor-id", b.id("idfv_watch", where="header x-vendor-id (watchOS IDFV)"))
    b.decoy("heart-rate samples (a health series, not face or voice)")
    b.json(
        {
            "hr": [[ms(c) + i * 5000, c.rng.randint(95, 168)] for i in range(24)],
            "kcal": c.rng.randint(50, 600),
        }
    )
    b.no_content()
    return b.build()


def watch_ping_opaque(c: Context) -> Flow:
    b = FB(c, "ridgeline-watch", "GET", f"{API}/w/p")
    b.header("user-agent", UA_WATCH)
    b.param("z", b.id("idfv_watch", "md5", "query z (md5 of watch IDFV)", detectable=False))
    b.param("v", "3402")
    b.no_content()
    return b.build()


def class_beacon_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/e")
    b.view("form e=numeric class index, s=seconds under single letters", detectable=False)
    b.form(
        [
            ("e", str(c.rng.randint(100, 999))),
            ("s", str(c.rng.randint(30, 2700))),
            ("t", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def kochava_session(c: Context) -> Flow:
    return sdkwire.kochava(c, "fitness", "aid_fitness")


def leaderboard(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/classes/{c.rng.choice(CLASSES)[0]}/leaderboard")
    b.decoy("class leaderboard: every rider's output (aggregate, public handles)")
    b.ok_json(
        {
            "entries": [
                {
                    "rank": i + 1,
                    "handle": f"rider{c.rng.randint(100, 9999)}",
                    "outputKj": c.rng.randint(100, 500),
                }
                for i in range(10)
            ]
        }
    )
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/classes?discipline=cycling&duration=20")
    b.decoy("class catalogue with durations and instructors")
    b.ok_json(
        {
            "classes": [
                {"classId": i, "title": t, "durationMinutes": 20, "rating": rf(c.rng, 4, 5, 2)}
                for i, t in CLASSES
            ]
        }
    )
    return b.build()


def form_feedback(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/form-check")
    b.decoy("body-pose keypoints (hips, knees, ankles) without a face: not biometric")
    joints = ["left_hip", "right_hip", "left_knee", "right_knee", "left_ankle", "right_ankle"]
    b.json(
        {
            "exercise": "squat",
            "keypoints": {j: [rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3)] for j in joints},
            "repCount": c.rng.randint(1, 15),
        }
    )
    b.ok_json({"depthOk": True, "kneeValgus": False})
    return b.build()
