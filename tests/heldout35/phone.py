"""The set-35 device: a Samsung Galaxy A35 (SM-A356B, Android 14, One UI 6.1)
used across Serbia, Croatia, Bulgaria and Slovenia, and the flow builder that
labels every identifier it inserts.

Nine apps run on it (two video streamers, a radio / music app, a bank with face
and voice checks, a government eID app, a ride-hailing driver app, a smart-TV
companion, a dating app, a casual game with ad SDKs). Since Android 8 every app
sees its own ANDROID_ID, so known.yaml lists one per app that sends it. The TV
paired to the companion app contributes its Wi-Fi MAC, Bluetooth MAC and serial.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_gledaj": "android_id",
    "aid_ekran": "android_id",
    "aid_radio": "android_id",
    "aid_bank": "android_id",
    "aid_eid": "android_id",
    "aid_ride": "android_id",
    "aid_tv": "android_id",
    "aid_date": "android_id",
    "aid_game": "android_id",
    "tv_mac": "mac",
    "tv_bt_mac": "mac",
    "tv_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "gledaj_user", "ekran_user", "bank_user", "ride_driver", "date_user"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone35(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_gledaj: str
    aid_ekran: str
    aid_radio: str
    aid_bank: str
    aid_eid: str
    aid_ride: str
    aid_tv: str
    aid_date: str
    aid_game: str
    tv_mac: str
    tv_bt_mac: str
    tv_serial: str
    email: str
    # install-scoped ids the SDKs and apps make up (device_id, not in known.yaml)
    fid_ekran: str
    npaw_device: str
    bank_binding: str
    eid_install: str
    ride_install: str
    date_install: str
    unity_idfi: str
    applovin_id: str
    # account ids (never labelled as device identifiers)
    gledaj_user: str
    ekran_user: str
    bank_user: str
    ride_driver: str
    date_user: str
    model: str = "SM-A356B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone35:
        return cls(
            gaid=new_uuid(rng),
            aid_gledaj=new_hex(rng, 16),
            aid_ekran=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_eid=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            aid_date=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            tv_mac=_mac(rng, "8C:79:F5"),
            tv_bt_mac=_mac(rng, "F4:7D:EF"),
            tv_serial="0" + new_hex(rng, 3).upper() + "3NDW" + new_digits(rng, 6),
            email=f"jelena.markovic{rng.randint(10, 99)}@postaexample.rs",
            fid_ekran="c" + new_hex(rng, 21),
            npaw_device=new_uuid(rng),
            bank_binding=new_hex(rng, 40),
            eid_install=new_uuid(rng).upper(),
            ride_install=new_uuid(rng),
            date_install=new_hex(rng, 32),
            unity_idfi=new_uuid(rng),
            applovin_id=new_uuid(rng),
            gledaj_user="usr" + new_digits(rng, 8),
            ekran_user=new_digits(rng, 9, "5"),
            bank_user="K" + new_digits(rng, 10),
            ride_driver="drv_" + new_hex(rng, 12),
            date_user=new_hex(rng, 24),
        )


class FB(LabelledBuilder):
    """Phone35's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


BUILD = "UP1A.231005.007"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A356B Build/{BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android 14; SM-A356B Build/{BUILD})"


def points(rng: random.Random, n: int, w: int = 720, h: int = 960) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.3, w * 0.7), rng.uniform(h * 0.3, h * 0.7)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone35",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
