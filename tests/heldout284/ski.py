"""Neviera d'Ubaia: a Provençal ski resort's app (Provençal keys), ordinary traffic.

The resort's own webcams (`camerà`, their serial and MAC in the status list)
and its lift-gate scanners (`aparelh` = the gate reader, its serial, the pass
number it read) are the resort's equipment, not a skier's device. Webcam stills
show slopes, the lift queue wait is an aggregate, the snow report is a fetch.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, rf, ua

API = "https://api.nevieraubaia.example"
UA = ua("NevieraUbaia", "5.0.1")
REMONTADAS = ["Telesiège dóu Pèr", "Tèlesquí de la Sèuva", "Telecabina Grand Serre"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "neviera", method, url)
    b.header("user-agent", UA)
    return b


def webcams(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/camerà/estat")
    b.decoy("the resort's own webcams: serial, MAC, pan/tilt (institution equipment)")
    b.ok_json(
        {
            "cameràs": [
                {
                    "nom": n,
                    "numerò_de_serìo": "AXQ" + new_digits(c.rng, 8),
                    "adreça_mac": ":".join(
                        ["AC", "CC", "8E"] + [new_hex(c.rng, 2) for _ in range(3)]
                    ),
                    "orientacioun": {"pan": rf(c.rng, -180, 180, 1), "tilt": rf(c.rng, -30, 5, 1)},
                    "darrié_imatge": iso(c),
                }
                for n in ("Cresta", "Front de nèu", "Lac")
            ]
        }
    )
    return b.build()


def webcam_still(c: Context) -> Flow:
    cam = c.rng.choice(["cresta", "front-de-neu", "lac"])
    b = _b(c, "GET", f"https://cams.nevieraubaia.example/{cam}/darrie.jpg?t={int(c.now)}")
    b.decoy("webcam still of a slope (no face analysis)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700))
    return b.build()


def passatge(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/forfach/passatges?jour=ancuei")
    b.decoy("lift-gate scans: gate reader serial and pass number (resort equipment)")
    b.ok_json(
        {
            "passatges": [
                {
                    "remontada": c.rng.choice(REMONTADAS),
                    "aparelh": {
                        "tipe": "lector de portau",
                        "numerò_de_serìo": "SKD-" + new_hex(c.rng, 8).upper(),
                        "id_portau": c.rng.randint(1, 24),
                    },
                    "forfach": "01-" + new_digits(c.rng, 14),
                    "ouro": iso(c),
                }
                for _ in range(c.rng.randint(2, 6))
            ]
        }
    )
    return b.build()


def neu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/bulletin-nèu")
    b.ok_json(
        {
            "autour_nèu_cm": c.rng.randint(40, 210),
            "pistas_dubèrtas": c.rng.randint(10, 48),
            "risque_avalanca": c.rng.randint(1, 4),
        }
    )
    return b.build()


def coa(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/remontadas/espèra")
    b.decoy("lift queue wait (aggregate, counted by the gates)")
    b.ok_json({"espèra": [{"remontada": r, "minutas": c.rng.randint(0, 15)} for r in REMONTADAS]})
    return b.build()


def forfach_crompa(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/forfach/crompa")
    b.decoy("ski pass purchase: pass number, order id")
    b.json({"tipe": "jornada", "adulte": 1, "data": iso(c)[:10]})
    b.ok_json({"forfach": "01-" + new_digits(c.rng, 14), "coumando": "NU-" + new_digits(c.rng, 9)})
    return b.build()
