"""Value shapes shared by the set-4 apps: face geometry, embeddings, series, titles.

Face-like and face-unlike numeric data come from the same helpers, so a detector
cannot tell them apart by their numbers alone: only keys and structure differ.
"""

from __future__ import annotations

import math
import random

ARKIT_BLENDSHAPES = [
    "browDownLeft", "browDownRight", "browInnerUp", "browOuterUpLeft", "browOuterUpRight",
    "cheekPuff", "cheekSquintLeft", "cheekSquintRight", "eyeBlinkLeft", "eyeBlinkRight",
    "eyeLookDownLeft", "eyeLookDownRight", "eyeLookInLeft", "eyeLookInRight", "eyeLookOutLeft",
    "eyeLookOutRight", "eyeLookUpLeft", "eyeLookUpRight", "eyeSquintLeft", "eyeSquintRight",
    "eyeWideLeft", "eyeWideRight", "jawForward", "jawLeft", "jawOpen", "jawRight",
    "mouthClose", "mouthDimpleLeft", "mouthDimpleRight", "mouthFrownLeft", "mouthFrownRight",
    "mouthFunnel", "mouthLeft", "mouthLowerDownLeft", "mouthLowerDownRight", "mouthPressLeft",
    "mouthPressRight", "mouthPucker", "mouthRight", "mouthRollLower", "mouthRollUpper",
    "mouthShrugLower", "mouthShrugUpper", "mouthSmileLeft", "mouthSmileRight",
    "mouthStretchLeft", "mouthStretchRight", "mouthUpperUpLeft", "mouthUpperUpRight",
    "noseSneerLeft", "noseSneerRight", "tongueOut",
]  # fmt: skip


def raw_blendshape(name: str) -> str:
    """ARKit's camelCase name in the raw `_L` / `_R` spelling some engines export."""
    for side, suffix in (("Left", "_L"), ("Right", "_R")):
        if name.endswith(side):
            return name[: -len(side)] + suffix
    return name


def points2d(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    """n points on an ellipse-ish outline with jitter (a face outline or any 2-D path)."""
    cx, cy = rng.uniform(0.35, 0.65) * w, rng.uniform(0.35, 0.6) * h
    rx, ry = rng.uniform(0.15, 0.25) * w, rng.uniform(0.12, 0.2) * h
    out = []
    for i in range(n):
        a = 2 * math.pi * i / n
        out.append(
            [
                round(cx + rx * math.cos(a) + rng.gauss(0, 4), 1),
                round(cy + ry * math.sin(a) + rng.gauss(0, 4), 1),
            ]
        )
    return out


def points3d(rng: random.Random, n: int) -> list[float]:
    """A flat x,y,z list of n normalised vertices (a face mesh or any point cloud)."""
    out: list[float] = []
    for _ in range(n):
        out += [
            round(rng.uniform(0, 1), 5),
            round(rng.uniform(0, 1), 5),
            round(rng.gauss(0, 0.05), 5),
        ]
    return out


def vector(rng: random.Random, n: int, nd: int = 5) -> list[float]:
    """An L2-normalised float vector (a face or speaker embedding, or any feature vector)."""
    raw = [rng.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in raw)) or 1.0
    return [round(x / norm, nd) for x in raw]


def series(rng: random.Random, n: int, start: float, step: float, nd: int = 2) -> list[float]:
    out, v = [], start
    for _ in range(n):
        v += rng.gauss(0, step)
        out.append(round(v, nd))
    return out


TRACKS = [
    ("Maren Holt", "Glass Harbour", "Low Tides"),
    ("The Vireos", "Paper Lanterns", "Night Ferry"),
    ("Ada Quint", "Orbiting", "Small Hours"),
    ("Kofi Mensah Trio", "Harmattan", "Dust & Gold"),
    ("Lumen Drive", "Neon Pines", "Northbound"),
    ("Sister Aurelia", "Halcyon", "Halcyon"),
    ("Teodor Vasile", "Cold Meridian", "Meridian EP"),
    ("Nadia Ferrer", "Salt & Ember", "Coastal"),
    ("Oskar Blau", "Stillwater", "Rooms"),
    ("Juniper Vale", "Honey Static", "Static Bloom"),
    ("Ravi Anand", "Monsoon Letters", "Letters"),
    ("Bright Hollow", "Kite Season", "Kite Season"),
]

MATCHES = [
    "Harbour City FC v Northgate United",
    "Riverside Rovers v Castle Athletic",
    "Westbrook Wanderers v Port Ellis",
    "Kingsmere v Dunmore Town",
    "Valley Stars v Ashford Albion",
    "Lakeside Lions v Southport Rangers",
]

COURSES = [
    ("py-data-101", "Python for Data Analysis"),
    ("ux-foundations", "UX Foundations"),
    ("excel-pro", "Excel Pro: Pivot Tables"),
    ("photo-basics", "Photography Basics"),
    ("ml-intro", "Intro to Machine Learning"),
    ("spanish-a2", "Spanish A2 Conversation"),
]

TV_SHOWS = [
    ("Coastline Kitchen", "Channel 4"),
    ("The Night Desk", "BBC One"),
    ("Cold Case Files", "ITV1"),
    ("Premier Football Live", "Sky Sports"),
    ("Grand Designs Revisited", "Channel 4"),
    ("Evening News", "BBC One"),
    ("Mountain Rescue", "Channel 5"),
]
