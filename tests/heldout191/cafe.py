"""The café's own equipment: 40 gaming PCs, consoles, webcams, stream encoders,
signage players, a vending machine and a POS terminal.

Their serials, MACs and machine ids belong to the business (the manager's
employer's equipment, used by customers), so by the set's definitions they are
no device identifier of the tester. They are fixed for the café (not per
session seed), the way a real fleet's inventory is.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid

CAFE_NAME = "아레나PC 서면점"
CAFE_CODE = "BSN-SEOMYEON-07"


@dataclass(frozen=True, slots=True)
class Seat:
    number: int
    host: str
    mac: str
    bios_serial: str
    machine_guid: str
    hwid: str


def _mac(rng: random.Random, oui: str) -> str:
    return oui + "-" + "-".join(new_hex(rng, 2).upper() for _ in range(3))


def _fleet() -> tuple[list[Seat], dict[str, str]]:
    rng = random.Random(19101)
    seats = [
        Seat(
            number=n,
            host=f"ARENA-PC{n:02d}",
            mac=_mac(rng, "D8-43-AE"),
            bios_serial="MS1B" + new_hex(rng, 8).upper(),
            machine_guid=new_uuid(rng),
            hwid=new_hex(rng, 40).upper(),
        )
        for n in range(1, 41)
    ]
    gear = {
        "ps5_1": "E2" + new_digits(rng, 15),
        "ps5_2": "E2" + new_digits(rng, 15),
        "switch_1": "XKW" + new_digits(rng, 11),
        "encoder_a": "ENC-" + new_hex(rng, 10).upper(),
        "encoder_b": "ENC-" + new_hex(rng, 10).upper(),
        "webcam_a": "C922-" + new_hex(rng, 8).upper(),
        "webcam_b": "C922-" + new_hex(rng, 8).upper(),
        "signage_1": "SGN" + new_digits(rng, 9),
        "signage_2": "SGN" + new_digits(rng, 9),
        "signage_mac": _mac(rng, "00-E0-4C"),
        "lobby_tv": "LTV" + new_digits(rng, 10),
        "vending": "VM-" + new_digits(rng, 8),
        "pos_tid": new_digits(rng, 10, "7"),
        "kiosk": "KSK" + new_hex(rng, 6).upper(),
    }
    return seats, gear


SEATS, GEAR = _fleet()
GAMES = ["리그 오브 레전드", "발로란트", "배틀그라운드", "FC 온라인", "오버워치 2", "메이플스토리"]
GAME_CODES = ["lol", "valorant", "pubg", "fconline", "ow2", "maple"]
