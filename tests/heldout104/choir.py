"""Chorwerk: the app of the church choir she conducts.

Voice parts (Sopran, Alt, Tenor, Bass) with each singer's range in note names
and Hz, a range check from a sung scale (lowest and highest note held), seating
plans, attendance and rehearsal-track downloads. A voice part or range is no
voiceprint: nothing here models who is singing.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, ua

API = "https://app.chorwerk.example"
UA = ua("Chorwerk", "1.14.0")
PARTS = ["Sopran 1", "Sopran 2", "Alt", "Tenor", "Bass"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "chorwerk", method, API + path)
    b.header("user-agent", UA)
    b.header("x-mitglied", b.acct("choir_member"))
    return b


def voice_parts(c: Context) -> Flow:
    b = _b(c, "GET", "/api/chor/stimmen")
    b.decoy("singers' voice parts and ranges (note names, Hz): not voice biometrics")
    b.ok_json(
        {
            "saenger": [
                {
                    "name": n,
                    "stimme": c.rng.choice(PARTS),
                    "umfang": {
                        "tief": c.rng.choice(["F3", "G3", "A2"]),
                        "hoch": c.rng.choice(["A5", "C6", "E4"]),
                    },
                    "tief_hz": rf(c.rng, 98, 220, 1),
                    "hoch_hz": rf(c.rng, 330, 1050, 1),
                }
                for n in ("Anna", "Bernd", "Cäcilia", "Dominik")
            ]
        }
    )
    return b.build()


def range_check(c: Context) -> Flow:
    b = _b(c, "POST", "/api/stimmumfang/test")
    b.decoy(
        "a sung scale reduced to lowest/highest note and a part: a range check, no speaker model"
    )
    b.json(
        {
            "saenger_id": c.rng.randint(100, 999),
            "tonleiter_hz": [rf(c.rng, 130, 700, 1) for _ in range(14)],
            "tiefster_ton": "G3",
            "hoechster_ton": "D5",
            "empfohlene_stimme": c.rng.choice(PARTS),
        }
    )
    b.ok_json({"gespeichert": True})
    return b.build()


def attendance(c: Context) -> Flow:
    b = _b(c, "POST", f"/api/proben/{c.rng.randint(100, 400)}/anwesenheit")
    b.json({"anwesend": [c.rng.randint(100, 999) for _ in range(18)], "zeit": iso(c)})
    b.no_content()
    return b.build()


def rehearsal_track(c: Context) -> Flow:
    b = FB(
        c,
        "chorwerk",
        "GET",
        f"https://files.chorwerk.example/uebetracks/{new_hex(c.rng, 12)}/alt.mp3",
    )
    b.header("user-agent", UA)
    b.decoy("download of a rehearsal track for a voice part: fetching audio, not a play report")
    b.respond(200, "audio/mpeg", b"ID3\x04\x00" + bytes(c.rng.getrandbits(8) for _ in range(700)))
    return b.build()


def seating(c: Context) -> Flow:
    b = _b(c, "GET", "/api/konzert/aufstellung")
    b.decoy("seating grid coordinates of singers: positions on a stage, not face points")
    b.ok_json(
        {
            "plaetze": [
                {
                    "reihe": r,
                    "platz": p,
                    "stimme": c.rng.choice(PARTS),
                    "x": rf(c.rng, 0, 12, 2),
                    "y": rf(c.rng, 0, 4, 2),
                }
                for r in (1, 2, 3)
                for p in (1, 2, 3, 4)
            ]
        }
    )
    return b.build()
