"""Lighting: the grandMA consoles' cue lists, the moving heads' pan / tilt and
the follow-spot tracking of performers on stage.

A moving head's "head" pan / tilt is a fixture's position, not a person's head
pose; the tracking system follows beacons the performers wear (stage x / y / z,
no face); console serials and MACs are the venue's kit.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import iso, kit_mac, kit_serial, rf
from .scenkoll import ops

FIXTURES = ["MegaPointe", "Spiider", "BMFL Blade", "Sharpy Plus", "Fresnel LED"]


def cue_list(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/ljus/cuelista?sekvens=huvud")
    b.ok_json(
        {
            "sekvens": "Huvud",
            "cues": [
                {
                    "nr": round(i + c.rng.choice([0, 0, 0.5]), 1),
                    "namn": c.rng.choice(["Intro", "Vers", "Refräng", "Blackout", "Encore"]),
                    "fadeSek": rf(c.rng, 0, 8, 1),
                }
                for i in range(1, c.rng.randint(10, 25))
            ],
            "aktiv": c.rng.randint(1, 20),
        }
    )
    return b.build()


def fixture_positions(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/ljus/armaturer/positioner")
    b.decoy("moving heads' pan / tilt ('head' of a light fixture, not a person's head pose)")
    b.ok_json(
        [
            {
                "armatur": f"{c.rng.choice(FIXTURES)} {n}",
                "dmx": f"{c.rng.randint(1, 8)}.{c.rng.randint(1, 512)}",
                "head": {"pan": rf(c.rng, 0, 540, 1), "tilt": rf(c.rng, 0, 270, 1)},
                "dimmer": c.rng.randint(0, 100),
            }
            for n in range(101, 101 + c.rng.randint(6, 14))
        ]
    )
    return b.build()


def performer_tracking(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/ljus/foljspot/sparning")
    b.decoy("tracked beacons on performers: stage x / y / z of a tag, no face")
    b.ok_json(
        {
            "taggar": [
                {
                    "tagg": f"T{n:02d}",
                    "roll": role,
                    "pos": [rf(c.rng, -8, 8, 2), rf(c.rng, 0, 12, 2), rf(c.rng, 0.9, 1.9, 2)],
                    "hastighet": rf(c.rng, 0, 2, 2),
                }
                for n, role in enumerate(["Artist", "Gitarrist", "Dansare 1", "Dansare 2"], 1)
            ],
            "tid": iso(c),
        }
    )
    return b.build()


def console_status(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/ljus/konsoler")
    b.decoy("lighting consoles' serials and MACs (the venue's consoles)")
    b.ok_json(
        [
            {
                "namn": n,
                "modell": "grandMA3 full-size",
                "serienummer": kit_serial(c.rng, "MA3-", 6),
                "mac": kit_mac(c.rng, "00:0A:E6"),
                "showfil": "Arena_2026_v14",
                "session": new_hex(c.rng, 8),
            }
            for n in ("Master", "Backup")
        ]
    )
    return b.build()


def showfile_sync(c: Context) -> Flow:
    b = ops(c, "POST", "/api/v1/ljus/showfil/synk")
    b.decoy("a showfile's hash (a file, not a device)")
    b.json({"showfil": "Arena_2026_v14", "sha1": new_hex(c.rng, 40), "storlek": 48213377})
    b.ok_json({"synkad": True})
    return b.build()
