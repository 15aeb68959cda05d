"""The waiting-room TV: a signage player the clinic rents, playing a loop of
pet-care clips and the queue ticker.

Its proof-of-play reports (which clip played when, for how long, at which
position) are the business's playout of a public screen, not any person's
viewing history. The player's serial and MAC are the clinic's (rented)
equipment, not the tester's TV.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, equipment_mac, equipment_serial, iso, ms, rid

API = "https://cms.affichvet.example/player/v2"
UA = "AffichVet-Player/5.1 (Android TV 11; BRAVIA)"
CLIPS = ["vermifuge-chiot", "vaccins-chat", "detartrage", "alimentation-senior", "tiques-ete"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "affichvet", method, f"{API}{path}")
    b.header("user-agent", UA)
    return b


def preuve_diffusion(c: Context) -> Flow:
    b = _b(c, "POST", "/proof-of-play")
    b.decoy("a public screen's proof-of-play: clip, start, position, duration (business playout)")
    b.decoy("the rented signage player's serial and MAC (not the tester's TV)")
    b.json(
        {
            "ecran": {
                "serie": equipment_serial(c.rng, "AFV"),
                "mac": equipment_mac(c.rng, "04:5D:4B"),
            },
            "diffusions": [
                {
                    "contenu_id": c.rng.choice(CLIPS),
                    "debut": ms(c) - c.rng.randint(10_000, 900_000),
                    "duree_s": c.rng.randint(20, 180),
                    "position_s": c.rng.randint(0, 180),
                    "termine": c.rng.random() < 0.8,
                }
                for _ in range(c.rng.randint(2, 6))
            ],
        }
    )
    b.no_content()
    return b.build()


def playlist(c: Context) -> Flow:
    b = _b(c, "GET", "/playlist?site=lyon-gerland")
    b.decoy("the screen's playlist with clip durations (a catalogue)")
    b.ok_json(
        {
            "boucle": [{"contenu_id": x, "duree_s": c.rng.randint(20, 180)} for x in CLIPS],
            "mise_a_jour": iso(c),
        }
    )
    return b.build()


def clip(c: Context) -> Flow:
    b = FB(
        c,
        "affichvet",
        "GET",
        f"https://media.affichvet.example/clips/{c.rng.choice(CLIPS)}_1080.mp4",
    )
    b.header("user-agent", UA)
    b.header("range", "bytes=0-")
    b.respond(
        206,
        "video/mp4",
        b"\x00\x00\x00\x20ftypisom" + bytes(c.rng.getrandbits(8) for _ in range(300)),
    )
    return b.build()


def etat_ecran(c: Context) -> Flow:
    b = _b(c, "POST", "/etat")
    b.decoy("signage player health ping with uptime")
    b.json(
        {
            "uptime_s": c.rng.randint(1000, 10**6),
            "temp_c": c.rng.randint(35, 60),
            "ts": ms(c),
            "req": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()
