"""CHL patients' portal: the hospital's patient-entertainment terminals.

The bedside terminals are the hospital's: the inventory the visitor app reads
(terminal serials, MACs, firmware, ward and bed) is no device identifier of a
person, and the hospital-wide channel statistics count viewers across all beds
(no one room). The film catalogue for the terminals, the meal menu and the
visiting hours are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import B, fmac, mk, ua

API = "https://patients.chl-infotainment.example"
UA = ua("CHLPatient", "2.0.9")


def _b(c: Context, method: str, path: str) -> B:
    return mk(c, "chl", method, API + path, UA)


def terminal_inventory(c: Context) -> Flow:
    b = _b(c, "GET", "/api/terminaux?service=cardiologie")
    b.decoy("hospital's bedside terminal inventory (serials, MACs): institution's equipment")
    b.ok_json(
        {
            "terminaux": [
                {
                    "lit": f"C{n:02d}",
                    "appareil": "BedsideTV 15",
                    "numéroDeSérie": "BT15" + new_hex(c.rng, 8).upper(),
                    "mac": fmac(c.rng, "00:50:C2"),
                    "firmware": "5.4.1",
                    "état": "disponible",
                }
                for n in range(1, 5)
            ]
        }
    )
    return b.build()


def channel_stats(c: Context) -> Flow:
    b = _b(c, "GET", "/api/statistiques/chaînes?période=semaine")
    b.decoy("hospital-wide aggregate channel viewing hours (no person or room)")
    b.ok_json(
        {
            "période": "semaine",
            "chaînes": [
                {"chaîne": ch, "heuresRegardées": c.rng.randint(100, 900)}
                for ch in ("RTL Tëlee", "TF1", "ARD")
            ],
        }
    )
    return b.build()


def film_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/api/films")
    b.decoy("terminal film catalogue ('regarder' buttons)")
    b.ok_json({"films": [{"titre": "Le Grand Bain", "action": "regarder", "prix": 3.0}]})
    return b.build()


def menu(c: Context) -> Flow:
    b = _b(c, "GET", "/api/repas/menu")
    b.decoy("meal menu")
    b.ok_json({"midi": ["Judd mat Gaardebounen", "Salade"], "soir": ["Soupe"]})
    return b.build()


def visiting(c: Context) -> Flow:
    b = _b(c, "GET", "/api/visites/horaires")
    b.decoy("visiting hours")
    b.ok_json({"de": "14:00", "à": "20:00", "max_visiteurs": 2})
    return b.build()
