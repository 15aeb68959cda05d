"""Espelho Fit, a fitness mirror that reads the face (effort, fatigue) from its
camera; the phone app pairs it.

The mirror runs MediaPipe Face Landmarker, which outputs 478 face landmarks and
52 ARKit-style blendshape scores (`eyeBlinkLeft`, `jawOpen`, `mouthSmileLeft`...,
developers.google.com/mediapipe/solutions/vision/face_landmarker) and posts
them per set as "expressão" telemetry. Device ids: mirror serial and BLE MAC at
pairing. Opaque: a msgpack frame of landmarks under short keys. Decoys: rep
counts, workout catalogue, mirror tilt (yaw/pitch), a class video fetch.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_mp4, mpack

from .phone import FB, ms, points, rf, ua

API = "https://api.espelhofit.pt"
UA = ua("EspelhoFit", "1.12.0")
MIRROR_UA = "EspelhoFit-Mirror/3.1 (Android 12; MRR-2)"
SHAPES = [
    "browDownLeft",
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "eyeSquintLeft",
    "jawOpen",
    "mouthFrownLeft",
    "mouthSmileLeft",
    "mouthSmileRight",
    "cheekPuff",
    "noseSneerLeft",
]


def blendshapes(c: Context) -> Flow:
    b = FB(c, "espejo", "POST", f"{API}/v2/treino/expressao")
    b.header("user-agent", MIRROR_UA)
    b.json(
        {
            "serieTreino": c.rng.randint(1, 5),
            "faceBlendshapes": [{"categoryName": s, "score": rf(c.rng, 0, 1)} for s in SHAPES],
            "esforcoEstimado": rf(c.rng, 0, 10, 1),
            "espelhoId": b.id("mirror_serial", where="json:espelhoId"),
            "ts": ms(c),
        }
    )
    b.bio("blendshapes", "json:faceBlendshapes[]")
    b.no_content()
    return b.build()


def landmarks(c: Context) -> Flow:
    b = FB(c, "espejo", "POST", f"{API}/v2/treino/rosto")
    b.header("user-agent", MIRROR_UA)
    b.json(
        {
            "faceLandmarks": [
                {"x": round(x / 720, 4), "y": round(y / 1280, 4), "z": rf(c.rng, -0.05, 0.05)}
                for x, y in points(c.rng, 60)
            ],
            "fadiga": rf(c.rng, 0, 1, 2),
        }
    )
    b.bio("face_landmarks", "json:faceLandmarks[] (x,y,z)")
    b.no_content()
    return b.build()


def frame_opaque(c: Context) -> Flow:
    b = FB(c, "espejo", "POST", f"{API}/v2/f")
    b.header("user-agent", MIRROR_UA)
    b.set_body(
        mpack({"a": [p for xy in points(c.rng, 40) for p in xy], "b": ms(c)}),
        "application/octet-stream",
    )
    b.bio("face_landmarks", "msgpack:a (unnamed flat list)", detectable=False)
    b.no_content()
    return b.build()


def pair(c: Context) -> Flow:
    b = FB(c, "espejo", "POST", f"{API}/v2/espelho/emparelhar")
    b.header("user-agent", UA)
    b.json(
        {
            "numeroSerie": b.id("mirror_serial", where="json:numeroSerie"),
            "bleMac": b.id("mirror_mac", where="json:bleMac"),
            "idAndroid": b.id("aid_espejo", where="json:idAndroid"),
            "utilizador": b.acct("espejo_user"),
        }
    )
    b.ok_json({"emparelhado": True})
    return b.build()


def reps(c: Context) -> Flow:
    b = FB(c, "espejo", "POST", f"{API}/v2/treino/repeticoes")
    b.header("user-agent", MIRROR_UA)
    b.decoy("rep counts and calories")
    b.json({"exercicio": "agachamento", "reps": c.rng.randint(8, 20), "kcal": rf(c.rng, 5, 40, 1)})
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(c, "espejo", "GET", f"{API}/v2/aulas", [("nivel", "intermedio")])
    b.header("user-agent", UA)
    b.decoy("workout catalogue")
    b.ok_json({"aulas": [{"id": f"aula-{i}", "duracaoMin": 30} for i in range(5)]})
    return b.build()


def tilt(c: Context) -> Flow:
    b = FB(c, "espejo", "PUT", f"{API}/v2/espelho/inclinacao")
    b.header("user-agent", MIRROR_UA)
    b.decoy("mirror camera yaw/pitch calibration")
    b.json({"yaw": rf(c.rng, -15, 15, 2), "pitch": rf(c.rng, -10, 10, 2), "roll": 0.0})
    b.no_content()
    return b.build()


def class_video(c: Context) -> Flow:
    b = FB(
        c, "espejo", "GET", f"https://media.espelhofit.pt/aulas/aula-{c.rng.randint(0, 4)}/720p.mp4"
    )
    b.header("user-agent", MIRROR_UA)
    b.header("range", "bytes=0-")
    b.decoy("class video fetch")
    b.respond(206, "video/mp4", fake_mp4(c.rng.getrandbits(32), 800))
    return b.build()
