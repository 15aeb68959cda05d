"""Karada Log: a fitness app with workout videos and AI form check (fictional
backend). The workout-video player reports what was watched (`douga_shichou`,
lesson id, seconds, kanryou): viewing history. The form check sends 17 body
keypoints from the rear camera (a body, no face): a decoy. Heart-rate series,
step counts and GPS runs are ordinary look-alikes. A protobuf stats ping puts
lesson and seconds under field numbers (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, rf, ua

API = "https://api.karadalog.example"
UA = ua("KaradaLog", "3.3.0")
BODY = ["nose_hidden", "l_shoulder", "r_shoulder", "l_elbow", "r_elbow", "l_wrist", "r_wrist",
        "l_hip", "r_hip", "l_knee", "r_knee", "l_ankle", "r_ankle", "l_heel", "r_heel",
        "l_toe", "r_toe"]  # fmt: skip


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "karadalog", method, url)
    b.header("user-agent", UA)
    return b


def douga_shichou(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/lesson/douga_shichou")
    b.view("json lesson_id + shichou_byou / kanryou")
    b.json(
        {
            "lesson_id": f"L{c.rng.randint(100, 999)}",
            "lesson_mei": c.rng.choice(["朝ヨガ10分", "HIIT 20", "ストレッチ"]),
            "shichou_byou": c.rng.randint(60, 1200),
            "kanryou": c.rng.random() < 0.5,
            "hajime": iso(c),
        }
    )
    b.no_content()
    return b.build()


def stats_pb(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/p/s")
    b.view("protobuf fields 1 (lesson) 2 (seconds) 3 (ts)", detectable=False)
    body = (
        pb_bytes(1, f"L{c.rng.randint(100, 999)}")
        + pb_varint(2, c.rng.randint(60, 1200))
        + pb_varint(3, ms(c))
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def form_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/form_check")
    b.decoy("17 body keypoints of a squat (rear camera, body without a face)")
    b.json(
        {
            "shumoku": "squat",
            "keypoints": {n: [rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3)] for n in BODY},
            "kaisuu": c.rng.randint(5, 20),
        }
    )
    b.ok_json({"score": c.rng.randint(50, 100)})
    return b.build()


def heart_rate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/shinpaku")
    b.decoy("heart-rate series (a float series, not biometric in the issue's sense)")
    b.json({"bpm": [c.rng.randint(60, 170) for _ in range(30)], "start": iso(c)})
    b.no_content()
    return b.build()


def run_track(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/run")
    b.decoy("GPS track around Nakanoshima (coordinates)")
    b.json(
        {"track": [[rf(c.rng, 34.68, 34.7, 5), rf(c.rng, 135.48, 135.51, 5)] for _ in range(20)]}
    )
    b.no_content()
    return b.build()


def lesson_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/lesson?cat=yoga")
    b.decoy("lesson catalogue with durations")
    b.ok_json(
        {
            "lessons": [
                {"lesson_id": f"L{c.rng.randint(100, 999)}", "nagasa_byou": 600} for _ in range(6)
            ]
        }
    )
    return b.build()
