"""KalviTest, an exam-preparation app (Tamil Nadu / Telangana boards, JEE
mock tests) with remote proctoring: a face-embedding identity check before the
exam, MediaPipe Face Landmarker blendshapes and mesh samples during it,
proctoring violations with head pose and gaze, periodic webcam snapshots, a
schema-less protobuf of packed floats, and ordinary exam traffic (question
papers, answers, timer sync, lecture videos).

Sources: MediaPipe Face Landmarker (478 normalised landmarks x / y / z, 52
blendshape categories `_neutral`, `browDownLeft`, ... `eyeBlinkLeft`,
`jawOpen`, `mouthSmileLeft`: developers.google.com/mediapipe/solutions/vision/
face_landmarker); proctoring products' published event types (multiple faces,
face not found, looking away). The backend's keys are this set's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import floats
from tests.heldout.wire import (
    fake_jpeg,
    fake_mp4,
    multipart,
    pb_bytes,
    pb_msg,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, ms, rf, rid, ua

API = "https://proctor.kalvitest.in"
SHAPES = [
    "_neutral",
    "browDownLeft",
    "browDownRight",
    "browInnerUp",
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "eyeLookDownLeft",
    "eyeLookDownRight",
    "eyeLookInLeft",
    "eyeLookOutRight",
    "eyeLookUpLeft",
    "eyeSquintLeft",
    "eyeWideRight",
    "jawOpen",
    "mouthClose",
    "mouthFunnel",
    "mouthPucker",
    "mouthSmileLeft",
    "mouthSmileRight",
    "cheekPuff",
    "noseSneerLeft",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kalvitest", method, url)
    b.header("user-agent", ua("KalviTest", "3.9.4"))
    return b


def _exam(c: Context) -> str:
    return f"MOCK-{c.rng.choice(['TNBS', 'TSBIE', 'JEE'])}-{c.rng.randint(100, 999)}"


def identity_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/identity/check")
    b.json(
        {
            "examId": _exam(c),
            "roll": b.acct("edu_roll"),
            "faceEmbedding": floats(c.rng, 128),
            "model": "mobilefacenet",
            "detScore": rf(c.rng, 0.9, 1, 3),
        }
    )
    b.bio("face_embedding", "body.faceEmbedding")
    b.ok_json({"match": True, "distance": rf(c.rng, 0.2, 0.6, 3)})
    return b.build()


def blendshapes(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/stream/expr")
    frames = [
        {
            "t": ms(c) + i * 1000,
            "blendshapes": [{"categoryName": n, "score": rf(c.rng, 0, 1, 4)} for n in SHAPES],
        }
        for i in range(3)
    ]
    b.json({"examId": _exam(c), "roll": b.acct("edu_roll"), "frames": frames}, encoding="gzip")
    b.bio("blendshapes", "gzip body frames[].blendshapes")
    b.no_content()
    return b.build()


def mesh_sample(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/stream/mesh")
    cx, cy = rf(c.rng, 0.4, 0.6), rf(c.rng, 0.4, 0.6)
    pts = [
        [
            round(cx + c.rng.gauss(0, 0.08), 4),
            round(cy + c.rng.gauss(0, 0.1), 4),
            round(c.rng.gauss(0, 0.03), 4),
        ]
        for _ in range(478)
    ]
    b.json({"examId": _exam(c), "t": ms(c), "faceLandmarks": pts}, encoding="gzip")
    b.bio("face_landmarks", "gzip body faceLandmarks (478 points)")
    b.no_content()
    return b.build()


def violation(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/events")
    kind = c.rng.choice(["MULTIPLE_FACES", "LOOKING_AWAY", "FACE_NOT_CENTERED"])
    b.json(
        {
            "examId": _exam(c),
            "roll": b.acct("edu_roll"),
            "type": kind,
            "t": ms(c),
            "faceCount": 2 if kind == "MULTIPLE_FACES" else 1,
            "headPose": {
                "yaw": rf(c.rng, -45, 45, 1),
                "pitch": rf(c.rng, -30, 30, 1),
                "roll": rf(c.rng, -15, 15, 1),
            },
            "gaze": {"x": rf(c.rng, -1, 1, 3), "y": rf(c.rng, -1, 1, 3)},
            "faceBox": [88, 120, 300, 330],
        }
    )
    b.bio("face_analysis", "body (faceCount / headPose / gaze of the candidate's face)")
    b.ok_json({"warn": True})
    return b.build()


def snapshot(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/snapshot")
    boundary = new_hex(c.rng, 30)
    b.set_body(
        multipart(
            boundary,
            [
                ("examId", None, None, _exam(c).encode()),
                ("faceDetected", None, None, b"true"),
                (
                    "webcam",
                    f"cam_{ms(c)}.jpg",
                    "image/jpeg",
                    fake_jpeg(c.rng.getrandbits(32), 1200),
                ),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.bio("face_image", "multipart webcam (proctoring snapshot)")
    b.ok_json({"stored": True})
    return b.build()


def packed_opaque(c: Context) -> Flow:
    """Protobuf, no schema: field 2 is a packed float32 face embedding, nothing names it."""
    b = _b(c, "POST", f"{API}/v1/pb")
    b.set_body(
        pb_msg(
            1, [pb_varint(1, ms(c)), pb_packed_floats(2, floats(c.rng, 128)), pb_bytes(3, "m3")]
        ),
        "application/x-protobuf",
    )
    b.bio("face_embedding", "protobuf 1.2 (packed floats)", detectable=False)
    b.no_content()
    return b.build()


def lock_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/exam/lock")
    b.json(
        {
            "roll": b.acct("edu_roll"),
            "deviceAndroidId": b.id("aid_edu", where="body.deviceAndroidId"),
            "installRef": b.id("edu_install", where="body.installRef", detectable=False),
            "kiosk": True,
        }
    )
    b.ok_json({"locked": True})
    return b.build()


def question_paper(c: Context) -> Flow:
    b = _b(c, "GET", f"https://api.kalvitest.in/v2/papers/{_exam(c)}?lang=ta")
    b.ok_json(
        {"questions": [{"q": i, "opts": 4, "marks": c.rng.choice([1, 2, 4])} for i in range(30)]}
    )
    return b.build()


def answers(c: Context) -> Flow:
    b = _b(c, "POST", "https://api.kalvitest.in/v2/answers")
    b.json(
        {
            "examId": _exam(c),
            "answers": [c.rng.randint(0, 3) for _ in range(30)],
            "timePerQ": [c.rng.randint(5, 200) for _ in range(30)],
            "reqId": rid(c.rng),
        }
    )
    b.decoy("answer and timing series")
    b.ok_json({"score": c.rng.randint(20, 120)})
    return b.build()


def timer_sync(c: Context) -> Flow:
    b = _b(c, "GET", f"https://api.kalvitest.in/v2/time?t={ms(c)}")
    b.ok_json({"server": ms(c), "drift": c.rng.randint(-300, 300)})
    return b.build()


def lecture(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"https://cdn.kalvitest.in/lectures/PHY{c.rng.randint(10, 99)}"
        f"/seg{c.rng.randint(1, 90)}.mp4",
    )
    b.respond(200, "video/mp4", fake_mp4(c.rng.getrandbits(32), 800))
    b.decoy("lecture video fetch")
    return b.build()


def vectors_no_face(c: Context) -> Flow:
    """Question-difficulty embeddings for adaptive tests: floats with no face context."""
    b = _b(c, "POST", "https://api.kalvitest.in/v2/adaptive/next")
    b.json({"skillVector": floats(c.rng, 64), "topic": "kinematics", "reqId": rid(c.rng)})
    b.decoy("feature vector without face context")
    b.ok_json({"next": c.rng.randint(1, 5000)})
    return b.build()
