"""The LED walls and foyer screens: playlists, proof-of-play and processor health.

A playout server drives the stage LED walls (through Brompton / Novastar-style
processors) and the foyer screens. Its proof-of-play log says which sponsor spot
ran on which screen when and how often: a business's record of its public
screens, not anybody's viewing. Processor and receiver-card serials and MACs are
the venue's kit.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import iso, kit_mac, kit_serial, rf
from .scenkoll import API, ops

SCREENS = ["LED Vägg Norr", "LED Vägg Syd", "Scen IMAG V", "Scen IMAG H", "Foajé 1", "Foajé 2"]
MEDIA = [
    "Sponsor_Volvo_15s.mp4",
    "Sponsor_Oatly_10s.mp4",
    "Nodutgangar_SV_EN.mp4",
    "Merch_Robyn_20s.mp4",
    "Bar_Meny_loop.mp4",
    "Intro_Loop_4K.mov",
]


def playlist(c: Context) -> Flow:
    screen = c.rng.randint(1, len(SCREENS))
    b = ops(c, "GET", f"/api/v1/skarmar/{screen}/spellista")
    b.ok_json(
        {
            "skärm": SCREENS[screen - 1],
            "loop": True,
            "objekt": [
                {
                    "mediaId": new_hex(c.rng, 12),
                    "fil": m,
                    "längdSek": c.rng.choice([10, 15, 20, 30]),
                    "ordning": i,
                }
                for i, m in enumerate(c.rng.sample(MEDIA, 4))
            ],
        }
    )
    return b.build()


def proof_of_play(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/skarmar/proof-of-play")
    b.param("datum", iso(c)[:10])
    b.decoy(
        "proof-of-play of the venue's LED walls and screens: what a public screen played "
        "when (a business's playout, not a person's viewing)"
    )
    b.ok_json(
        {
            "rader": [
                {
                    "skärm": c.rng.choice(SCREENS),
                    "media": c.rng.choice(MEDIA),
                    "startad": iso(c),
                    "spelatSek": c.rng.choice([10, 15, 20]),
                    "uppspelningar": c.rng.randint(1, 60),
                    "fullständig": True,
                }
                for _ in range(c.rng.randint(6, 14))
            ]
        }
    )
    return b.build()


def processor_status(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/skarmar/processorer")
    b.decoy("LED processors' and receiver cards' serials and MACs (the venue's screens)")
    b.ok_json(
        [
            {
                "namn": s,
                "processor": {"modell": "Tessera SX40", "serienummer": kit_serial(c.rng, "SX4")},
                "mac": kit_mac(c.rng, "00:1E:C0"),
                "temperaturC": rf(c.rng, 28, 61, 1),
                "ljusstyrkaNits": c.rng.choice([800, 1200, 1500, 2500]),
                "mottagarkort": [kit_mac(c.rng, "00:1E:C0") for _ in range(3)],
            }
            for s in SCREENS[:4]
        ]
    )
    return b.build()


def preview_frame(c: Context) -> Flow:
    b = ops(c, "GET", f"/api/v1/skarmar/{c.rng.randint(1, 6)}/forhandsvisning.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700))
    return b.build()


def upload_spot(c: Context) -> Flow:
    b = ops(c, "POST", "/api/v1/media/uppladdning")
    b.json(
        {
            "filnamn": c.rng.choice(MEDIA),
            "storlekByte": c.rng.randint(10**6, 4 * 10**8),
            "sha256": new_hex(c.rng, 64),
            "mål": c.rng.sample(SCREENS, 2),
        }
    )
    b.ok_json({"uppladdningsUrl": f"{API}/blob/{new_hex(c.rng, 24)}", "giltigSek": 900})
    return b.build()
