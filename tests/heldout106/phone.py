"""The set-106 devices and the flow builder that labels every identifier it inserts.

Ida, a curator at a Copenhagen museum, carries her own Galaxy S23 (Android 14)
and wears a Garmin Venu 3 paired to it. Her own phone's and watch's ids are the
only device identifiers of the set. Since Android 8 every app sees its own
ANDROID_ID, so known.yaml lists one per app that sends one. The museum's
audio-guide players, people counters, climate loggers, scanners, screens and lab
instruments have serials and MACs too, but they are the museum's equipment (or
lent to visitors): those values are made per flow in the app modules and never
belong to this device object.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_podimo": "android_id",
    "aid_dr": "android_id",
    "aid_bank": "android_id",
    "aid_news": "android_id",
    "aid_staff": "android_id",
    "watch_serial": "serial",
    "watch_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "podimo_user", "dr_user", "bank_customer", "garmin_user", "staff_user"}
)


@dataclass(frozen=True, slots=True)
class CuratorPhone(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_podimo: str
    aid_dr: str
    aid_bank: str
    aid_news: str
    aid_staff: str
    watch_serial: str
    watch_mac: str
    email: str
    # ids apps and SDKs make up on her phone (device_id, not in known.yaml)
    podimo_adjust_uuid: str
    podimo_adid: str
    news_af_uid: str
    dr_app_instance: str
    bank_install: str
    watch_unit_id: str
    # accounts (not device identifiers; never labelled as such)
    podimo_user: str
    dr_user: str
    bank_customer: str
    garmin_user: str
    staff_user: str
    model: str = "SM-S911B"

    @classmethod
    def make(cls, rng: random.Random) -> CuratorPhone:
        return cls(
            gaid=new_uuid(rng),
            aid_podimo=new_hex(rng, 16),
            aid_dr=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_news=new_hex(rng, 16),
            aid_staff=new_hex(rng, 16),
            watch_serial="5K" + new_digits(rng, 7) + new_hex(rng, 1).upper(),
            watch_mac="E4:C8:01:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            email=f"ida.holmgaard{rng.randint(10, 99)}@postkasse-example.dk",
            podimo_adjust_uuid=new_uuid(rng),
            podimo_adid=new_hex(rng, 32),
            news_af_uid=f"17311{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            dr_app_instance=new_hex(rng, 32),
            bank_install=new_uuid(rng).upper(),
            watch_unit_id=new_digits(rng, 10, "34"),
            podimo_user="pu_" + new_hex(rng, 20),
            dr_user=new_uuid(rng),
            bank_customer=new_digits(rng, 8, "6"),
            garmin_user=new_uuid(rng),
            staff_user="ih" + new_digits(rng, 4),
        )


class FB(LabelledBuilder):
    """CuratorPhone's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; SM-S911B Build/UP1A.231005.007)"


def museum_serial(rng: random.Random, prefix: str, digits: int = 6) -> str:
    """A serial of the museum's (or a visitor's lent) equipment: never hers."""
    return prefix + new_digits(rng, digits)


def museum_mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2) for _ in range(3))


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "CuratorPhone",
    "floats",
    "iso",
    "ms",
    "museum_mac",
    "museum_serial",
    "rf",
    "rid",
    "ua",
]
