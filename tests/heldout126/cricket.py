"""Crease Live: a cricket app (Nepal and Sri Lanka fixtures) with ball-by-ball
scores and highlight clips; Firebase Installations and a Firebase-style event
endpoint of its own.

Highlight watch events (`highlight_watch` with `watch_sec`) are viewing
history; live scores, wagon-wheel coordinates, win-probability series, the
"most viewed clips" rail and the clip fetch are not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_mp4

from .phone import FB, ms, rf, ua

API = "https://api.creaselive.example"
UA = ua("CreaseLive", "9.3.1")
CLIPS = ["nep-v-sl-6s", "kandy-falcons-hl", "jaffna-kings-ton", "dipendra-airee-50"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "creaselive", method, url)
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("aid_cric", where="header x-device-id"))
    return b


def highlight_watch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/events")
    b.view("json events[] highlight_watch clip_id + watch_sec")
    b.json(
        {
            "events": [
                {
                    "name": "highlight_watch",
                    "clip_id": c.rng.choice(CLIPS),
                    "watch_sec": c.rng.randint(5, 240),
                    "pct": c.rng.choice([25, 50, 100]),
                    "ts": ms(c),
                }
            ],
            "uid": b.acct("cric_user"),
        }
    )
    b.ok_json({"accepted": 1})
    return b.build()


def fis_register(c: Context) -> Flow:
    b = FB(
        c,
        "firebase-installations",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/crease-live-5b21/installations",
    )
    b.header("user-agent", UA)
    b.header("x-goog-api-key", "AIzaSyB2-creaselive-key-1f9")
    fid = b.id("cric_fid", where="json fid (Firebase installation id)")
    b.json(
        {
            "fid": fid,
            "appId": "1:550912:android:9a1b",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/550912/installations/" + fid, "fid": fid})
    return b.build()


def live_score(c: Context) -> Flow:
    b = FB(c, "creaselive", "GET", f"{API}/v1/match/live?series=npl-2024")
    b.header("user-agent", UA)
    b.decoy("ball-by-ball: wagon-wheel x/y coordinates and win-probability series")
    balls = [
        {
            "over": f"{o}.{i}",
            "runs": c.rng.choice([0, 1, 4, 6]),
            "x": rf(c.rng, -1, 1, 3),
            "y": rf(c.rng, -1, 1, 3),
        }
        for o in (17, 18)
        for i in (1, 2, 3)
    ]
    b.ok_json({"balls": balls, "winProb": [rf(c.rng, 0, 1, 3) for _ in range(20)]})
    return b.build()


def top_clips(c: Context) -> Flow:
    b = FB(c, "creaselive", "GET", f"{API}/v1/clips/most-viewed")
    b.header("user-agent", UA)
    b.decoy("most-viewed clips: total views over all users (aggregate)")
    b.ok_json({"clips": [{"clip_id": k, "views": c.rng.randint(10**4, 10**6)} for k in CLIPS]})
    return b.build()


def clip_fetch(c: Context) -> Flow:
    b = FB(c, "creaselive", "GET", f"https://media.creaselive.example/hl/{c.rng.choice(CLIPS)}.mp4")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", "bytes=0-")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 600))
    return b.build()


def bowling_action(c: Context) -> Flow:
    """Bowling-action coach: body joints from shoulders down, no face points."""
    b = _b(c, "POST", f"{API}/v1/coach/bowling-action")
    b.decoy("body pose keypoints (shoulders to ankles, no face) of a bowling action")
    joints = [
        "l_shoulder",
        "r_shoulder",
        "l_elbow",
        "r_elbow",
        "l_wrist",
        "r_wrist",
        "l_hip",
        "r_hip",
        "l_knee",
        "r_knee",
        "l_ankle",
        "r_ankle",
    ]
    frames = [{j: [rf(c.rng, 0, 720, 1), rf(c.rng, 0, 1280, 1)] for j in joints} for _ in range(4)]
    b.json({"frames": frames, "fps": 30, "arm": "right"})
    b.ok_json(
        {"front_foot_no_ball_risk": rf(c.rng, 0, 1, 2), "elbow_flex_deg": c.rng.randint(5, 19)}
    )
    return b.build()
