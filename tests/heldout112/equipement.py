"""Plateau technique: the practice's connected equipment, driven from the phone.

A radial shockwave unit, an ultrasound therapy unit, wireless EMS suits, an
isokinetic dynamometer and two treadmills report their sessions and status to
the practice's equipment hub. Their serial numbers, Wi-Fi / BLE MACs and
firmware versions are the practice's property, shared by every therapist and
patient who uses them: not the tester's devices (decoys, never labelled).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, mac_like, ms, rf, rid, serial_like, ua

HUB = "https://plateau.kinetika.example"
UA = ua("Kinetika", "3.8.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kinetika-plateau", method, url)
    b.header("user-agent", UA)
    b.header("x-cabinet", "cab_lyon_croix_rousse")
    return b


def shockwave_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{HUB}/api/ondes-de-choc/seances")
    b.decoy("shockwave unit serial and MAC: the practice's equipment, not the tester's")
    b.json(
        {
            "appareil": {
                "numeroSerie": serial_like(c.rng, "OC-RSW"),
                "adresseMac": mac_like(c.rng),
                "firmware": "4.2.7",
            },
            "zone": c.rng.choice(["fascia plantaire", "tendon d'Achille", "épaule"]),
            "impulsions": c.rng.choice([1500, 2000, 2500]),
            "pression_bar": rf(c.rng, 1.5, 3.5, 1),
            "frequence_hz": c.rng.choice([8, 10, 12, 15]),
            "debut": iso(c),
        }
    )
    b.ok_json({"id": rid(c.rng), "enregistre": True})
    return b.build()


def ultrasound_status(c: Context) -> Flow:
    sn = serial_like(c.rng, "US")
    b = _b(c, "GET", f"{HUB}/api/appareils/{sn}/etat")
    b.decoy("ultrasound therapy unit serial in the path: the practice's equipment")
    b.ok_json(
        {
            "serial": sn,
            "mac": mac_like(c.rng),
            "tete": c.rng.choice(["1 MHz 5 cm²", "3 MHz 1 cm²"]),
            "ERA_cm2": rf(c.rng, 0.8, 5, 1),
            "heuresUtilisation": c.rng.randint(300, 4000),
            "prochaineMaintenance": "2025-03-01",
        }
    )
    return b.build()


def ems_suit(c: Context) -> Flow:
    b = _b(c, "POST", f"{HUB}/api/ems/combinaisons/seance")
    b.decoy("EMS suits' serials and BLE MACs: the practice's, lent to patients")
    b.json(
        {
            "combinaisons": [
                {
                    "serialNumber": serial_like(c.rng, "EMS"),
                    "bleMac": mac_like(c.rng),
                    "taille": c.rng.choice(["S", "M", "L"]),
                    "batterie": c.rng.randint(20, 100),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
            "programme": c.rng.choice(["Renforcement", "Récupération", "Drainage"]),
            "intensite": {
                m: c.rng.randint(20, 80) for m in ("quadriceps", "fessiers", "lombaires")
            },
            "dureeMin": 20,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def dynamometer_test(c: Context) -> Flow:
    b = _b(c, "POST", f"{HUB}/api/isocinetique/essais")
    b.decoy("isokinetic torque curves and the dynamometer's serial (practice equipment)")
    b.json(
        {
            "dynamometre": {"sn": serial_like(c.rng, "ISO"), "etalonnage": "2024-09-12"},
            "patientId": f"pat_{c.rng.randint(100000, 999999)}",
            "articulation": "genou",
            "cote": c.rng.choice(["gauche", "droit"]),
            "vitesse_deg_s": c.rng.choice([60, 180, 240]),
            "couple_Nm": [rf(c.rng, 20, 210, 1) for _ in range(40)],
            "angle_deg": [round(90 - i * 2.2, 1) for i in range(40)],
            "picCouple_Nm": rf(c.rng, 120, 230, 1),
            "ratioIJ_Q": rf(c.rng, 0.45, 0.75, 2),
        }
    )
    b.ok_json({"rapport": f"{HUB}/rapports/{new_hex(c.rng, 12)}.pdf"})
    return b.build()


def treadmill(c: Context) -> Flow:
    b = _b(c, "PUT", f"{HUB}/api/tapis/{c.rng.choice(['tapis-1', 'tapis-2'])}/telemetrie")
    b.decoy("treadmill serial, Wi-Fi MAC and a speed / incline series (practice equipment)")
    b.json(
        {
            "serial": serial_like(c.rng, "TM"),
            "wifiMac": mac_like(c.rng).lower(),
            "vitesse_kmh": [rf(c.rng, 3, 12, 1) for _ in range(20)],
            "inclinaison_pct": [rf(c.rng, 0, 8, 1) for _ in range(20)],
            "horodatage": ms(c),
        }
    )
    b.no_content()
    return b.build()


def hub_inventory(c: Context) -> Flow:
    b = _b(c, "GET", f"{HUB}/api/appareils")
    b.decoy("inventory of the practice's equipment: serials and MACs, not the tester's")
    b.ok_json(
        {
            "appareils": [
                {
                    "type": kind,
                    "numeroSerie": serial_like(c.rng, prefix),
                    "mac": mac_like(c.rng),
                    "enLigne": c.rng.random() < 0.8,
                }
                for kind, prefix in (
                    ("ondes_de_choc", "OC-RSW"),
                    ("ultrasons", "US"),
                    ("isocinetique", "ISO"),
                    ("tapis", "TM"),
                    ("tapis", "TM"),
                )
            ]
        }
    )
    return b.build()


def waiting_room_playout(c: Context) -> Flow:
    """Proof-of-play of the waiting-room screen: a business's playout, no one's viewing."""
    b = _b(c, "POST", f"{HUB}/api/ecran-salle-attente/diffusions")
    b.decoy("waiting-room screen playout log (a business's proof-of-play, not viewing history)")
    b.json(
        {
            "ecran": {"id": "ecran-accueil", "serial": serial_like(c.rng, "SGN")},
            "diffusions": [
                {
                    "contenuId": cid,
                    "diffuseA": iso(c),
                    "duree_s": c.rng.choice([15, 30, 45]),
                    "boucle": c.rng.randint(1, 40),
                }
                for cid in c.rng.sample(
                    ["conseil-posture-bureau", "hydratation", "horaires-noel", "echauffement"], 3
                )
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()
