"""AasanAI, a yoga app with pose correction (in-house api.aasanai.app).

The phone runs a body-pose model and sends the BODY joints only (shoulders,
elbows, wrists, hips, knees, ankles, named as in the COCO keypoint set without
its nose / eye / ear points), joint angles and hold timers: a body pose, no
face, nothing that identifies a person. Class videos stream from its CDN.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_mp4

from .phone import FB, ms, rf, rid, ua

API = "https://api.aasanai.app"
UA = ua("AasanAI", "2.8.1")
JOINTS = [
    f"{side}_{part}"
    for part in ("shoulder", "elbow", "wrist", "hip", "knee", "ankle")
    for side in ("left", "right")
]
ASANAS = ["Vrikshasana", "Tadasana", "Virabhadrasana II", "Trikonasana", "Bhujangasana"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "aasanai", method, API + path)
    b.header("user-agent", UA)
    b.header("x-trace-id", rid(c.rng))
    return b


def pose_feedback(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/pose/feedback")
    kp = {
        j: [rf(c.rng, 0.1, 0.9, 4), rf(c.rng, 0.1, 0.95, 4), rf(c.rng, 0.5, 1, 3)] for j in JOINTS
    }
    b.json(
        {
            "asana": c.rng.choice(ASANAS),
            "keypoints": kp,
            "angles": {"left_knee": rf(c.rng, 30, 180, 1), "right_hip": rf(c.rng, 60, 180, 1)},
            "hold_sec": c.rng.randint(5, 60),
            "frame_ts": ms(c),
        }
    )
    b.ok_json({"tips": ["Keep your spine straight", "Ghutna seedha rakhein"], "score": 78})
    b.decoy("body-pose keypoints (12 body joints, no face points) and angles: not biometric")
    return b.build()


def session_summary(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/session/summary")
    b.json(
        {
            "session_id": new_hex(c.rng, 20),
            "asanas": [{"name": a, "hold_sec": c.rng.randint(10, 90)} for a in ASANAS[:3]],
            "kcal": c.rng.randint(40, 220),
            "duration_min": c.rng.randint(10, 45),
            "pose_accuracy": [round(c.rng.uniform(0.5, 1), 2) for _ in range(8)],
        }
    )
    b.ok_json({"streak": c.rng.randint(1, 40)})
    b.decoy("workout summary: hold timers, calories, accuracy series")
    return b.build()


def class_segment(c: Context) -> Flow:
    url = f"https://cdn.aasanai.app/classes/{new_hex(c.rng, 10)}/720/seg{c.rng.randint(1, 99)}.ts"
    b = FB(c, "aasanai", "GET", url)
    b.respond(200, "video/mp2t", fake_mp4(c.rng.getrandbits(32), 700))
    b.decoy("yoga class video segment fetch")
    return b.build()
