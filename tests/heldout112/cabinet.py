"""Kinetika: the practice-management app of the physiotherapist (agenda, patients'
files, invoicing through the French health insurance, SMS reminders).

Everything here is her work: appointments, patients' self-declared sex and
birth date, NIR-less invoice lines with the NGAP act codes (AMK, AMC, RKD),
the practice's SIRET. The only device identifiers are her own phone's, sent
when the app registers itself for push (ANDROID_ID, an install id the app
makes up, and a hashed copy of the ANDROID_ID in a header on sync calls).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_wav

from .phone import FB, iso, mac_like, ms, rf, rid, serial_like, ua

API = "https://api.kinetika.example"
UA = ua("Kinetika", "3.8.2")
PRENOMS = ["Lucas", "Emma", "Hugo", "Chloé", "Nathan", "Léa", "Mehdi", "Inès", "Jules", "Manon"]
NOMS = ["Martin", "Bernard", "Durand", "Moreau", "Girard", "Benali", "Lefebvre", "Roux", "Faure"]
MOTIFS = ["lombalgie", "entorse cheville", "LCA post-op", "tendinopathie épaule", "cervicalgie"]
ACTES = [("AMK", 7.5, 2.15), ("AMS", 9.5, 2.15), ("AMC", 8.1, 2.15)]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kinetika", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("accept-language", "fr-FR")
    return b


def _patient(c: Context) -> dict[str, object]:
    return {
        "id": f"pat_{new_digits(c.rng, 6)}",
        "prenom": c.rng.choice(PRENOMS),
        "nom": c.rng.choice(NOMS),
    }


def register_device(c: Context) -> Flow:
    """Push registration: the phone's own ANDROID_ID and the app's install id."""
    b = _b(c, "POST", f"{API}/v2/appareils/enregistrement")
    b.json(
        {
            "plateforme": "android",
            "androidId": b.id("aid_kine", where="json androidId"),
            "modele": "SM-A546B",
            "versionApp": "3.8.2",
            "jetonPush": "f" + new_hex(c.rng, 10) + ":APA91b" + new_hex(c.rng, 60),
            "utilisateur": b.acct("kine_user"),
        }
    )
    b.ok_json({"ok": True, "enregistreLe": iso(c)})
    return b.build()


def sync_agenda(c: Context) -> Flow:
    """Agenda sync; the app signs it with an MD5 of the ANDROID_ID under `x-kt-d`."""
    b = _b(c, "GET", f"{API}/v2/agenda?depuis={ms(c) - 86400000}")
    b.header("x-kt-d", b.id("aid_kine", "md5", "header x-kt-d", detectable=False))
    b.decoy("agenda: appointment ids and times of the practice")
    b.ok_json(
        {
            "rendezVous": [
                {
                    "id": rid(c.rng),
                    "patient": _patient(c),
                    "debut": iso(c),
                    "dureeMin": c.rng.choice([30, 45]),
                    "motif": c.rng.choice(MOTIFS),
                    "salle": c.rng.choice(["Box 1", "Box 2", "Plateau"]),
                }
                for _ in range(c.rng.randint(6, 14))
            ]
        }
    )
    return b.build()


def agenda(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/agenda/jour?date={iso(c)[:10]}")
    b.decoy("appointment list (ids, times, rooms)")
    b.ok_json(
        {
            "creneaux": [
                {"heure": f"{h:02d}:{m:02d}", "libre": c.rng.random() < 0.3, "rdvId": rid(c.rng)}
                for h in range(8, 19)
                for m in (0, 30)
            ]
        }
    )
    return b.build()


def book(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/rendez-vous")
    b.decoy("appointment booking form")
    b.json(
        {
            "patientId": f"pat_{new_digits(c.rng, 6)}",
            "debut": iso(c),
            "dureeMin": 30,
            "motif": c.rng.choice(MOTIFS),
            "rappelSms": True,
            "telephone": "+33 6 " + " ".join(new_digits(c.rng, 2) for _ in range(4)),
        }
    )
    b.ok_json({"id": rid(c.rng), "statut": "confirme"})
    return b.build()


def new_patient(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/patients")
    b.decoy("patient file: self-declared sex and birth date on a form (not biometric)")
    p = _patient(c)
    b.json(
        {
            **p,
            "sexe": c.rng.choice(["F", "M"]),
            "dateNaissance": f"{c.rng.randint(1950, 2010)}-{c.rng.randint(1, 12):02d}-15",
            "taille_cm": c.rng.randint(150, 195),
            "poids_kg": rf(c.rng, 45, 110, 1),
            "medecinPrescripteur": "Dr " + c.rng.choice(NOMS),
            "mutuelle": c.rng.choice(["MGEN", "Harmonie", "Malakoff Humanis"]),
        }
    )
    b.ok_json({"id": p["id"], "cree": True})
    return b.build()


def invoice(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/facturation/fse")
    b.decoy("invoice: act codes, amounts, invoice and batch numbers")
    code, coef, base = c.rng.choice(ACTES)
    b.json(
        {
            "numeroFacture": f"F{iso(c)[:4]}-{new_digits(c.rng, 6)}",
            "siret": "812" + new_digits(c.rng, 11),
            "lignes": [
                {
                    "acte": code,
                    "coefficient": coef,
                    "montant": round(coef * base, 2),
                    "date": iso(c)[:10],
                }
                for _ in range(c.rng.randint(1, 3))
            ],
            "tiersPayant": c.rng.random() < 0.6,
            "lotTeletransmission": new_digits(c.rng, 3),
        }
    )
    b.ok_json({"statut": "TRANSMISE", "accuseReception": new_hex(c.rng, 16)})
    return b.build()


def revenue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/statistiques/chiffre-affaires?annee=2024")
    b.decoy("monthly revenue series (a number series, not a signal)")
    b.ok_json(
        {
            "mois": [f"2024-{m:02d}" for m in range(1, 13)],
            "montants": [rf(c.rng, 6000, 11000, 2) for _ in range(12)],
            "seances": [c.rng.randint(220, 380) for _ in range(12)],
        }
    )
    return b.build()


def dictation(c: Context) -> Flow:
    """Dictated session notes sent to speech-to-text: transcription, no speaker model."""
    b = _b(c, "POST", f"{API}/v2/dictee/transcrire?langue=fr-FR")
    b.decoy("dictated clinical note audio for speech-to-text (transcription, not a voiceprint)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 1600), "audio/wav")
    b.ok_json(
        {
            "texte": c.rng.choice(
                [
                    "Séance 6, flexion genou 110 degrés, douleur 3 sur 10.",
                    "Bilan épaule, rotation externe limitée, poursuite renforcement.",
                ]
            ),
            "confiance": rf(c.rng, 0.8, 0.99, 2),
        }
    )
    return b.build()


def reception_tablet(c: Context) -> Flow:
    """The reception tablet's check-in: the practice's shared tablet, not her device."""
    b = _b(c, "POST", f"{API}/v2/borne-accueil/heartbeat")
    b.decoy("reception kiosk tablet's android_id, serial and Wi-Fi MAC (the practice's device)")
    b.json(
        {
            "borne": {
                "androidId": new_hex(c.rng, 16),
                "numeroSerie": serial_like(c.rng, "R52W"),
                "wifiMac": mac_like(c.rng),
                "modele": "SM-X200",
            },
            "patientsEnAttente": c.rng.randint(0, 4),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def card_payment(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/paiements/tpe")
    b.decoy("payment terminal serial (the practice's card reader) and transaction ids")
    b.json(
        {
            "terminal": {"serial": serial_like(c.rng, "TPE"), "modele": "Solo"},
            "montant": rf(c.rng, 16, 60, 2),
            "devise": "EUR",
            "transactionId": rid(c.rng),
            "autorisation": new_digits(c.rng, 6),
        }
    )
    b.ok_json({"statut": "ACCEPTEE"})
    return b.build()
