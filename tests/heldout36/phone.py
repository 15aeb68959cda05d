"""The set-36 device and the flow builder that labels every identifier it inserts.

A Xiaomi Redmi Note 12 (Android 13, MIUI 14) used by a family in Baku, Tashkent
and a Persian-speaking household: Azerbaijani, Uzbek and Persian streaming apps,
a Persian music app, a Quran / poetry audio app, a super-app bank with face and
voice checks, a taxi app (the user also drives: shift selfies), a 4G smart
camera that recognises family members (its serial, Wi-Fi MAC and modem IMEI)
and a casual game full of ad SDKs. Since Android 8 each app sees its own
ANDROID_ID, so known.yaml lists one per app that sends it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_kino": "android_id",
    "aid_uz": "android_id",
    "aid_fa": "android_id",
    "aid_music": "android_id",
    "aid_quran": "android_id",
    "aid_bank": "android_id",
    "aid_taxi": "android_id",
    "aid_cam": "android_id",
    "aid_game": "android_id",
    "cam_mac": "mac",
    "cam_serial": "serial",
    "cam_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "kino_user", "uz_user", "fa_user", "bank_user", "taxi_driver", "cam_user"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone36(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_kino: str
    aid_uz: str
    aid_fa: str
    aid_music: str
    aid_quran: str
    aid_bank: str
    aid_taxi: str
    aid_cam: str
    aid_game: str
    cam_mac: str
    cam_serial: str
    cam_imei: str
    email: str
    # install-scoped ids SDKs and apps make up (device_id, not in known.yaml)
    appmetrica_uuid: str
    appmetrica_devid: str
    unity_idfi: str
    mtg_sys_id: str
    kino_install: str
    fa_device: str
    bank_fp: str
    cam_did: str
    # accounts (never labelled as device identifiers)
    kino_user: str
    uz_user: str
    fa_user: str
    bank_user: str
    taxi_driver: str
    cam_user: str
    model: str = "23021RAAEG"

    @classmethod
    def make(cls, rng: random.Random) -> Phone36:
        return cls(
            gaid=new_uuid(rng),
            aid_kino=new_hex(rng, 16),
            aid_uz=new_hex(rng, 16),
            aid_fa=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_quran=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_taxi=new_hex(rng, 16),
            aid_cam=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            cam_mac=_mac(rng, "78:8B:2A"),
            cam_serial="GZC4G" + new_digits(rng, 11),
            cam_imei=luhn_complete(new_digits(rng, 14, "86")),
            email=f"leyla.mammadova{rng.randint(10, 99)}@mail-example.az",
            appmetrica_uuid=new_hex(rng, 32),
            appmetrica_devid=new_hex(rng, 32),
            unity_idfi=new_uuid(rng),
            mtg_sys_id=new_uuid(rng),
            kino_install=new_uuid(rng),
            fa_device="fd-" + new_hex(rng, 24),
            bank_fp=new_hex(rng, 40),
            cam_did="10" + new_digits(rng, 7),
            kino_user=new_digits(rng, 7, "3"),
            uz_user="u" + new_digits(rng, 9),
            fa_user=new_digits(rng, 8, "9"),
            bank_user="AZ" + new_digits(rng, 10),
            taxi_driver="drv" + new_digits(rng, 6),
            cam_user="fam_" + new_hex(rng, 10),
        )


class FB(LabelledBuilder):
    """Phone36's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


BUILD = "Build/TKQ1.221114.001"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 13; 23021RAAEG {BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android 13; 23021RAAEG {BUILD})"


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.5)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 70), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone36",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
