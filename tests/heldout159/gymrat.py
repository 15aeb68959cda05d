"""Gymrat: a fitness app on the teen's iPhone (workouts, on-demand classes, AirPods).

Class videos report progress (`secondsWatched`, `percentComplete`): watching a class
is watching. The AirPods serial and Bluetooth address go up with the
"smart coaching" pairing. AppsFlyer's iOS SDK reports installs and events with the
IDFA, IDFV and its own `uid`. Pose keypoints from the form check, heart-rate series,
the "Face ID login" flag and workout catalogues are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, bearer, ios_ua, iso, ms, rf, rid

API = "https://api.gymrat.example"
UA = ios_ua("Gymrat", "7.2.0", "720")
CLASSES = ["20-min HIIT", "Core Crusher", "Yoga for Hockey Players", "Leg Day w/ Tay"]
JOINTS = ["left_shoulder", "right_shoulder", "left_hip", "right_hip", "left_knee", "right_knee"]


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "gymrat", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    if device:
        b.header("x-gr-idfv", b.id("idfv_gym", where="header x-gr-idfv"))
    return b


def class_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/classes/progress", device=True)
    b.view("json secondsWatched / percentComplete (class video)")
    dur = c.rng.choice([1200, 1800, 2700])
    watched = c.rng.randint(60, dur)
    b.json(
        {
            "classId": f"cls_{c.rng.randint(1000, 9999)}",
            "title": c.rng.choice(CLASSES),
            "secondsWatched": watched,
            "percentComplete": round(100 * watched / dur, 1),
            "lastPositionSec": watched,
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def class_beacon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/e")
    b.view("json e[] rows [k, class, t] (k=3 is a video second tick)", detectable=False)
    b.json(
        {
            "e": [[3, c.rng.randint(1000, 9999), c.rng.randint(60, 2700)] for _ in range(4)],
            "s": ms(c),
        }
    )
    b.no_content()
    return b.build()


def pair_airpods(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/wearables/headphones", device=True)
    b.json(
        {
            "product": "AirPods Pro (2nd generation)",
            "serialNumber": b.id("airpods_serial", where="json serialNumber"),
            "bluetoothAddress": b.id("airpods_mac", where="json bluetoothAddress"),
            "features": ["headTracking", "heartRate"],
        }
    )
    b.ok_json({"paired": True})
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyersdk.com/api/v6.15/iosevent?app_id=id1598812345&buildnumber=6.15.1",
    )
    b.header("user-agent", UA)
    b.json(
        {
            "uid": b.id(
                "af_uid", where="json uid (AppsFlyer id; key could be a user id)", detectable=False
            ),
            "advertiserId": b.id("idfa", where="json advertiserId"),
            "vendorId": b.id("idfv_gym", where="json vendorId"),
            "eventName": "af_complete_registration",
            "appsflyerKey": rid(c.rng)[:22],
            "platform": "ios",
            "timestamp": ms(c),
            "counter": c.rng.randint(1, 40),
            "ATTStatus": 3,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def pose_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/formcheck")
    b.decoy("body pose keypoints (no face)")
    b.json(
        {
            "exercise": "squat",
            "keypoints": {j: [rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3)] for j in JOINTS},
            "depthScore": rf(c.rng, 0, 1, 2),
        }
    )
    b.ok_json({"cue": "knees out"})
    return b.build()


def heart_rate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/workouts/{rid(c.rng)}/samples")
    b.decoy("heart-rate series (a body signal, not a face or voice)")
    b.json(
        {"hr": [c.rng.randint(90, 185) for _ in range(60)], "startMs": ms(c), "intervalMs": 5000}
    )
    b.no_content()
    return b.build()


def settings(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{API}/v1/me/settings")
    b.decoy("biometryType faceID flag: Face ID stays on the phone")
    b.json({"biometricLogin": True, "biometryType": "faceID", "units": "metric"})
    b.ok_json({"saved": True})
    return b.build()


def catalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/classes?tag=beginner")
    b.decoy("class catalogue with durations and popularity")
    b.ok_json(
        {
            "classes": [
                {
                    "title": t,
                    "durationSec": c.rng.choice([1200, 1800]),
                    "completions": c.rng.randint(10, 99999),
                }
                for t in CLASSES
            ]
        }
    )
    return b.build()
