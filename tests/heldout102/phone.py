"""The set-102 devices: a veterinarian's Pixel 8 (Android 14) in Ireland.

Her own identifiers are the GAID, one ANDROID_ID per app that sends one, her
earbuds' and watch's BLE MACs and the watch serial. Clinic analysers, X-ray
units, cows' collars and kennel cameras belong to others and are NOT hers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_stream": "android_id",
    "aid_bank": "android_id",
    "aid_ads": "android_id",
    "buds_mac": "mac",
    "watch_mac": "mac",
    "watch_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset({"email", "model", "vet_user", "bank_user"})


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone102(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_stream: str
    aid_bank: str
    aid_ads: str
    buds_mac: str
    watch_mac: str
    watch_serial: str
    email: str
    fa_instance: str
    vet_user: str
    bank_user: str
    model: str = "Pixel 8"

    @classmethod
    def make(cls, rng: random.Random) -> Phone102:
        return cls(
            gaid=new_uuid(rng),
            aid_stream=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_ads=new_hex(rng, 16),
            buds_mac=_mac(rng, "AC:80:0A"),
            watch_mac=_mac(rng, "3C:28:6D"),
            watch_serial="3A" + new_hex(rng, 10).upper(),
            email=f"aoife.brennan{rng.randint(10, 99)}@vetmail-example.ie",
            fa_instance=new_hex(rng, 32),
            vet_user="vs" + new_digits(rng, 7),
            bank_user="C" + new_digits(rng, 9),
        )


class FB(LabelledBuilder):
    """Phone102's builder."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"


def chip(rng: random.Random) -> str:
    """An ISO 11784 FDX-B microchip number: 372 (Ireland) + 12 digits, no check digit."""
    return "372" + new_digits(rng, 12)


rid = req_id
__all__ = ["FB", "KNOWN_ATTRS", "Phone102", "chip", "floats", "iso", "ms", "rf", "rid", "ua"]
