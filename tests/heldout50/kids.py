"""Koala Kids, a kids' video app and game on the iPad: episode progress,
its game's telemetry (camera yaw / pitch, a hard decoy) and a parental-gate
profile with a self-declared age band.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, ms, pad_ua, rf

API = "https://api.kidokoala.ca"
SHOWS = ["kk-s2e04", "kk-s1e11", "kk-s3e01", "kk-ms-07"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kidokoala", method, API + path)
    b.header("user-agent", pad_ua("KidoKoala", "3.1"))
    return b


def episode_progress(c: Context) -> Flow:
    b = _b(c, "POST", "/kids/v1/profiles/p2/watched")
    b.header("x-kk-device", b.id("idfv_kids", where="header:x-kk-device"))
    b.json(
        {
            "ep": c.rng.choice(SHOWS),
            "sec": c.rng.randint(10, 1300),
            "done": c.rng.random() < 0.4,
            "t": ms(c),
        }
    )
    b.view("path:/watched + json:ep+sec")
    b.no_content()
    return b.build()


def game_telemetry(c: Context) -> Flow:
    b = _b(c, "POST", "/game/v1/telemetry")
    b.json(
        {
            "level": c.rng.randint(1, 20),
            "camera": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -60, 60, 2), "roll": 0.0},
            "fps": [round(c.rng.uniform(55, 60), 1) for _ in range(10)],
            "stars": c.rng.randint(0, 3),
        }
    )
    b.decoy("game camera yaw/pitch and fps series")
    b.no_content()
    return b.build()


def parent_profile(c: Context) -> Flow:
    b = _b(c, "PUT", "/kids/v1/profiles/p2")
    b.json({"prenom": "Léa", "trancheAge": "4-6", "avatar": "castor", "gender": "girl"})
    b.decoy("self-declared child profile (name, age band, gender)")
    b.ok_json({"ok": True})
    return b.build()


def thumbnails(c: Context) -> Flow:
    b = FB(c, "kidokoala", "GET", f"https://cdn.kidokoala.ca/thumbs/{c.rng.choice(SHOWS)}_face.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.randrange(256) for _ in range(200))
    )
    b.decoy("thumbnail of a cartoon character")
    return b.build()
