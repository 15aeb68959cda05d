"""Classroom games on the teacher's iPad, their own traffic: algebra
"expressions", an avatar maker's face shapes and preset expressions, a 3-D
geometry level's camera yaw/pitch and prism "faces", leaderboards, a word
search whose list holds FACE and VOICE. All hard decoys; the games' SDK
traffic with real ids is in adsdk.py. In-house backends.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import new, rf, rid, series, ua

MATH = ua("MathDash", "4.8.2")
WORDS = ua("WordBlox", "112")


def math_round(c: Context) -> Flow:
    r = c.rng
    exprs = [f"{r.randint(2, 9)}x + {r.randint(1, 20)} = {r.randint(20, 60)}" for _ in range(5)]
    b = new(c, "mathdash", "POST", "https://api.example-mathdash.com/v3/rounds", MATH)
    b.json(
        {
            "expressions": exprs,
            "expressionWeights": series(r, 5, 0, 1, 3),
            "answers": [rf(r, 0, 10, 2) for _ in exprs],
            "msPerAnswer": series(r, 5, 900, 9000, 0),
            "faceValueCards": [r.randint(1, 13) for _ in range(4)],
            "combo": r.randint(0, 12),
        }
    )
    b.ok_json({"xp": r.randint(10, 90), "roundId": rid(r)})
    b.decoy(
        "algebra 'expressions', difficulty weights, card face values (math, not facial expression)"
    )
    return b.build()


def avatar(c: Context) -> Flow:
    r = c.rng
    b = new(c, "mathdash", "PUT", "https://api.example-mathdash.com/v3/avatar", MATH)
    b.json(
        {
            "faceShape": r.choice(["round", "oval", "square"]),
            "eyes": r.randint(1, 12),
            "mouth": r.randint(1, 9),
            "skinTone": r.randint(1, 6),
            "hair": {"style": r.randint(1, 20), "color": "#" + new_hex(r, 6)},
            "expression": r.choice(["smile", "wink", "surprised"]),
            "blendPreset": r.choice(["cheerful", "sleepy"]),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("avatar picked from menus: face shape, preset expression (chosen, not measured)")
    return b.build()


def geometry_cam(c: Context) -> Flow:
    r = c.rng
    b = new(c, "mathdash", "POST", "https://api.example-mathdash.com/v3/replays", MATH)
    b.json(
        {
            "level": "prisms-3",
            "camera": [
                {
                    "t": i * 100,
                    "yaw": rf(r, -180, 180, 2),
                    "pitch": rf(r, -60, 60, 2),
                    "roll": 0.0,
                    "zoom": rf(r, 0.5, 2, 2),
                }
                for i in range(12)
            ],
            "vertices": [[rf(r, -1, 1, 3) for _ in range(3)] for _ in range(8)],
            "faces": 6,
        }
    )
    b.no_content()
    b.decoy("3-D geometry level: camera yaw/pitch path, prism vertices and 'faces' count")
    return b.build()


def leaderboard(c: Context) -> Flow:
    r = c.rng
    b = new(
        c, "mathdash", "GET", "https://api.example-mathdash.com/v3/classes/118/leaderboard", MATH
    )
    b.ok_json(
        {
            "rows": [
                {"nick": n, "xp": r.randint(100, 9000), "streak": r.randint(0, 30)}
                for n in ("PandaMath", "Zorro7", "Blue Comet", "NinjaNúmeros")
            ]
        }
    )
    b.decoy("class leaderboard of nicknames and scores")
    return b.build()


def words_puzzle(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "wordblox",
        "GET",
        "https://api.example-wordblox.com/v1/puzzles/daily",
        WORDS,
        [("lang", r.choice(["en", "es"])), ("grade", "3")],
    )
    b.ok_json(
        {
            "grid": [
                "".join(r.choice("ABCDEFGHIJKLMNÑOPRSTU") for _ in range(6)) for _ in range(6)
            ],
            "words": ["CASA", "LUNA", "FACE", "VOICE", "WATCH"],
            "seed": new_hex(r, 16),
        }
    )
    b.decoy("word-search puzzle whose word list includes FACE, VOICE, WATCH")
    return b.build()
