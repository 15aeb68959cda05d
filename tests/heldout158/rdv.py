"""Clients' online appointment forms (the clinic's booking page), as clients fill them
in and as the reception PC confirms them.

A client's name, phone and email are other people's contact details, and an
animal's sex and age are no self-declared data of the tester; nothing here is
a device identifier of the tester.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, WEB_UA, iso, rid

API = "https://rdv.vetodesk.example/api/public/v1"


def formulaire(c: Context) -> Flow:
    b = FB(c, "vetodesk-rdv", "POST", f"{API}/cliniques/CLV-69007/rendez-vous")
    b.header("user-agent", WEB_UA)
    b.decoy("a client's booking form: their name, phone, email and the animal's sex / age")
    b.form(
        [
            ("nom", c.rng.choice(["Lefebvre", "Tremblay", "Gagnon", "Moreau"])),
            ("prenom", c.rng.choice(["Julie", "Marc", "Élodie", "Samir"])),
            ("telephone", "+336" + new_digits(c.rng, 8)),
            ("courriel", f"client{c.rng.randint(100, 999)}@exemple.fr"),
            ("animal_nom", c.rng.choice(["Moka", "Filou", "Nala"])),
            ("animal_sexe", c.rng.choice(["male", "femelle"])),
            ("animal_age_ans", str(c.rng.randint(1, 15))),
            ("motif", c.rng.choice(["vaccin", "stérilisation", "consultation"])),
            ("creneau", iso(c)),
            ("captcha_jeton", rid(c.rng)),
        ]
    )
    b.ok_json({"reference": f"RDV-{new_digits(c.rng, 7)}", "statut": "en_attente"})
    return b.build()


def creneaux_libres(c: Context) -> Flow:
    b = FB(c, "vetodesk-rdv", "GET", f"{API}/cliniques/CLV-69007/creneaux?semaine=48")
    b.header("user-agent", WEB_UA)
    b.ok_json({"libres": [f"2024-11-2{d}T{h:02d}:00" for d in range(5, 9) for h in (9, 14, 16)]})
    return b.build()


def confirmation(c: Context) -> Flow:
    b = FB(c, "vetodesk-rdv", "POST", f"{API}/rendez-vous/confirmer")
    b.header("user-agent", WEB_UA)
    b.decoy("booking reference and session id (not a device)")
    b.json({"reference": f"RDV-{new_digits(c.rng, 7)}", "session": rid(c.rng), "sms": True})
    b.no_content()
    return b.build()
