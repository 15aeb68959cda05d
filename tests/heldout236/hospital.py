"""The hospital's own equipment (fixed for the set): the institution's, never the
tester's, so their serials, MACs and IMEIs are look-alikes, not device ids of hers.
"""

from __future__ import annotations

import random

from tests.heldout.identity import luhn_complete, new_digits, new_hex

_R = random.Random(236_0001)


def _mac(oui: str) -> str:
    return oui + ":" + ":".join(new_hex(_R, 2).upper() for _ in range(3))


WARDS = ["Urgences", "Réanimation", "Maternité", "Pédiatrie", "Bloc opératoire", "Néonatologie"]

# (type, model, serial, MAC)
PUMPS = [
    ("infusion_pump", "Volumat Agilia", "2347" + new_digits(_R, 6), _mac("00:1C:C4"))
    for _ in range(8)
]
MONITORS = [
    ("patient_monitor", "IntelliVue MX450", "DE" + new_digits(_R, 8), _mac("00:09:FB"))
    for _ in range(8)
]
VENTS = [("ventilator", "Hamilton-C1", new_digits(_R, 5, "1"), _mac("00:1E:C0")) for _ in range(4)]
EQUIPMENT = PUMPS + MONITORS + VENTS

ASSET_TAGS = [("CHUK-" + new_digits(_R, 5), _mac("D0:2E:AB")) for _ in range(12)]
CARTS = [("TMC-" + new_hex(_R, 8).upper(), _mac("00:50:C2")) for _ in range(3)]
TERMINALS = ["CJDE" + new_digits(_R, 9) for _ in range(4)]
TVS = [("TV-SALLE-" + str(i), "SN" + new_hex(_R, 10).upper()) for i in range(1, 5)]
HANDHELDS = [
    ("R5" + new_hex(_R, 9).upper(), luhn_complete(new_digits(_R, 14, "35")), _mac("F8:4E:17"))
    for _ in range(10)
]
INSURANCE_TABLETS = ["RG-TAB-" + new_digits(_R, 4) for _ in range(2)]
