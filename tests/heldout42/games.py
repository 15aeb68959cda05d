"""Two ad-supported kids' games on the tablet (fictional "Kinderpuzzle" and
"Dino-Rennen"): their own analytics backends with Austrian / German key names,
a leaderboard, level progress, and a 3D racing camera whose yaw / pitch / roll
are sent with crash-free telemetry (decoys: game camera angles are not a
head pose).

Key names and hosts are our own; one analytics path hides the ANDROID_ID
behind a shuffled base64 alphabet (labelled not detectable, not for --known).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode, new_hex

from .phone import FB, iso, ms, rf, rid, tab_ua

PUZ = "https://events.spielwiese-example.de/api"
DINO = "https://telemetry.dinorennen-example.at/v1"


def puzzle_session(c: Context) -> Flow:
    b = FB(c, "kinderpuzzle", "POST", f"{PUZ}/sitzung")
    b.header("user-agent", tab_ua("Kinderpuzzle", "2.2.0"))
    b.json(
        {
            "geraeteId": b.id("aid_game", where="body.geraeteId"),
            "installationsId": b.id("game_install", where="body.installationsId"),
            "ereignis": "sitzung_start",
            "level": c.rng.randint(1, 80),
            "zeit": iso(c),
        }
    )
    b.no_content()
    return b.build()


def puzzle_level(c: Context) -> Flow:
    b = FB(c, "kinderpuzzle", "POST", f"{PUZ}/level")
    b.header("user-agent", tab_ua("Kinderpuzzle", "2.2.0"))
    b.json(
        {
            "level": c.rng.randint(1, 80),
            "sterne": c.rng.randint(0, 3),
            "dauerSek": c.rng.randint(20, 400),
            "zuege": [c.rng.randint(0, 63) for _ in range(12)],
            "requestId": rid(c.rng),
        }
    )
    b.decoy("level progress with move list and request id")
    b.no_content()
    return b.build()


def dino_telemetry(c: Context) -> Flow:
    b = FB(c, "dino-rennen", "POST", f"{DINO}/telemetrie")
    b.header("user-agent", tab_ua("DinoRennen", "1.7.3"))
    b.header("x-geraet", b.id("aid_game", how="upper", where="header.x-geraet"))
    cams = [
        {
            "gier": rf(c.rng, -180, 180, 2),
            "nick": rf(c.rng, -30, 30, 2),
            "roll": rf(c.rng, -10, 10, 2),
            "t": i * 100,
        }
        for i in range(10)
    ]
    b.json(
        {
            "strecke": c.rng.choice(["Vulkan", "Dschungel", "Gletscher"]),
            "fps": [c.rng.randint(40, 60) for _ in range(10)],
            "kamera": cams,
            "runde": c.rng.randint(1, 3),
        }
    )
    b.decoy("game camera yaw/pitch/roll (gier/nick/roll), fps series")
    b.no_content()
    return b.build()


def dino_obfuscated(c: Context) -> Flow:
    b = FB(c, "dino-rennen", "POST", f"{DINO}/x")
    raw = b.id_raw("aid_game", "custom_b64", where="body.q (shuffled-alphabet base64)")
    b.json({"q": encode(raw, "custom_b64"), "z": ms(c), "h": new_hex(c.rng, 8)})
    b.no_content()
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "dino-rennen", "GET", f"{DINO}/bestenliste")
    b.param("strecke", c.rng.choice(["Vulkan", "Dschungel", "Gletscher"]))
    b.ok_json(
        {
            "eintraege": [
                {"name": n, "zeitMs": c.rng.randint(40000, 90000)}
                for n in ("Tobi", "Lina", "Mia", "Ben")
            ]
        }
    )
    b.decoy("leaderboard times")
    return b.build()
