"""The set-19 devices and the flow builder that labels every identifier it inserts.

A Pixel 8a (Android 14) of a UK commuter runs six apps: a public-service
streaming app, a podcast / radio app, a rail-ticket app with face-matched
railcards, a neobank with voice ID and selfie re-verification, the companion
app of the paired wireless earbuds (two bud serials, the case serial, the
buds' BLE address) and a casual game with AppLovin / Unity ads. Since Android
8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_telly": "android_id",
    "aid_pod": "android_id",
    "aid_rail": "android_id",
    "aid_bank": "android_id",
    "aid_buds": "android_id",
    "aid_game": "android_id",
    "buds_mac": "mac",
    "bud_left_sn": "serial",
    "bud_right_sn": "serial",
    "case_sn": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "telly_user", "pod_user", "rail_user", "bank_user", "game_user"}
)


@dataclass(frozen=True, slots=True)
class Phone19(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_telly: str
    aid_pod: str
    aid_rail: str
    aid_bank: str
    aid_buds: str
    aid_game: str
    buds_mac: str
    bud_left_sn: str
    bud_right_sn: str
    case_sn: str
    email: str
    # ids that apps and SDKs make up (device_id, not in known.yaml)
    telly_install: str
    comscore_vid: str
    pod_install: str
    rail_install: str
    bank_fp: str
    unity_idfi: str
    applovin_uid: str
    # accounts (never labelled as device identifiers)
    telly_user: str
    pod_user: str
    rail_user: str
    bank_user: str
    game_user: str
    model: str = "Pixel 8a"

    @classmethod
    def make(cls, rng: random.Random) -> Phone19:
        return cls(
            gaid=new_uuid(rng),
            aid_telly=new_hex(rng, 16),
            aid_pod=new_hex(rng, 16),
            aid_rail=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_buds=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            buds_mac="AC:80:0A:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            bud_left_sn="R3Q" + new_digits(rng, 2) + new_hex(rng, 7).upper() + "L",
            bud_right_sn="R3Q" + new_digits(rng, 2) + new_hex(rng, 7).upper() + "R",
            case_sn="R3C" + new_hex(rng, 10).upper(),
            email=f"priya.hargreaves{rng.randint(10, 99)}@inbox-example.co.uk",
            telly_install=new_uuid(rng),
            comscore_vid=new_hex(rng, 32),
            pod_install=new_uuid(rng).upper(),
            rail_install=new_uuid(rng),
            bank_fp=new_hex(rng, 40),
            unity_idfi=new_uuid(rng),
            applovin_uid=new_hex(rng, 32),
            telly_user="bbcid-" + new_hex(rng, 20),
            pod_user=new_digits(rng, 9, "5"),
            rail_user="TL" + new_digits(rng, 8),
            bank_user="cust_" + new_hex(rng, 16),
            game_user=new_digits(rng, 11, "2"),
        )


class FB(LabelledBuilder):
    """Phone19's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; Pixel 8a Build/AP2A.240905.003)"


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone19", "floats", "iso", "ms", "rf", "rid", "ua"]
