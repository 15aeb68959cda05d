"""VetoDesk: the clinic's practice-management system, used in the reception PC's browser.

Everything here is the clinic's business: agenda, animal records with weight
curves, invoices, vaccine reminders sent by SMS, the workstation's own id.
The reception PC belongs to the employer, so its `poste_id` and MAC are no
device identifiers of the tester. Animals' records are no person's biometric
data, and the consultation-room TV reference is not watching.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, WEB_UA, chip_number, equipment_mac, iso, ms, rf, rid

API = "https://lyon-gerland.vetodesk.example/api/v3"
ANIMAUX = ["Caramel", "Moka", "Filou", "Nala", "Pistache", "Oslo", "Câline", "Tigrou"]
ESPECES = ["chien", "chat", "lapin", "furet", "NAC"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "vetodesk", method, f"{API}{path}")
    b.header("user-agent", WEB_UA)
    b.header("x-vetodesk-clinique", "CLV-69007")
    b.header("x-request-id", rid(c.rng))
    return b


def agenda(c: Context) -> Flow:
    b = _b(c, "GET", f"/agenda?jour={iso(c)[:10]}&praticien=tous")
    b.decoy("appointment slots with start times and durations (a diary, not watching)")
    b.ok_json(
        {
            "creneaux": [
                {
                    "debut": f"{h:02d}:{m:02d}",
                    "duree_min": c.rng.choice([15, 20, 30, 45]),
                    "animal": c.rng.choice(ANIMAUX),
                    "motif": c.rng.choice(["vaccin", "contrôle", "détartrage", "boiterie"]),
                    "salle": c.rng.randint(1, 3),
                }
                for h in range(8, 12)
                for m in (0, 30)
            ]
        }
    )
    return b.build()


def fiche_animal(c: Context) -> Flow:
    pid = c.rng.randint(10000, 99999)
    b = _b(c, "GET", f"/patients/{pid}")
    b.decoy("animal record: microchip number, weight series and sex of an animal")
    b.ok_json(
        {
            "id": pid,
            "nom": c.rng.choice(ANIMAUX),
            "espece": c.rng.choice(ESPECES),
            "sexe": c.rng.choice(["M", "F", "MC", "FS"]),
            "date_naissance": f"20{c.rng.randint(12, 23)}-0{c.rng.randint(1, 9)}-15",
            "identification": {"type": "transpondeur", "numero": chip_number(c.rng)},
            "courbe_poids": [
                {"date": f"2024-0{i + 1}-15", "poids_kg": rf(c.rng, 3, 32, 2)} for i in range(6)
            ],
            "proprietaire_id": f"CLI-{new_digits(c.rng, 6)}",
        }
    )
    return b.build()


def facture(c: Context) -> Flow:
    b = _b(c, "POST", "/factures")
    b.decoy("invoice lines and totals (price series)")
    lignes = [
        {"acte": a, "qte": 1, "pu_ttc": rf(c.rng, 12, 180, 2)}
        for a in c.rng.sample(["consultation", "vaccin CHPPiL", "antiparasitaire", "analyse"], 2)
    ]
    b.json({"patient_id": c.rng.randint(10000, 99999), "lignes": lignes, "mode": "CB"})
    b.ok_json(
        {"numero": f"F2024-{new_digits(c.rng, 6)}", "total_ttc": sum(x["pu_ttc"] for x in lignes)}
    )
    return b.build()


def rappels_sms(c: Context) -> Flow:
    b = _b(c, "POST", "/rappels/envoi")
    b.decoy("clients' phone numbers for vaccine reminders (other people's contacts, no device)")
    b.json(
        {
            "campagne": "rappel-vaccins",
            "destinataires": [
                {"tel": "+336" + new_digits(c.rng, 8), "animal": c.rng.choice(ANIMAUX)}
                for _ in range(c.rng.randint(2, 6))
            ],
        }
    )
    b.ok_json({"lot": rid(c.rng), "accepte": True})
    return b.build()


def poste_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "/postes/heartbeat")
    b.decoy("the clinic's reception PC id and MAC (employer's workstation, not the tester's)")
    b.json(
        {
            "poste_id": "RECEP-01-" + new_hex(c.rng, 8).upper(),
            "adresse_mac": equipment_mac(c.rng, "D8:9E:F3"),
            "version_client": "24.3.2",
            "horodatage": ms(c),
        }
    )
    b.no_content()
    return b.build()


def salle_attente_file(c: Context) -> Flow:
    b = _b(c, "GET", "/accueil/file-attente")
    b.decoy("waiting queue with arrival times and minutes waited (people waiting, not watching)")
    b.ok_json(
        {
            "file": [
                {
                    "animal": c.rng.choice(ANIMAUX),
                    "arrivee": iso(c),
                    "attente_min": c.rng.randint(0, 40),
                    "statut": c.rng.choice(["arrive", "en_consultation", "a_encaisser"]),
                }
                for _ in range(c.rng.randint(1, 5))
            ]
        }
    )
    return b.build()


def recherche_client(c: Context) -> Flow:
    b = _b(c, "GET", f"/clients?q={c.rng.choice(['dupont', 'nguyen', 'martin', 'roy'])}")
    b.decoy("client search results with emails and phones (clients' accounts, not devices)")
    b.ok_json(
        {
            "resultats": [
                {
                    "id": f"CLI-{new_digits(c.rng, 6)}",
                    "nom": c.rng.choice(["Dupont", "Nguyen", "Martin", "Roy"]),
                    "courriel": f"client{c.rng.randint(100, 999)}@exemple.fr",
                    "tel": "+334" + new_digits(c.rng, 8),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def ordonnance_pdf(c: Context) -> Flow:
    b = _b(c, "GET", f"/ordonnances/{c.rng.randint(10**5, 10**6)}.pdf")
    b.respond(
        200, "application/pdf", b"%PDF-1.7\n" + bytes(c.rng.getrandbits(8) for _ in range(400))
    )
    return b.build()
