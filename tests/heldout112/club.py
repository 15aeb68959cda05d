"""Partenariat club: the practice looks after a Lyon rugby club's players.

The club's staff app lists players (name, position, birth date, headshot URL),
their availability and injuries, and the club's GPS vests' session loads. The
vests and their pods are the club's equipment (serials are the club's), the
headshots are roster photos in a staff directory (no face matching). Decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, rf, rid, serial_like, ua

API = "https://staff.lyon-rugby-club.example"
UA = ua("ClubStaff", "1.9.0")
POSTES = ["pilier", "talonneur", "deuxième ligne", "troisième ligne", "demi de mêlée",
          "ouvreur", "centre", "ailier", "arrière"]  # fmt: skip
PRENOMS = ["Baptiste", "Thomas", "Romain", "Kylian", "Théo", "Sione", "Maxime", "Yanis"]
NOMS = ["Dupuy", "Couderc", "Tui", "Mercier", "Ngata", "Barthe", "Rey", "Laporte"]


def _birth(c: Context) -> str:
    return f"{c.rng.randint(1998, 2006)}-0{c.rng.randint(1, 9)}-2{c.rng.randint(0, 8)}"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "clubstaff", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 32))
    return b


def roster(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/effectif?equipe=espoirs")
    b.decoy("club roster: players, positions, birth dates, headshot URLs")
    b.ok_json(
        {
            "joueurs": [
                {
                    "id": c.rng.randint(1000, 9999),
                    "prenom": c.rng.choice(PRENOMS),
                    "nom": c.rng.choice(NOMS),
                    "poste": c.rng.choice(POSTES),
                    "naissance": _birth(c),
                    "photo": f"{API}/media/joueurs/{new_hex(c.rng, 12)}.jpg",
                    "disponible": c.rng.random() < 0.8,
                }
                for _ in range(c.rng.randint(12, 24))
            ]
        }
    )
    return b.build()


def headshot(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/media/joueurs/{new_hex(c.rng, 12)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700))
    return b.build()


def injury_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/infirmerie/blessures")
    b.decoy("player injury report (medical, not one of the three categories)")
    b.json(
        {
            "joueurId": c.rng.randint(1000, 9999),
            "type": c.rng.choice(["entorse LLI", "contracture ischios", "commotion"]),
            "indisponibiliteJours": c.rng.randint(3, 60),
            "protocole": "retour progressif",
            "saisiLe": iso(c),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def gps_loads(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/gps/seance/{rid(c.rng)}")
    b.decoy("the club's GPS vest pods (serials are the club's) and running loads")
    b.ok_json(
        {
            "capteurs": [
                {
                    "pod": serial_like(c.rng, "GPS"),
                    "joueurId": c.rng.randint(1000, 9999),
                    "distance_m": c.rng.randint(2000, 8000),
                    "vmax_kmh": rf(c.rng, 22, 34, 1),
                    "sprints": c.rng.randint(0, 25),
                    "playerLoad": rf(c.rng, 200, 900, 1),
                }
                for _ in range(c.rng.randint(8, 16))
            ]
        }
    )
    return b.build()
