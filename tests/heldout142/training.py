"""Rijschool Academie: the drivers' e-learning portal, seen by the dispatcher as a manager.

The statistics are over all drivers: average watch time per video, completion
rates, how many watched each module (aggregates, not one person's viewing). The
course catalogue lists videos with durations; the manual is an e-book (reading).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import rf, web

API = "https://academie.havenroute.example/api"
CDN = "https://cdn.academie.havenroute.example"
MODULES = [
    "ADR basis",
    "Code 95: ladingzekering",
    "Veilig achteruitrijden",
    "Tachograaf 2024",
    "Zuinig rijden",
    "Dode hoek",
]


def course_stats(c: Context) -> Flow:
    b = web(c, "academie", "GET", f"{API}/beheer/statistieken?groep=alle_chauffeurs")
    b.decoy("course statistics over all drivers: average watch time, completion (aggregates)")
    b.ok_json(
        {
            "modules": [
                {
                    "module": m,
                    "video_id": "vid_" + new_hex(c.rng, 10),
                    "gem_kijktijd_sec": c.rng.randint(60, 900),
                    "voltooid_pct": rf(c.rng, 20, 98, 1),
                    "aantal_kijkers": c.rng.randint(10, 140),
                }
                for m in MODULES
            ],
            "periode": "2024-Q4",
        }
    )
    return b.build()


def catalogue(c: Context) -> Flow:
    b = web(c, "academie", "GET", f"{API}/cursussen?taal=nl")
    b.decoy("course catalogue: video ids, durations, thumbnails")
    b.ok_json(
        {
            "cursussen": [
                {
                    "titel": m,
                    "duur_sec": c.rng.randint(240, 1800),
                    "thumbnail": f"{CDN}/{new_hex(c.rng, 12)}.jpg",
                }
                for m in MODULES
            ]
        }
    )
    return b.build()


def manual_page(c: Context) -> Flow:
    b = web(
        c,
        "academie",
        "GET",
        f"{API}/handboek/hoofdstuk/{c.rng.randint(1, 12)}?pagina={c.rng.randint(1, 40)}",
    )
    b.decoy("the drivers' handbook (reading, not watching)")
    b.ok_json({"tekst": "Controleer de spanbanden na 50 km.", "leesvoortgang": rf(c.rng, 0, 1, 2)})
    return b.build()
