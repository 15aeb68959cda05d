"""The set-191 devices: the café manager's own Galaxy phone and earbuds.

Ji-woo runs an esports PC-bang in Busan (Seomyeon). Her own devices are a
Galaxy S24 (Android 14) and a pair of Galaxy Buds; only their identifiers are
device identifiers in this set. The café's 40 gaming PCs, its consoles, webcams,
stream encoders, signage players, vending machine and POS terminal belong to the
business, so their serials, MACs and machine ids are generated in `cafe.py` and
never labelled as device identifiers. Every app on the phone sees its own
ANDROID_ID (Android 8+), so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.flowmodel import Context
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_manager": "android_id",
    "aid_drama": "android_id",
    "aid_music": "android_id",
    "aid_bank": "android_id",
    "buds_mac": "mac",
    "buds_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "manager_staff", "drama_member", "music_member", "bank_customer", "phone_no"}
)


@dataclass(frozen=True, slots=True)
class Phone191(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_manager: str
    aid_drama: str
    aid_music: str
    aid_bank: str
    buds_mac: str
    buds_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    manager_fcm_install: str
    drama_firebase_instance: str
    drama_airbridge_uuid: str
    music_device_key: str
    bank_device_fp: str
    # accounts and contact data (never device identifiers)
    manager_staff: str
    drama_member: str
    music_member: str
    bank_customer: str
    phone_no: str
    model: str = "SM-S921N"

    @classmethod
    def make(cls, rng: random.Random) -> Phone191:
        return cls(
            gaid=new_uuid(rng),
            aid_manager=new_hex(rng, 16),
            aid_drama=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            buds_mac="A8:79:8D:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            buds_serial="R3CW" + new_hex(rng, 7).upper(),
            email=f"jiwoo.han{rng.randint(10, 99)}@mailbox-example.kr",
            manager_fcm_install="c" + new_hex(rng, 21),
            drama_firebase_instance=new_hex(rng, 32),
            drama_airbridge_uuid=new_uuid(rng),
            music_device_key="MD" + new_hex(rng, 30).upper(),
            bank_device_fp=new_hex(rng, 64),
            manager_staff="STF" + new_digits(rng, 6),
            drama_member="m" + new_digits(rng, 10),
            music_member=new_digits(rng, 9, "7"),
            bank_customer="C" + new_digits(rng, 11),
            phone_no="010-" + new_digits(rng, 4) + "-" + new_digits(rng, 4),
        )


class FB(LabelledBuilder):
    """Phone191's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; SM-S921N Build/UP1A.231005.007)"


def noise(c: Context, n: int) -> bytes:
    """Random bytes standing in for media or ciphertext."""
    return bytes(c.rng.getrandbits(8) for _ in range(n))


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone191",
    "floats",
    "iso",
    "ms",
    "noise",
    "rf",
    "rid",
    "ua",
]
