"""The set-195 device and the flow builder that labels every identifier it inserts.

The property manager's own Samsung Galaxy S23 (Android 14) is the only tester
device: the building's locks, intercoms, cameras, lockers, washers, gym
machines, elevators, thermostats, leak sensors and the amenity room's TV and
streaming sticks belong to the building (her employer), and residents' fobs and
phones belong to residents, so none of their serials or MACs is a device id of
hers. One ANDROID_ID per app since Android 8.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_bms": "android_id",
    "aid_stream": "android_id",
    "aid_pod": "android_id",
    "aid_bank": "android_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset({"email", "model", "pm_user", "stream_user", "pod_user", "bank_client"})


@dataclass(frozen=True, slots=True)
class Phone195(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_bms: str
    aid_stream: str
    aid_pod: str
    aid_bank: str
    email: str
    # ids the apps and SDKs make up on install (device_id, not in known.yaml)
    bms_install: str
    stream_af_uid: str
    pod_install: str
    bank_device_fp: str
    # account ids (never device identifiers)
    pm_user: str
    stream_user: str
    pod_user: str
    bank_client: str
    model: str = "SM-S911W"

    @classmethod
    def make(cls, rng: random.Random) -> Phone195:
        return cls(
            gaid=new_uuid(rng),
            aid_bms=new_hex(rng, 16),
            aid_stream=new_hex(rng, 16),
            aid_pod=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            email=f"d.singh.pm{rng.randint(10, 99)}@harbourline-example.ca",
            bms_install=new_uuid(rng),
            stream_af_uid=f"17311{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            pod_install=new_hex(rng, 32),
            bank_device_fp=new_hex(rng, 40),
            pm_user="staff-" + new_digits(rng, 6),
            stream_user="u" + new_digits(rng, 10),
            pod_user=new_hex(rng, 20),
            bank_client=new_digits(rng, 9, "4"),
        )


class FB(LabelledBuilder):
    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; SM-S911W Build/UP1A.231005.007)"


def building_serial(c_rng: random.Random, prefix: str) -> str:
    """A building asset's serial: the employer's equipment, never the tester's."""
    return prefix + new_hex(c_rng, 10).upper()


def building_mac(c_rng: random.Random) -> str:
    return ":".join(new_hex(c_rng, 2).upper() for _ in range(6))


rid = req_id

__all__ = [
    "CONTACT_KINDS", "FB", "KNOWN_ATTRS", "Phone195", "building_mac", "building_serial",
    "floats", "iso", "ms", "rf", "rid", "ua",
]  # fmt: skip
