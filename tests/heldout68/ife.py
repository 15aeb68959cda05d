"""Solaria Airways' in-flight entertainment catalogue (browsing, never watching).

The seat-back / Wi-Fi portal catalogue lists titles with their running times,
languages and trailer lengths; a title page adds chapters. A person browsing
it has watched nothing: hard viewing-history decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .airline import ROUTES, req

FILMS = [
    "La casa de los espejos",
    "Il sorpasso (restaurato)",
    "Night Shift at Pier 9",
    "Los girasoles",
    "Roma in due ruote",
    "The Long Layover",
    "Marea alta",
]


def ife_catalogue(c: Context) -> Flow:
    b = req(c, "GET", "/ife/v3/catalogue")
    b.param("flight", c.rng.choice(ROUTES)[2])
    b.param("section", c.rng.choice(["peliculas", "series", "musica", "podcasts"]))
    items = [
        {
            "titleId": "ife_" + new_hex(c.rng, 8),
            "titulo": t,
            "durationMin": c.rng.randint(22, 148),
            "idiomas": ["es", "en", "it"],
            "trailerSec": c.rng.randint(60, 150),
            "posterUrl": f"https://img.solariair.com/ife/{new_hex(c.rng, 10)}.jpg",
        }
        for t in c.rng.sample(FILMS, 4)
    ]
    b.decoy("in-flight entertainment catalogue: running times of titles on offer, nothing watched")
    b.ok_json({"items": items, "page": 1})
    return b.build()


def ife_title(c: Context) -> Flow:
    tid = "ife_" + new_hex(c.rng, 8)
    b = req(c, "GET", f"/ife/v3/titles/{tid}")
    b.decoy("IFE title detail page browsed (runtime, cast): a catalogue page, not a watch event")
    b.ok_json(
        {
            "titleId": tid,
            "titulo": c.rng.choice(FILMS),
            "runtimeSec": c.rng.randint(1500, 8800),
            "chapters": [{"start": i * 600, "title": f"Cap. {i + 1}"} for i in range(5)],
            "availableOnSeatback": True,
            "availableOnWifiPortal": c.rng.random() < 0.5,
        }
    )
    return b.build()
