"""The floor of the chain's cinemas: ticket scanners, kiosks, concession POS,
occupancy sensors and the staff handhelds under MDM, seen from the operations
app on the manager's phone.

Scanners (Zebra TC52-class handhelds) report ticket scans with their own serial;
the MDM console lists the staff handhelds with IMEI, serial and Wi-Fi MAC (the
chain's devices, enrolled in its MDM, not the manager's phone); kiosks report
their state with their MAC; POS terminals report sales with order numbers.
Occupancy sensors count people per auditorium. All of it is ordinary traffic.
"""

from __future__ import annotations

import random

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_hex

from .cabine import FILMS, SITES
from .phone import GB, iso, ms, rf, rid, ua

OPS = "https://ops.cinemasmontroyal.example"
MDM = "https://mdm.cinemasmontroyal.example"
UA = ua("CineOpsMR", "7.4.0")

_R = random.Random(229_002)


def _mac(oui: str) -> str:
    return oui + ":" + ":".join(f"{_R.randint(0, 255):02X}" for _ in range(3))


# staff handhelds under MDM: (name, IMEI, serial, Wi-Fi MAC)
TERMINAUX = [
    (
        f"MR-{site[:3].upper()}-{i:02d}",
        luhn_complete("35" + "".join(str(_R.randint(0, 9)) for _ in range(12))),
        "2"
        + "".join(str(_R.randint(0, 9)) for _ in range(3))
        + "5"
        + _R.choice("BDE")
        + "".join(str(_R.randint(0, 9)) for _ in range(8)),
        _mac("94:FB:29"),
    )
    for site in SITES
    for i in range(1, 4)
]
BORNES = [
    (f"BORNE-{i:02d}", _mac("00:0E:C6"), "KSK" + str(_R.randint(10**6, 10**7))) for i in range(1, 9)
]
CAISSES = [(f"CAISSE-{i}", "T" + str(_R.randint(10**7, 10**8))) for i in range(1, 7)]
ARTICLES = [
    ("Maïs soufflé moyen", 9.49),
    ("Maïs soufflé grand", 10.99),
    ("Boisson gazeuse grande", 6.29),
    ("Nachos", 8.79),
    ("Poutine", 11.49),
    ("Réglisse", 4.99),
]


def _b(c: Context, method: str, url: str) -> GB:
    b = GB(c, "cineops", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def scans_billets(c: Context) -> Flow:
    nom, _imei, serie, _wifi = c.rng.choice(TERMINAUX)
    titre, _, _ = c.rng.choice(FILMS)
    b = _b(c, "GET", f"{OPS}/api/v2/controle/scans?seance={c.rng.randint(80000, 89999)}")
    b.decoy("ticket scans with the scanner's serial (the chain's handheld)")
    b.ok_json(
        {
            "film": titre,
            "salle": c.rng.randint(1, 12),
            "scans": [
                {
                    "billet": f"MR{c.rng.randint(10**9, 10**10)}",
                    "lecteur": nom,
                    "noSerieLecteur": serie,
                    "resultat": c.rng.choice(["ADMIS", "ADMIS", "ADMIS", "DEJA_SCANNE"]),
                    "heure": iso(c),
                }
                for _ in range(c.rng.randint(2, 6))
            ],
        }
    )
    return b.build()


def mdm_inventaire(c: Context) -> Flow:
    b = _b(c, "GET", f"{MDM}/api/v1/appareils?groupe=personnel&page=1")
    b.decoy("staff handhelds' IMEI, serial and Wi-Fi MAC (the chain's MDM fleet)")
    rows = c.rng.sample(TERMINAUX, 4)
    b.ok_json(
        {
            "appareils": [
                {
                    "nom": nom,
                    "imei": imei,
                    "numeroSerie": serie,
                    "adresseMacWifi": mac,
                    "modele": "Zebra TC52",
                    "conforme": c.rng.random() < 0.9,
                    "dernierContact": iso(c),
                    "batterie": c.rng.randint(10, 100),
                }
                for nom, imei, serie, mac in rows
            ],
            "total": len(TERMINAUX),
        }
    )
    return b.build()


def mdm_commande(c: Context) -> Flow:
    nom, imei, _serie, _wifi = c.rng.choice(TERMINAUX)
    b = _b(c, "POST", f"{MDM}/api/v1/appareils/{imei}/commandes")
    b.decoy("MDM lock command for a staff handheld by its IMEI (not the manager's phone)")
    b.json({"commande": c.rng.choice(["VERROUILLER", "SONNER", "SYNCHRONISER"]), "appareil": nom})
    b.ok_json({"commandeId": rid(c.rng), "etat": "EN_ATTENTE"})
    return b.build()


def bornes(c: Context) -> Flow:
    b = _b(c, "GET", f"{OPS}/api/v2/bornes/etat?site={c.rng.randint(1, 5)}")
    b.decoy("kiosks' MACs and serials (the chain's kiosks)")
    b.ok_json(
        {
            "bornes": [
                {
                    "nom": nom,
                    "mac": mac,
                    "noSerie": serie,
                    "imprimante": c.rng.choice(["OK", "OK", "PAPIER_BAS"]),
                    "ventesAujourdhui": c.rng.randint(0, 300),
                }
                for nom, mac, serie in c.rng.sample(BORNES, 3)
            ]
        }
    )
    return b.build()


def ventes_casse_croute(c: Context) -> Flow:
    caisse, terminal = c.rng.choice(CAISSES)
    b = _b(c, "GET", f"{OPS}/api/v2/casse-croute/ventes?caisse={caisse}")
    b.decoy("POS terminal id and order numbers")
    b.ok_json(
        {
            "caisse": caisse,
            "terminalId": terminal,
            "commandes": [
                {
                    "noCommande": f"CC-{c.rng.randint(100000, 999999)}",
                    "articles": [dict(zip(("nom", "prix"), c.rng.choice(ARTICLES), strict=True))],
                    "totalTTC": rf(c.rng, 5, 60, 2),
                    "heure": iso(c),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        }
    )
    return b.build()


def inventaire_casse_croute(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{OPS}/api/v2/casse-croute/inventaire")
    b.json({"sku": f"MAIS-{c.rng.randint(10, 99)}", "quantite": c.rng.randint(0, 400)})
    b.ok_json({"ok": True})
    return b.build()


def occupation(c: Context) -> Flow:
    b = _b(c, "GET", f"{OPS}/api/v2/capteurs/occupation?site={c.rng.randint(1, 5)}")
    b.decoy("occupancy counts per auditorium (people counting, no one identified)")
    b.ok_json(
        {
            "salles": [
                {
                    "salle": s,
                    "capteur": f"OCC-{s:02d}-{new_hex(c.rng, 6).upper()}",
                    "personnes": c.rng.randint(0, 280),
                    "capacite": 280,
                    "horodatage": ms(c),
                }
                for s in range(1, c.rng.randint(4, 12))
            ]
        }
    )
    return b.build()


def horaire_personnel(c: Context) -> Flow:
    b = _b(c, "GET", f"{OPS}/api/v2/personnel/horaire?semaine=courante")
    b.ok_json(
        {
            "quarts": [
                {"employe": n, "poste": p, "debut": iso(c)}
                for n, p in (("Maxime", "placier"), ("Léa", "caisse"), ("Jérémie", "projection"))
            ]
        }
    )
    return b.build()
