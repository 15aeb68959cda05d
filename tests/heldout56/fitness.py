"""GipfelFit VR: a Swiss VR fitness app (in-house backend, Unity client).

Workout videos (trainer-led classes) sync their progress; a session summary
has kcal, a heart-rate series from a paired strap and hand-tracking joint
poses that score the exercise form (decoys: numeric series and motion
telemetry, see plaza.py for the set's decision on joint poses). The device id
is the app's ANDROID_ID in the `X-Device-Id` header.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf

API = "https://api.gipfelfit.ch"
KURSE = ["Boxen mit Nina", "HIIT Säntis", "Yoga am Gipfel", "Ski-Kondition", "Cardio Tanz"]
JOINTS = ("XRHandJoint_Wrist", "XRHandJoint_IndexTip", "XRHandJoint_ThumbTip", "XRHandJoint_Palm")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "gipfelfit", method, API + path)
    b.header("user-agent", "UnityPlayer/2022.3.40f1 (UnityWebRequest/1.0, libcurl/8.5.0-DEV)")
    b.header("x-unity-version", "2022.3.40f1")
    b.header("x-device-id", b.id("aid_fit", where="header:x-device-id"))
    return b


def _wid(c: Context) -> str:
    return "wv_" + str(c.rng.randint(1000, 9999))


def workout_progress(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v3/workouts/progress")
    dur = c.rng.choice([900, 1200, 1800, 2700])
    b.json(
        {
            "userId": b.acct("fit_user"),
            "workoutVideoId": _wid(c),
            "kurs": c.rng.choice(KURSE),
            "progressSec": c.rng.randint(30, dur),
            "durationSec": dur,
            "completed": False,
            "updatedAt": iso(c),
        }
    )
    b.view("json:workoutVideoId+progressSec")
    b.ok_json({"ok": True})
    return b.build()


def workout_history(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v3/me/history?limit=10")
    b.ok_json(
        {
            "history": [
                {
                    "workoutVideoId": _wid(c),
                    "watchedAt": iso(c),
                    "completedPct": c.rng.randint(10, 100),
                }
                for _ in range(6)
            ]
        }
    )
    b.view("response json:history[].workoutVideoId+watchedAt", direction="response")
    return b.build()


def session_summary(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v3/sessions")
    b.json(
        {
            "sessionStart": iso(c),
            "kcal": c.rng.randint(80, 600),
            "heartRate": [c.rng.randint(95, 175) for _ in range(30)],
            "formScore": rf(c.rng, 40, 100, 1),
            "punches": c.rng.randint(50, 900),
        }
    )
    b.decoy("heart-rate numeric series")
    b.ok_json({"badges": ["streak_3"]})
    return b.build()


def hand_form(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v3/form/samples")
    frames = [
        {
            "t": ms(c) + i * 33,
            "hand": c.rng.choice(["left", "right"]),
            "joints": {
                j: [rf(c.rng, -0.5, 0.5), rf(c.rng, 0.8, 1.9), rf(c.rng, -0.6, 0.2)] for j in JOINTS
            },
        }
        for i in range(4)
    ]
    b.json({"exercise": "jab", "frames": frames})
    b.decoy("hand-tracking joint poses (set decision: not biometric)")
    b.no_content()
    return b.build()


def classes(c: Context) -> Flow:
    b = FB(c, "gipfelfit", "GET", API + "/api/v3/classes?lang=de-CH")
    b.ok_json(
        {
            "classes": [
                {"id": _wid(c), "title": k, "durationSec": 1200, "trainer": "Nina"} for k in KURSE
            ]
        }
    )
    b.decoy("class catalogue")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "gipfelfit", "GET", API + "/api/v3/leaderboard/weekly")
    b.param("device_hash", b.id("aid_fit", "md5", "query:device_hash (md5)"))
    b.ok_json(
        {
            "rows": [
                {
                    "rank": i + 1,
                    "nick": f"alp{c.rng.randint(10, 99)}",
                    "kcal": c.rng.randint(1000, 9000),
                }
                for i in range(10)
            ]
        }
    )
    b.decoy("leaderboard numeric series")
    return b.build()
