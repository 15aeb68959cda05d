"""The set-49 device and the flow builder that labels every identifier it inserts.

A student's Samsung Galaxy A15 (SM-A155F, Android 14) used in Cairo, Riyadh and
Nairobi: ride-hailing / bus, food delivery, a university app, a mobile-money
wallet, a cycle / fitness tracker paired with a band (its BLE MAC), a prayer-times
app, a messenger, a photo editor, a football app and a casual game. Since Android
8 every app sees its own ANDROID_ID, so known.yaml lists one per app that sends it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_ride": "android_id",
    "aid_food": "android_id",
    "aid_wallet": "android_id",
    "aid_game": "android_id",
    "aid_goal": "android_id",
    "band_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset({"email", "model", "wallet_msisdn", "student_no", "rider_user"})


@dataclass(frozen=True, slots=True)
class Phone49(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_ride: str
    aid_food: str
    aid_wallet: str
    aid_game: str
    aid_goal: str
    band_mac: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    adjust_uuid: str
    af_uid: str
    unity_idfi: str
    goal_fid: str
    # account ids (not device identifiers; never labelled as such)
    wallet_msisdn: str
    student_no: str
    rider_user: str
    model: str = "SM-A155F"

    @classmethod
    def make(cls, rng: random.Random) -> Phone49:
        return cls(
            gaid=new_uuid(rng),
            aid_ride=new_hex(rng, 16),
            aid_food=new_hex(rng, 16),
            aid_wallet=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            aid_goal=new_hex(rng, 16),
            band_mac="E4:5F:01:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            email=f"mariam.otieno{rng.randint(10, 99)}@student-mail.example",
            adjust_uuid=new_uuid(rng),
            af_uid=f"17198{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            unity_idfi=new_uuid(rng),
            goal_fid="c" + new_hex(rng, 21),
            wallet_msisdn="2547" + new_digits(rng, 8),
            student_no="20" + new_digits(rng, 7),
            rider_user="r_" + new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    """Phone49's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A155F Build/UP1A.231005.007)"


DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; SM-A155F Build/UP1A.231005.007)"
CITIES = {
    "cairo": (30.0444, 31.2357),
    "riyadh": (24.7136, 46.6753),
    "nairobi": (-1.2921, 36.8219),
}


def near(rng: random.Random, city: str, spread: float = 0.05) -> tuple[float, float]:
    lat, lng = CITIES[city]
    return round(lat + rng.uniform(-spread, spread), 6), round(
        lng + rng.uniform(-spread, spread), 6
    )


rid = req_id

__all__ = [
    "CITIES",
    "CONTACT_KINDS",
    "DALVIK",
    "FB",
    "KNOWN_ATTRS",
    "Phone49",
    "floats",
    "iso",
    "ms",
    "near",
    "rf",
    "rid",
    "ua",
]
