"""Mymba ("livestock"): the ranch app on the vet's phone (Chaco, Boquerón).

Cattle are read with a Bluetooth stick reader: each animal's RFID ear tag
(`caravana`, ISO 11784 FDX-B, 15 digits starting with Paraguay's code 600) and
its visual tag go up with weight, breed and sex, and the vaccination campaign
(SENACSA foot-and-mouth) and movement permits (SIGOR) refer to them. A muzzle
print photo (cattle "biometrics") identifies a cow, not a person. Animal tags
are no device identifier of anyone's phone; the animal's sex is no
person's data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits
from tests.heldout.wire import fake_jpeg, multipart

from .phone import SB, iso, ms, rf, rid, ua

API = "https://mymba.tekopora.example/api"
UA = ua("Mymba", "2.0.4", "vete")


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "mymba", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _caravana(c: Context) -> str:
    return "600" + new_digits(c.rng, 12, "0")


def lecturas(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/hacienda/lecturas")
    b.decoy("RFID ear-tag numbers (15 digits) read by a stick reader")
    b.json(
        {
            "establecimiento": "Estancia Ñu Pyahu",
            "potrero": c.rng.choice(["P3", "P7", "Corral 2"]),
            "lector": "RS420",
            "animales": [
                {
                    "caravana": _caravana(c),
                    "visual": f"TK{c.rng.randint(1000, 9999)}",
                    "peso": c.rng.randint(180, 520),
                    "raza": c.rng.choice(["Brahman", "Brangus", "Nelore", "Braford"]),
                    "sexo": c.rng.choice(["macho", "hembra"]),
                    "categoria": c.rng.choice(["ternero", "vaquilla", "novillo", "vaca"]),
                }
                for _ in range(c.rng.randint(2, 6))
            ],
            "t": ms(c),
        }
    )
    b.ok_json({"guardados": True})
    return b.build()


def vacunacion(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sanidad/vacunacion")
    b.decoy("ear-tag numbers on a vaccination record")
    b.json(
        {
            "campania": "SENACSA Aftosa 2024-2",
            "vacuna": "Aftosa bivalente",
            "lote": "V" + new_digits(c.rng, 6),
            "caravanas": [_caravana(c) for _ in range(c.rng.randint(3, 8))],
            "fecha": iso(c)[:10],
        }
    )
    b.ok_json({"registrados": True})
    return b.build()


def guia_traslado(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sigor/guia-traslado")
    b.json(
        {
            "origen": "Estancia Ñu Pyahu - Boquerón",
            "destino": "Frigorífico Concepción",
            "cabezas": c.rng.randint(20, 90),
            "chapaCamion": "XBCK 903",
            "fecha": iso(c)[:10],
        }
    )
    b.ok_json({"guia": f"GT{new_digits(c.rng, 10)}", "estado": "EMITIDA"})
    return b.build()


def hocico(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/hacienda/biometria-hocico")
    b.decoy("cattle muzzle-print photo (an animal's, not a person's)")
    boundary = rid(c.rng)
    parts = [
        ("caravana", None, None, _caravana(c).encode()),
        ("foto", "hocico.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"coincide": c.rng.random() < 0.9, "similitud": rf(c.rng, 0.7, 0.99, 2)})
    return b.build()


def clima_campo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/campo/lluvia?estacion=filadelfia")
    b.ok_json({"mm24h": rf(c.rng, 0, 40, 1), "mmMes": rf(c.rng, 10, 180, 1)})
    return b.build()
