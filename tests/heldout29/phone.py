"""The set-29 devices and the flow builder that labels every identifier it inserts.

A Samsung Galaxy S23 (SM-S911B, Android 14) used in Almaty and Moscow runs
eight apps: a streaming service, a music service, a social network with video
and face masks, a payments / loans super-app with face biometry, a bank with
voice and face biometry, a taxi driver app with selfie checks, a smart-TV
companion (the TV's Wi-Fi MAC and serial) and a casual game with Russian ad
SDKs. Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists
one per app. Android 14 gives apps no IMEI and no real Wi-Fi MAC
(02:00:00:00:00:00), so the only hardware ids are the TV's.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_kino": "android_id",
    "aid_muz": "android_id",
    "aid_krug": "android_id",
    "aid_qalta": "android_id",
    "aid_bank": "android_id",
    "aid_taxi": "android_id",
    "aid_tv": "android_id",
    "aid_game": "android_id",
    "tv_mac": "mac",
    "tv_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "kino_user",
        "muz_uid",
        "krug_uid",
        "qalta_client",
        "bank_cust",
        "taxi_driver",
        "tv_user",
        "game_player",
        "krug_token",
    }
)


@dataclass(frozen=True, slots=True)
class Phone29(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_kino: str
    aid_muz: str
    aid_krug: str
    aid_qalta: str
    aid_bank: str
    aid_taxi: str
    aid_tv: str
    aid_game: str
    tv_mac: str
    tv_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    am_uuid: str
    am_deviceid: str
    mt_instance: str
    kino_install: str
    krug_device: str
    qalta_device: str
    bank_fp: str
    taxi_device: str
    game_fid: str
    # account ids and tokens (never labelled as device identifiers)
    kino_user: str
    muz_uid: str
    krug_uid: str
    krug_token: str
    qalta_client: str
    bank_cust: str
    taxi_driver: str
    tv_user: str
    game_player: str
    model: str = "SM-S911B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone29:
        mac_tail = ":".join(new_hex(rng, 2) for _ in range(3))
        return cls(
            gaid=new_uuid(rng),
            aid_kino=new_hex(rng, 16),
            aid_muz=new_hex(rng, 16),
            aid_krug=new_hex(rng, 16),
            aid_qalta=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_taxi=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            tv_mac="a0:d0:5b:" + mac_tail,
            tv_serial="Y3T" + new_digits(rng, 6) + new_hex(rng, 4).upper(),
            email=f"aigerim.nurlanova{rng.randint(10, 99)}@pochta-example.kz",
            am_uuid=new_hex(rng, 32),
            am_deviceid=new_hex(rng, 32),
            mt_instance=new_uuid(rng),
            kino_install=new_uuid(rng).upper(),
            krug_device=new_hex(rng, 20),
            qalta_device="QD-" + new_uuid(rng),
            bank_fp=new_hex(rng, 40),
            taxi_device=new_hex(rng, 32),
            game_fid="e" + new_hex(rng, 21),
            kino_user=new_digits(rng, 9, "5"),
            muz_uid=new_digits(rng, 10, "1"),
            krug_uid=new_digits(rng, 9, "7"),
            krug_token="vk1.a." + new_hex(rng, 60),
            qalta_client=new_digits(rng, 12, "9"),
            bank_cust="C" + new_digits(rng, 10),
            taxi_driver="drv_" + new_hex(rng, 16),
            tv_user=new_hex(rng, 24),
            game_player="P" + new_digits(rng, 8),
        )


class FB(LabelledBuilder):
    """Phone29's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; SM-S911B Build/UP1A.231005.007)"


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    """Face landmark-like 2-D points around a centre (also reused for decoy overlays)."""
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.5)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone29",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
