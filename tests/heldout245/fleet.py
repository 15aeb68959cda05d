"""The operator's equipment: trams, metro units, their telematics modems, ticket
validators, onboard cameras, infotainment screens and the staff handhelds.

These are the institution's devices, not the supervisor's phone: their VINs,
modem IMEIs (Luhn-valid, as real modems report them), MACs and serials show up
in the operator's consoles as decoys, never as her device identifiers. Built
once from a fixed seed so the fleet is the same in every session.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete

_VIN = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


@dataclass(frozen=True)
class Viatura:
    numero: str
    tipo: str
    carreira: str
    vin: str
    modem_imei: str
    validadores: tuple[str, ...]
    cameras: tuple[str, ...]
    ecras: tuple[str, ...]
    dms_serial: str


@dataclass(frozen=True)
class Terminal:
    serial: str
    imei: str
    mac: str
    modelo: str


def _build() -> tuple[list[Viatura], list[Terminal]]:
    r = random.Random(2450)

    def digits(n: int) -> str:
        return "".join(r.choice("0123456789") for _ in range(n))

    def hexs(n: int) -> str:
        return "".join(r.choice("0123456789ABCDEF") for _ in range(n))

    fleet = []
    specs = [("5", "elétrico articulado", "15E")] * 6 + [("5", "elétrico remodelado", "28E")] * 6
    specs += [("M", "unidade tripla ML90", "Linha Azul")] * 4
    specs += [("M", "unidade tripla ML99", "Linha Verde")] * 4
    for i, (prefix, tipo, carreira) in enumerate(specs):
        numero = f"{prefix}{501 + i if prefix == '5' else 300 + i}"
        vin = "VS9" + "".join(r.choice(_VIN) for _ in range(14))
        fleet.append(
            Viatura(
                numero=numero,
                tipo=tipo,
                carreira=carreira,
                vin=vin,
                modem_imei=luhn_complete("86" + digits(12)),
                validadores=tuple("VAL-" + hexs(8) for _ in range(2 if prefix == "5" else 3)),
                cameras=tuple("CAM" + digits(9) for _ in range(4)),
                ecras=tuple(f"ECRA-{numero}-{k}" for k in range(1, 3)),
                dms_serial="DMS" + hexs(10),
            )
        )
    terminais = [
        Terminal(
            serial="21" + digits(3) + "D" + digits(5),
            imei=luhn_complete("35" + digits(12)),
            mac="00:17:23:" + ":".join(hexs(2) for _ in range(3)),
            modelo=r.choice(["Zebra TC52", "Zebra TC53", "Zebra TC26"]),
        )
        for _ in range(14)
    ]
    return fleet, terminais


FROTA, TERMINAIS = _build()
PARAGENS = [
    "Martim Moniz",
    "Praça da Figueira",
    "Cais do Sodré",
    "Belém",
    "Algés",
    "Estrela",
    "Graça",
    "Prazeres",
    "Baixa-Chiado",
    "Marquês de Pombal",
    "Campo Grande",
    "Odivelas",
]
MOTORISTAS = [f"M{n}" for n in (104233, 118092, 120877, 131455, 140021, 152390, 166104)]
