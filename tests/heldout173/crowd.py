"""Crowd counting: the venue's overhead cameras count people per zone.

The analytics run on the cameras (Axis-style, whose serial is also the MAC)
and send only counts, densities, queue times and a coarse heat map; faces are
blurred at the edge and nothing of a face is kept. The ops app shows zones, a
heat map and the privacy-mask settings (blur boxes): none of it is biometric
(counts and boxes say how many and where, not who or what a face is like), and
the cameras are the venue's, so their serials are no device identifiers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import iso, kit_mac, rf
from .scenkoll import ops

ZONES = ["Golv främre", "Golv bakre", "Foajé", "Bar Norr", "Bar Syd", "Läktare V", "Garderob"]


def _axis_serial(c: Context) -> str:
    return kit_mac(c.rng, "AC:CC:8E").replace(":", "")


def occupancy(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/folkmassa/zoner")
    b.decoy("people counts and densities per zone from counting cameras (no faces)")
    b.ok_json(
        {
            "uppdaterad": iso(c),
            "zoner": [
                {
                    "zon": z,
                    "antalPersoner": c.rng.randint(0, 4000),
                    "tathetPerKvm": rf(c.rng, 0, 4.5, 2),
                    "kamera": {"serienummer": _axis_serial(c), "modell": "P8815-2 3D"},
                }
                for z in ZONES
            ],
        }
    )
    return b.build()


def heatmap(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/folkmassa/varmekarta?zon=golv&upplosning=32x18")
    b.decoy("a crowd-density heat map (a float grid, not a face)")
    b.ok_json(
        {
            "bredd": 32,
            "hojd": 18,
            "värden": [[rf(c.rng, 0, 1, 3) for _ in range(32)] for _ in range(18)],
        }
    )
    return b.build()


def queue_times(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/folkmassa/koer")
    b.ok_json(
        {
            "koer": [
                {"plats": z, "väntetidMin": rf(c.rng, 0, 25, 1), "längd": c.rng.randint(0, 200)}
                for z in ("Entré A", "Entré B", "Bar Norr", "Garderob")
            ]
        }
    )
    return b.build()


def line_crossings(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/folkmassa/passager?intervall=5m")
    b.ok_json(
        {
            "in": [c.rng.randint(0, 600) for _ in range(12)],
            "ut": [c.rng.randint(0, 300) for _ in range(12)],
            "intervallSek": 300,
        }
    )
    return b.build()


def privacy_masks(c: Context) -> Flow:
    """Blur settings and the last minute's blur boxes: where faces were hidden, no more."""
    b = ops(c, "GET", "/api/v1/folkmassa/kameror/integritet")
    b.decoy(
        "face-blur boxes of anonymising counting cameras: where a face was blurred, "
        "no landmarks, template or attribute; nothing of a face is kept"
    )
    b.ok_json(
        {
            "ansiktsmaskering": True,
            "sparaBilder": False,
            "kameror": [
                {
                    "serienummer": _axis_serial(c),
                    "maskeradeRegioner": [
                        [c.rng.randint(0, 1900), c.rng.randint(0, 1000), 40, 48]
                        for _ in range(c.rng.randint(2, 8))
                    ],
                }
                for _ in range(3)
            ],
        }
    )
    return b.build()
