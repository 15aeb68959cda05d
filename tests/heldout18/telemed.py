"""A telemedicine app with video consultations: camera-based vitals (remote
photoplethysmography on face regions), an affect / attention analysis of the
patient's face sent to the backend, voice notes to the doctor.

Sources: rPPG apps track the face with a 468-point mesh (MediaPipe Face Mesh,
developers.google.com/mediapipe/solutions/vision/face_landmarker) to place
forehead / cheek regions; the affect analysis uses Azure Face style attribute
names (`faceAttributes.emotion`, `headPose`, learn.microsoft.com/azure/ai-services/
computer-vision). The backend (`api.sprechstunde-example.de`) is in-house.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.sprechstunde-example.de"


def _auth(b: FB, c: Context) -> None:
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("user-agent", ua("Sprechstunde", "4.22.0"))


def _mesh(c: Context, n: int) -> list[list[float]]:
    return [[rf(c.rng, 0.2, 0.8), rf(c.rng, 0.15, 0.85), rf(c.rng, -0.08, 0.08)] for _ in range(n)]


def rppg_frames(c: Context) -> Flow:
    b = FB(c, "sprechstunde-api", "POST", f"{API}/v1/vitals/rppg/windows")
    _auth(b, c)
    b.json(
        {
            "consultationId": rid(c.rng),
            "windowStartMs": ms(c),
            "fps": 30,
            "faceMesh": {"model": "mediapipe_face_landmarker_v2", "points": _mesh(c, 468)},
            "roiMeans": {
                r: [rf(c.rng, 90, 140, 2) for _ in range(8)]
                for r in ("forehead", "leftCheek", "rightCheek")
            },
        }
    )
    b.bio("face_mesh", "body:faceMesh.points (468-point mesh)")
    b.ok_json({"accepted": True})
    return b.build()


def vitals_summary(c: Context) -> Flow:
    b = FB(c, "sprechstunde-api", "POST", f"{API}/v1/vitals/summary")
    _auth(b, c)
    b.json(
        {
            "measurementId": rid(c.rng),
            "heartRateBpm": c.rng.randint(58, 92),
            "respirationRate": c.rng.randint(11, 18),
            "hrvSdnnMs": rf(c.rng, 25, 70, 1),
            "signalQuality": rf(c.rng, 0.6, 0.95, 2),
            "measuredAt": iso(c),
        }
    )
    b.decoy("vital-sign numbers (health data, no face data)")
    b.ok_json({"stored": True})
    return b.build()


def affect_analysis(c: Context) -> Flow:
    b = FB(c, "sprechstunde-api", "POST", f"{API}/v1/consultations/{rid(c.rng)}/patient-affect")
    _auth(b, c)
    emo = {k: rf(c.rng, 0, 0.5, 3) for k in ("anger", "fear", "happiness", "neutral", "sadness")}
    b.json(
        {
            "samples": [
                {
                    "t": ms(c) + i * 5000,
                    "faceAttributes": {
                        "emotion": emo,
                        "headPose": {
                            "pitch": rf(c.rng, -10, 10, 1),
                            "roll": rf(c.rng, -5, 5, 1),
                            "yaw": rf(c.rng, -15, 15, 1),
                        },
                        "age": c.rng.randint(30, 36),
                        "blur": {"blurLevel": "low"},
                    },
                }
                for i in range(2)
            ]
        }
    )
    b.bio("face_analysis", "body:samples[].faceAttributes (emotion, headPose, age)")
    b.ok_json({"ok": True})
    return b.build()


def sealed_vitals(c: Context) -> Flow:
    b = FB(c, "sprechstunde-api", "POST", f"{API}/v1/vitals/raw")
    _auth(b, c)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(900)), "application/octet-stream")
    b.bio("face_mesh", "body:(AES-sealed rPPG window with face mesh)", detectable=False)
    b.no_content()
    return b.build()


def voice_note(c: Context) -> Flow:
    boundary = "----" + rid(c.rng).replace("-", "")
    parts = [
        ("threadId", None, None, rid(c.rng).encode()),
        ("audio", "sprachnachricht.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**6), 800)),
    ]
    b = FB(c, "sprechstunde-api", "POST", f"{API}/v1/messages/voice")
    _auth(b, c)
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.decoy("voice message to the doctor (message content, no speaker model)")
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


def push_register(c: Context) -> Flow:
    b = FB(c, "sprechstunde-api", "POST", f"{API}/v1/devices")
    _auth(b, c)
    b.json(
        {
            "installationId": b.id("doc_install", where="body:installationId"),
            "androidId": b.id("aid_doc", where="body:androidId"),
            "platform": "android",
            "pushToken": "e" + b64(rid(c.rng))[:40],
            "appVersion": "4.22.0",
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def appointments(c: Context) -> Flow:
    b = FB(c, "sprechstunde-api", "GET", f"{API}/v1/appointments")
    _auth(b, c)
    b.param("from", "2024-11-08")
    slots = [{"id": rid(c.rng), "doctor": "Dr. med. A. Yilmaz", "start": iso(c), "type": "VIDEO"}]
    b.ok_json({"patientId": b.acct("doc_patient"), "appointments": slots})
    return b.build()


def call_signal(c: Context) -> Flow:
    b = FB(c, "sprechstunde-api", "POST", f"{API}/v1/rtc/ice")
    _auth(b, c)
    b.json(
        {
            "sdpMid": "0",
            "candidate": f"candidate:{c.rng.randint(10**8, 10**9)} 1 udp "
            f"2122260223 192.0.2.{c.rng.randint(2, 250)} {c.rng.randint(40000, 60000)} typ host",
        }
    )
    b.no_content()
    return b.build()
