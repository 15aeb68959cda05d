"""The set-99 devices and the flow builder that labels every identifier it inserts.

A Samsung Galaxy A35 (Android 14, GAID, one ANDROID_ID per app) used by a family
in Tbilisi / Yerevan, and the family's Android TV box (its own ANDROID_ID, Wi-Fi
and Ethernet MACs, serial). The phone's IMEI is read by the telco app only.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_geo": "android_id",
    "aid_arm": "android_id",
    "aid_sport": "android_id",
    "aid_music": "android_id",
    "aid_bank": "android_id",
    "aid_telco": "android_id",
    "aid_taxi": "android_id",
    "box_aid": "android_id",
    "imei": "imei",
    "phone_mac": "mac",
    "box_mac": "mac",
    "box_eth": "mac",
    "phone_serial": "serial",
    "box_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "geo_user", "arm_user", "music_user", "bank_user", "taxi_user", "push"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone99(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_geo: str
    aid_arm: str
    aid_sport: str
    aid_music: str
    aid_bank: str
    aid_telco: str
    aid_taxi: str
    box_aid: str
    imei: str
    phone_mac: str
    box_mac: str
    box_eth: str
    phone_serial: str
    box_serial: str
    email: str
    # install-scoped ids SDKs make up (device_id, not in known.yaml)
    fb_app_instance: str
    af_uid: str
    adjust_adid: str
    ym_device_id: str
    sumsub_device: str
    taxi_install: str
    # accounts and tokens (never labelled as device ids)
    geo_user: str
    arm_user: str
    music_user: str
    bank_user: str
    taxi_user: str
    push: str
    model: str = "SM-A356B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone99:
        return cls(
            gaid=new_uuid(rng),
            aid_geo=new_hex(rng, 16),
            aid_arm=new_hex(rng, 16),
            aid_sport=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_taxi=new_hex(rng, 16),
            box_aid=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            phone_mac=_mac(rng, "A4:C6:9A"),
            box_mac=_mac(rng, "E0:76:D0").lower(),
            box_eth=_mac(rng, "80:0C:67"),
            phone_serial="R5CX" + new_hex(rng, 7).upper(),
            box_serial="SEI" + new_digits(rng, 11),
            email=f"nino.beridze{rng.randint(10, 99)}@mail-example.ge",
            fb_app_instance=new_hex(rng, 32),
            af_uid=f"17321{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            ym_device_id=new_hex(rng, 32),
            sumsub_device=new_uuid(rng),
            taxi_install=new_uuid(rng).upper(),
            geo_user="u" + new_digits(rng, 8),
            arm_user=new_digits(rng, 7, "3"),
            music_user="mu_" + new_hex(rng, 12),
            bank_user="CIF" + new_digits(rng, 9),
            taxi_user=new_hex(rng, 24),
            push="c" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Phone99's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A356B Build/UP1A.231005.007)"


def box_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 11; SEI500 Build/RTT2.211108.001)"


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.3, w * 0.7), rng.uniform(h * 0.3, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone99", "box_ua", "floats", "iso", "ms", "points", "rf"]
__all__ += ["rid", "ua"]
