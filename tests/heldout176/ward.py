"""The hospital's equipment on the intensive-care ward: fixed for every session.

Serials and MACs of the ward's patient monitors, infusion pumps, ventilators,
location badges, barcode scanners, the pharmacy robot and the shared ward tablet.
They are device identifiers of the hospital, never of the tester: flows carry
them as decoys. Made once at import from a fixed seed (a module-level list, read
with the session's own randomness, so generation stays deterministic).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid

from .phone import mac_of

_RNG = random.Random(17600)

WARD = "TO3"  # teho-osasto 3, the intensive-care unit
ROOMS = [f"{WARD}-{n:02d}" for n in range(1, 13)]


@dataclass(frozen=True, slots=True)
class Equipment:
    kind: str
    serial: str
    mac: str
    room: str


def _monitor(i: int) -> Equipment:
    return Equipment("monitor", "DE" + new_digits(_RNG, 8), mac_of(_RNG, "00:09:FB"), ROOMS[i])


def _pump(i: int) -> Equipment:
    return Equipment("pump", new_digits(_RNG, 7, "3"), mac_of(_RNG, "00:1B:A5"), ROOMS[i // 3])


def _vent(i: int) -> Equipment:
    return Equipment("ventilator", "C6" + new_digits(_RNG, 6), mac_of(_RNG, "00:50:C2"), ROOMS[i])


def _badge(i: int) -> Equipment:
    return Equipment("badge", "0x" + new_hex(_RNG, 8).upper(), mac_of(_RNG, "00:13:A2"), "")


def _scanner(i: int) -> Equipment:
    return Equipment("scanner", new_digits(_RNG, 14, "2"), mac_of(_RNG, "94:FB:29"), WARD)


MONITORS = [_monitor(i) for i in range(12)]
PUMPS = [_pump(i) for i in range(30)]
VENTS = [_vent(i) for i in range(8)]
BADGES = [_badge(i) for i in range(14)]
SCANNERS = [_scanner(i) for i in range(4)]
ROBOT_SERIAL = "RWD-" + new_digits(_RNG, 6)
TABLET_SERIAL = "R52W" + new_hex(_RNG, 7).upper()
TABLET_ANDROID_ID = new_hex(_RNG, 16)
TABLET_IMEI = luhn_complete(new_digits(_RNG, 14, "35"))
TABLET_MAC = mac_of(_RNG, "5C:CB:99")
TABLET_INTUNE_ID = new_uuid(_RNG)
NURSE_BADGE = BADGES[3]
"""The badge the nurse wears this shift: the hospital's, handed out at the shift start."""

PATIENTS = [f"{_RNG.randint(1000000, 9999999)}" for _ in range(12)]
"""Medical record numbers of the beds' patients (not device ids, not the tester's)."""
