"""Vilkų Takas "face emotes": MediaPipe Face Landmarker output sent to the game server.

MediaPipe's Face Landmarker returns faceBlendshapes as classifications of 52
categories {index, categoryName, score} (the ARKit-style names below) and
faceLandmarks as 478 normalised {x, y, z} points (developers.google.com/
mediapipe/solutions/vision/face_landmarker). The game forwards them to drive
the player's avatar in a match and to calibrate it.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, rf, rid, ua

GAME = "https://api.vilkutakas.example.com"

BLENDSHAPES = [
    "_neutral",
    "browDownLeft",
    "browDownRight",
    "browInnerUp",
    "browOuterUpLeft",
    "browOuterUpRight",
    "cheekPuff",
    "cheekSquintLeft",
    "cheekSquintRight",
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "eyeLookDownLeft",
    "eyeLookDownRight",
    "eyeLookInLeft",
    "eyeLookInRight",
    "eyeLookOutLeft",
    "eyeLookOutRight",
    "eyeLookUpLeft",
    "eyeLookUpRight",
    "eyeSquintLeft",
    "eyeSquintRight",
    "eyeWideLeft",
    "eyeWideRight",
    "jawForward",
    "jawLeft",
    "jawOpen",
    "jawRight",
    "mouthClose",
    "mouthDimpleLeft",
    "mouthDimpleRight",
    "mouthFrownLeft",
    "mouthFrownRight",
    "mouthFunnel",
    "mouthLeft",
    "mouthLowerDownLeft",
    "mouthLowerDownRight",
    "mouthPressLeft",
    "mouthPressRight",
    "mouthPucker",
    "mouthRight",
    "mouthRollLower",
    "mouthRollUpper",
    "mouthShrugLower",
    "mouthShrugUpper",
    "mouthSmileLeft",
    "mouthSmileRight",
    "mouthStretchLeft",
    "mouthStretchRight",
    "mouthUpperUpLeft",
    "mouthUpperUpRight",
    "noseSneerLeft",
    "noseSneerRight",
]


def face_emote(c: Context) -> Flow:
    b = FB(c, "vilkutakas", "POST", f"{GAME}/v1/avatar/emote")
    b.header("user-agent", ua("VilkuTakas", "1.42.0"))
    cats = [
        {"index": i, "categoryName": n, "score": rf(c.rng, 0, 1, 4)}
        for i, n in enumerate(BLENDSHAPES)
    ]
    b.json(
        {
            "player": b.acct("game_user"),
            "match": rid(c.rng),
            "faceBlendshapes": [{"categories": cats}],
        }
    )
    b.bio("blendshapes", "json faceBlendshapes categories")
    b.no_content()
    return b.build()


def face_mesh(c: Context) -> Flow:
    b = FB(c, "vilkutakas", "POST", f"{GAME}/v1/avatar/calibrate")
    b.header("user-agent", ua("VilkuTakas", "1.42.0"))
    mesh = [
        [rf(c.rng, 0.3, 0.7, 4), rf(c.rng, 0.2, 0.8, 4), rf(c.rng, -0.1, 0.1, 4)]
        for _ in range(478)
    ]
    b.json({"faceLandmarks": mesh, "imageSize": [720, 1280]}, encoding="gzip")
    b.bio("landmarks", "gzip json faceLandmarks 478-point mesh")
    b.ok_json({"calibrated": True})
    return b.build()
