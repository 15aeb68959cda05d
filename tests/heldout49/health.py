"""A cycle / fitness tracker with a band: cycle days, step and heart series,
workout pose keypoints for rep counting (body joints, no face); the band
pairing sends its BLE MAC. Keys are the app's own (English / Arabizi)."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rid, ua

API = "https://sync.sehhaty-fit.example"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "sehha", method, API + path)
    b.header("user-agent", ua("SehhaFit", "3.2.7"))
    return b


def cycle(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/cycle/days")
    b.json(
        {
            "yom_el_dawra": c.rng.randint(1, 35),
            "cycle_length": c.rng.randint(24, 34),
            "symptoms": ["cramps"],
            "date": iso(c)[:10],
        }
    )
    b.decoy("period-tracker cycle day and symptoms: health data, none of the three categories")
    b.no_content()
    return b.build()


def series(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/samples/batch")
    b.json(
        {
            "steps": [c.rng.randint(0, 180) for _ in range(60)],
            "heart_rate": [c.rng.randint(58, 150) for _ in range(60)],
            "interval_sec": 60,
            "start": iso(c),
        }
    )
    b.decoy("per-minute step and heart-rate series: numeric arrays, no biometric template")
    b.no_content()
    return b.build()


def pose_reps(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/workout/reps")
    joints = [
        "l_shoulder",
        "r_shoulder",
        "l_elbow",
        "r_elbow",
        "l_hip",
        "r_hip",
        "l_knee",
        "r_knee",
    ]
    frames = [
        {j: [round(c.rng.uniform(0, 1), 3), round(c.rng.uniform(0, 1), 3)] for j in joints}
        for _ in range(4)
    ]
    b.json(
        {
            "exercise": "squat",
            "reps": c.rng.randint(5, 30),
            "keypoints": frames,
            "form_score": round(c.rng.uniform(0.5, 1), 2),
        }
    )
    b.decoy(
        "body-joint keypoints for squat counting (shoulders/hips/knees, no face): not biometric"
    )
    b.ok_json({"saved": True})
    return b.build()


def band_pair(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/devices")
    b.json(
        {
            "bandMac": b.id("band_mac", where="json:bandMac"),
            "fw": "2.14.0",
            "battery": c.rng.randint(5, 100),
            "req": rid(c.rng),
        }
    )
    b.ok_json({"paired": True})
    return b.build()
