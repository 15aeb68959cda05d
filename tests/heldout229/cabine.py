"""The projection booths of Cinémas Mont-Royal, as the operations app shows them.

The chain's theatre management system (TMS, at gestion.cinemasmontroyal.example)
collects each auditorium's show logs from the media servers: SMPTE ST 430-5
style security-log records (`EventSubType` CPLStart / CPLEnd / KDMKeysReceived,
the server's and the projector's serial numbers). It tracks KDMs by the media
block's certificate (the recipient's `X509SubjectName` names the server serial,
as in SMPTE ST 430-1) and the audio processors' fader levels. These are the
chain's machines and a projector's playback log, not a person's viewing: every
flow here is ordinary traffic, decoys where they look like ids or watch logs.
"""

from __future__ import annotations

import random

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import GB, iso, ms, rf, rid, ua

TMS = "https://gestion.cinemasmontroyal.example"
UA = ua("CineOpsMR", "7.4.0")

FILMS = [
    ("Le Temps d'un été", "TempsEte_FTR-2_F_FR-CA_51_2K_20240611_SMPTE_OV", 6240),
    ("Hockey Night à Rimouski", "HockeyRim_FTR_F_FR-CA_51_4K_20241002_SMPTE_OV", 5880),
    ("Dune: Part Two", "DunePartTwo_FTR-1_S_EN-XX_CA-14A_51-Atmos_4K_WR_SMPTE_OV", 9960),
    ("Inside Out 2", "InsideOut2_FTR_F_EN-FR_CA-G_51_2K_DI_SMPTE_VF", 5760),
    ("Les Hommes de la maison", "HommesMaison_FTR_F_FR-CA_51_2K_20240903_SMPTE_OV", 6480),
    ("Nosferatu", "Nosferatu_FTR_S_EN-FR_CA-14A_71_4K_FOC_SMPTE_OV", 7920),
]
SITES = ["Quartier Latin", "Beaubien", "Côte-des-Neiges", "Laval Centropolis", "Longueuil"]

_R = random.Random(229_001)
# the chain's equipment: (auditorium, projector model, projector serial, server model, serial)
EQUIPEMENT = [
    (
        salle,
        _R.choice(["Christie CP4440-RGB", "Barco SP4K-25", "NEC NC1402L"]),
        str(_R.randint(10**8, 10**9 - 1)),
        _R.choice(["Dolby IMS3000", "GDC SR-1000", "Christie IMB-S4"]),
        str(_R.randint(300000, 399999)),
    )
    for salle in range(1, 13)
]
PROCESSEURS = [
    (salle, "Dolby CP950", "CP950-" + str(_R.randint(10**5, 10**6))) for salle in range(1, 13)
]


def _b(c: Context, method: str, url: str) -> GB:
    b = GB(c, "cineops", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("x-site", c.rng.choice(SITES))
    return b


def journal_seance(c: Context) -> Flow:
    """A media server's show log for one screening, relayed by the TMS."""
    salle, pmod, pser, smod, sser = c.rng.choice(EQUIPEMENT)
    titre, cpl, duree = c.rng.choice(FILMS)
    b = _b(c, "GET", f"{TMS}/api/v3/salles/{salle}/journaux?derniere=1")
    b.decoy("projector / media-server playback log with their serials (equipment, not viewing)")
    debut = ms(c) - duree * 1000
    b.ok_json(
        {
            "salle": salle,
            "projecteur": {"modele": pmod, "noSerie": pser},
            "serveur": {"modele": smod, "noSerie": sser},
            "enregistrements": [
                {
                    "EventType": "Playout",
                    "EventSubType": "CPLStart",
                    "ContentId": "urn:uuid:" + rid(c.rng),
                    "ContentTitleText": cpl,
                    "TimeStamp": debut,
                },
                {
                    "EventType": "Playout",
                    "EventSubType": "CPLEnd",
                    "ContentId": "urn:uuid:" + rid(c.rng),
                    "ContentTitleText": cpl,
                    "TimeStamp": debut + duree * 1000,
                    "PlayoutComplete": True,
                },
            ],
            "film": titre,
            "dureeSecondes": duree,
            "positionSecondes": duree,
        }
    )
    return b.build()


def lecture_en_cours(c: Context) -> Flow:
    """The booth dashboard: each auditorium's current playback position."""
    b = _b(c, "GET", f"{TMS}/api/v3/cabine/etat")
    b.decoy("auditoriums' playback positions and server serials (equipment, not viewing)")
    rows = []
    for salle, _pmod, _pser, smod, sser in EQUIPEMENT[: c.rng.randint(4, 12)]:
        titre, cpl, duree = c.rng.choice(FILMS)
        rows.append(
            {
                "salle": salle,
                "serveur": smod,
                "noSerieServeur": sser,
                "cpl": cpl,
                "titre": titre,
                "position": c.rng.randint(0, duree),
                "duree": duree,
                "etat": c.rng.choice(["LECTURE", "LECTURE", "PAUSE", "ARRET", "PRE-SHOW"]),
            }
        )
    b.ok_json({"salles": rows, "maj": iso(c)})
    return b.build()


def kdm_etat(c: Context) -> Flow:
    salle, _pmod, _pser, smod, sser = c.rng.choice(EQUIPEMENT)
    titre, cpl, _ = c.rng.choice(FILMS)
    b = _b(c, "GET", f"{TMS}/api/v3/kdm?salle={salle}")
    b.decoy("KDM recipient by media-server serial and certificate thumbprint")
    b.ok_json(
        {
            "kdms": [
                {
                    "MessageId": "urn:uuid:" + rid(c.rng),
                    "CompositionPlaylistId": "urn:uuid:" + rid(c.rng),
                    "ContentTitleText": cpl,
                    "film": titre,
                    "Recipient": {
                        "X509SubjectName": f"dnQualifier={new_hex(c.rng, 27)}=,CN=SM.{smod}.{sser},"
                        "OU=DCI.Cinema,O=cinema.example",
                        "X509IssuerSerial": {"X509SerialNumber": str(c.rng.randint(10**6, 10**9))},
                    },
                    "ContentKeysNotValidBefore": iso(c),
                    "ContentKeysNotValidAfter": iso(c)[:10] + "T23:59:00-04:00",
                    "etat": c.rng.choice(["VALIDE", "VALIDE", "EXPIRE_BIENTOT", "MANQUANT"]),
                }
            ]
        }
    )
    return b.build()


def kdm_reception(c: Context) -> Flow:
    """Acknowledging an ingested KDM: the security-log record KDMKeysReceived."""
    salle, _pmod, _pser, smod, sser = c.rng.choice(EQUIPEMENT)
    b = _b(c, "POST", f"{TMS}/api/v3/kdm/accuse-reception")
    b.decoy("KDMKeysReceived record naming a media server serial (equipment)")
    b.json(
        {
            "salle": salle,
            "EventType": "Security",
            "EventSubType": "KDMKeysReceived",
            "SignerID": new_hex(c.rng, 40),
            "serveur": {"modele": smod, "noSerie": sser},
            "KeyDeliveryMessageID": "urn:uuid:" + rid(c.rng),
            "horodatage": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def processeur_audio(c: Context) -> Flow:
    salle, modele, serie = c.rng.choice(PROCESSEURS)
    b = _b(c, "PUT", f"{TMS}/api/v3/salles/{salle}/audio")
    b.decoy("cinema audio processor serial and fader level (equipment)")
    b.json(
        {
            "processeur": modele,
            "noSerie": serie,
            "fader": c.rng.choice([5.5, 6.0, 6.5, 7.0]),
            "format": c.rng.choice(["5.1", "7.1", "Atmos"]),
            "sourdine": False,
        }
    )
    b.ok_json({"applique": True, "fader": 7.0})
    return b.build()


def lampe_laser(c: Context) -> Flow:
    salle, pmod, pser, _smod, _sser = c.rng.choice(EQUIPEMENT)
    b = _b(c, "GET", f"{TMS}/api/v3/salles/{salle}/projecteur/sante")
    b.decoy("projector serial and laser hours (equipment)")
    b.ok_json(
        {
            "modele": pmod,
            "noSerie": pser,
            "heuresLaser": c.rng.randint(2000, 40000),
            "temperatureC": rf(c.rng, 28, 41, 1),
            "luminanceFtL": rf(c.rng, 13.5, 14.5, 1),
        }
    )
    return b.build()


def ingest(c: Context) -> Flow:
    titre, cpl, duree = c.rng.choice(FILMS)
    b = _b(c, "GET", f"{TMS}/api/v3/bibliotheque/ingestion?page=1")
    b.decoy("ingest progress of a film's package (a copy, not a viewing)")
    b.ok_json(
        {
            "contenus": [
                {
                    "cpl": cpl,
                    "titre": titre,
                    "duree": duree,
                    "tailleGo": rf(c.rng, 90, 380, 1),
                    "progression": c.rng.choice([100, 100, 64, 12]),
                }
            ]
        }
    )
    return b.build()
