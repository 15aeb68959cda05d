"""Box-office reports and the loyalty app's admin console, plus the operations
app's own registration of the manager's phone.

Box-office reports give each film's admissions ("entrées") per site and day;
the loyalty app's "Les plus vus" rail and its admin dashboard give counts over
all members. They say what audiences saw in aggregate, not what anyone watched:
decoys. The one flow that carries the manager's own device is the operations
app's device registration (its ANDROID_ID and its push-installation id).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .cabine import FILMS, SITES
from .phone import GB, MODEL, iso, rf, rid, ua

RAP = "https://rapports.cinemasmontroyal.example"
FID = "https://fidelite.cinemasmontroyal.example"
OPS = "https://ops.cinemasmontroyal.example"
UA = ua("CineOpsMR", "7.4.0")


def _b(c: Context, method: str, url: str) -> GB:
    b = GB(c, "cineops", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def box_office(c: Context) -> Flow:
    b = _b(c, "GET", f"{RAP}/api/v1/box-office/quotidien?date={iso(c)[:10]}")
    b.decoy("films' admissions per site (aggregate, not a person's viewing)")
    b.ok_json(
        {
            "date": iso(c)[:10],
            "films": [
                {
                    "titre": titre,
                    "cpl": cpl,
                    "dureeMinutes": duree // 60,
                    "entrees": c.rng.randint(40, 2400),
                    "seances": c.rng.randint(3, 40),
                    "recettes": rf(c.rng, 500, 40000, 2),
                    "parSite": {s: c.rng.randint(0, 600) for s in SITES},
                }
                for titre, cpl, duree in FILMS
            ],
        }
    )
    return b.build()


def plus_vus(c: Context) -> Flow:
    b = _b(c, "GET", f"{FID}/api/v1/rails/les-plus-vus?periode=7j")
    b.decoy("'Les plus vus' rail with admission counts (catalogue, not viewing history)")
    b.ok_json(
        {
            "rail": "Les plus vus cette semaine",
            "elements": [
                {"titre": titre, "vues": c.rng.randint(1000, 50000), "rang": i + 1}
                for i, (titre, _, _) in enumerate(c.rng.sample(FILMS, 5))
            ],
        }
    )
    return b.build()


def console_fidelite(c: Context) -> Flow:
    b = _b(c, "GET", f"{FID}/admin/api/v1/tableau-de-bord")
    b.decoy("loyalty programme aggregates (members, visits, points)")
    b.ok_json(
        {
            "membresActifs": c.rng.randint(80000, 120000),
            "visitesMoyennesParMembre": rf(c.rng, 1.2, 3.4, 2),
            "pointsEmis": c.rng.randint(10**6, 10**7),
            "filmsPopulaires": [t for t, _, _ in c.rng.sample(FILMS, 3)],
        }
    )
    return b.build()


def campagne(c: Context) -> Flow:
    b = _b(c, "POST", f"{FID}/admin/api/v1/campagnes")
    b.decoy("promo code and campaign id")
    b.json(
        {
            "nom": c.rng.choice(["Mardi à 8,50 $", "Double points hockey", "Relâche 2025"]),
            "codePromo": f"MR{c.rng.randint(1000, 9999)}",
            "segment": "tous",
            "debut": iso(c),
        }
    )
    b.ok_json({"campagneId": rid(c.rng), "etat": "PLANIFIEE"})
    return b.build()


def horaire_films(c: Context) -> Flow:
    b = _b(c, "GET", f"{RAP}/api/v1/horaire?site={c.rng.randint(1, 5)}")
    b.decoy("showtimes with film durations (content schedule)")
    b.ok_json(
        {
            "seances": [
                {
                    "titre": t,
                    "debut": iso(c),
                    "dureeMinutes": d // 60,
                    "salle": c.rng.randint(1, 12),
                }
                for t, _, d in c.rng.sample(FILMS, 4)
            ]
        }
    )
    return b.build()


def enregistrer_appareil(c: Context) -> Flow:
    """The operations app registers the manager's phone for push alerts."""
    b = _b(c, "POST", f"{OPS}/api/v2/gestionnaires/appareil")
    b.json(
        {
            "utilisateur": b.acct("ops_user"),
            "androidId": b.id("aid_ops", where="json androidId"),
            "installationId": b.id("ops_push_install", where="json installationId"),
            "modele": MODEL,
            "alertes": ["KDM_MANQUANT", "PROJECTEUR_ERREUR", "BORNE_HORS_LIGNE"],
        }
    )
    b.ok_json({"enregistre": True})
    return b.build()
