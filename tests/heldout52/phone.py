"""The set-52 devices: a Sony Xperia 1 V (Android 14) and a Google TV Streamer.

The phone runs a public-service streaming app, an Irish broadcaster's player,
a football app, a radio / podcast app, an audiobook app, a bank with face and
voice ID, an age-verification app, an online pharmacy and a smart-doorbell app
(the doorbell's serial and Wi-Fi MAC, its chime's BLE MAC). The TV Streamer
runs a FAST app and the streaming app and has its own advertising id, serial
and Ethernet MAC. Each app sees its own ANDROID_ID (Android 8+).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "tv_gaid": "advertising_id",
    "aid_view": "android_id",
    "aid_eire": "android_id",
    "aid_foot": "android_id",
    "aid_radio": "android_id",
    "aid_book": "android_id",
    "aid_bank": "android_id",
    "aid_bell": "android_id",
    "aid_tvfast": "android_id",
    "bell_mac": "mac",
    "chime_mac": "mac",
    "tv_mac": "mac",
    "bell_serial": "serial",
    "tv_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "view_user", "bank_user", "bell_user", "book_user", "pharm_user"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone52(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    tv_gaid: str
    aid_view: str
    aid_eire: str
    aid_foot: str
    aid_radio: str
    aid_book: str
    aid_bank: str
    aid_bell: str
    aid_tvfast: str
    bell_mac: str
    chime_mac: str
    tv_mac: str
    bell_serial: str
    tv_serial: str
    email: str
    # ids that SDKs and apps make up (device_id, not in known.yaml)
    kantar_uid: str
    fid_view: str
    applovin_uid: str
    radio_install: str
    bank_devfp: str
    foot_device: str
    fast_device: str
    # accounts (never labelled as device ids)
    view_user: str
    bank_user: str
    bell_user: str
    book_user: str
    pharm_user: str
    model: str = "XQ-DQ54"

    @classmethod
    def make(cls, rng: random.Random) -> Phone52:
        return cls(
            gaid=new_uuid(rng),
            tv_gaid=new_uuid(rng),
            aid_view=new_hex(rng, 16),
            aid_eire=new_hex(rng, 16),
            aid_foot=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_book=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_bell=new_hex(rng, 16),
            aid_tvfast=new_hex(rng, 16),
            bell_mac=_mac(rng, "B0:09:DA"),
            chime_mac=_mac(rng, "D4:36:39").lower(),
            tv_mac=_mac(rng, "3C:28:6D"),
            bell_serial="G8T1" + new_hex(rng, 12).upper(),
            tv_serial="4A1" + new_digits(rng, 3) + "HF" + new_digits(rng, 5),
            email=f"aoife.mcgrath{rng.randint(10, 99)}@postbox-example.ie",
            kantar_uid=new_hex(rng, 32),
            fid_view="c" + new_hex(rng, 21),
            applovin_uid=new_hex(rng, 40),
            radio_install=new_uuid(rng),
            bank_devfp=new_hex(rng, 64),
            foot_device=new_uuid(rng).upper(),
            fast_device="ftv-" + new_hex(rng, 20),
            view_user="u" + new_digits(rng, 10),
            bank_user="C" + new_digits(rng, 9),
            bell_user="acct-" + new_hex(rng, 12),
            book_user=new_digits(rng, 9, "7"),
            pharm_user="pt_" + new_hex(rng, 10),
        )


class FB(LabelledBuilder):
    """Phone52's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str, tv: bool = False) -> str:
    dev = "Google TV Streamer Build/UTT3.240625.001" if tv else "XQ-DQ54 Build/67.1.A.2.112"
    return f"{app}/{ver} (Linux; U; Android 14; {dev})"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone52",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
