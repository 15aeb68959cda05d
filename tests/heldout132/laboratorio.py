"""Laboratori Dental Túria: the dental lab's orders portal (Valencian / Catalan keys).

Order numbers, shade codes, delivery dates and courier tracking: ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, rid, ua

API = "https://comandes.labturia.example/api"
UA = ua("LabTuria", "1.7.0")
TREBALLS = ["corona zircònia", "pont 3 peces", "fèrula de descàrrega", "pròtesi parcial"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "labturia", method, url)
    b.header("user-agent", UA)
    b.header("accept-language", "ca-ES,ca;q=0.9,es;q=0.8")
    return b


def nova_comanda(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/comandes")
    b.decoy("a lab order: shade, teeth, delivery date, order number")
    b.json(
        {
            "clinica": "Ribera Russafa",
            "pacient_ref": f"P{c.rng.randint(1000, 9999)}",
            "treball": c.rng.choice(TREBALLS),
            "peces": c.rng.sample([11, 12, 21, 24, 36, 46], 2),
            "color": c.rng.choice(["A1", "A2", "A3", "B1"]),
            "data_lliurament": "2026-12-09",
            "fitxer_escaneig": f"{new_hex(c.rng, 12)}.stl",
            "observacions": "Contacte oclusal lleuger, si us plau",
        }
    )
    b.ok_json({"num_comanda": f"LT-26-{c.rng.randint(10000, 99999)}", "estat": "rebuda"})
    return b.build()


def estat_comandes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/comandes?estat=en_curs")
    b.decoy("order list with courier tracking numbers")
    b.ok_json(
        {
            "comandes": [
                {
                    "num_comanda": f"LT-26-{c.rng.randint(10000, 99999)}",
                    "estat": c.rng.choice(["en_producció", "prova", "enviada"]),
                    "seguiment": f"1Z{new_hex(c.rng, 16).upper()}",
                    "import": rf(c.rng, 60, 900, 2),
                }
                for _ in range(c.rng.randint(2, 6))
            ],
            "actualitzat": iso(c),
        }
    )
    return b.build()


def missatge_lab(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/missatges")
    b.json(
        {
            "fil": rid(c.rng),
            "text": c.rng.choice(["Podeu avançar la prova?", "Color A2 confirmat", "Gràcies!"]),
            "enviat": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
