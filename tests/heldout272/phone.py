"""The set-272 devices and the flow builder that labels every identifier it inserts.

One family between Yakutsk (Sakha) and Ulan-Ude (Buryatia), three phones and
two home devices:

* аҕа (father, Yakutsk): Samsung Galaxy A54 with the Алмаз банк app (face and
  voice login, Russia's unified biometric system) and the Кэскил ТВ regional
  channel app; the living room holds the operator's IPTV set-top box;
* ийэ (mother, Yakutsk): Redmi Note 13 with the Дьиэрэй throat-singing /
  olonkho music app and the Чуумпу мультик cartoon app for the small ones;
* хүбүүн (son, Ulan-Ude): Honor X8b with the national Экран+ streamer; his
  flat has a smart TV with automatic content recognition (ACR).

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid_aga": "advertising_id",
    "gaid_iye": "advertising_id",
    "gaid_uol": "advertising_id",
    "aid_bank": "android_id",
    "aid_keskil": "android_id",
    "aid_dyierey": "android_id",
    "aid_mult": "android_id",
    "aid_ekran": "android_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
}
NOT_DEVICE = frozenset(
    {"bank_user", "keskil_user", "ekran_user", "dyierey_user", "box_account", "tv_account"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family272(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_aga: str
    gaid_iye: str
    gaid_uol: str
    aid_bank: str
    aid_keskil: str
    aid_dyierey: str
    aid_mult: str
    aid_ekran: str
    box_mac: str
    tv_mac: str
    box_serial: str
    tv_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    keskil_appmetrica_uuid: str
    keskil_appmetrica_devid: str
    ekran_mt_instance: str
    dyierey_install: str
    mult_install: str
    bank_device_key: str
    tv_psid: str
    # account ids and tokens (not device identifiers; never labelled as such)
    bank_user: str
    keskil_user: str
    ekran_user: str
    dyierey_user: str
    box_account: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family272:
        return cls(
            gaid_aga=new_uuid(rng),
            gaid_iye=new_uuid(rng),
            gaid_uol=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_keskil=new_hex(rng, 16),
            aid_dyierey=new_hex(rng, 16),
            aid_mult=new_hex(rng, 16),
            aid_ekran=new_hex(rng, 16),
            box_mac=_mac(rng, "E0:0E:E4"),
            tv_mac=_mac(rng, "7C:64:6C"),
            box_serial="RTK" + new_digits(rng, 3) + new_hex(rng, 8).upper(),
            tv_serial="HX" + new_digits(rng, 3) + "Y" + new_digits(rng, 7),
            keskil_appmetrica_uuid=new_hex(rng, 32),
            keskil_appmetrica_devid=new_hex(rng, 32),
            ekran_mt_instance=new_uuid(rng),
            dyierey_install=new_uuid(rng),
            mult_install=new_hex(rng, 24),
            bank_device_key=new_hex(rng, 40),
            tv_psid=new_uuid(rng).replace("-", ""),
            bank_user="AB" + new_digits(rng, 9),
            keskil_user="k" + new_digits(rng, 8),
            ekran_user="u_" + new_hex(rng, 12),
            dyierey_user=new_digits(rng, 7, "3"),
            box_account=new_digits(rng, 12, "5"),
            tv_account="hx-" + new_hex(rng, 14),
        )


class FB(LabelledBuilder):
    """Family272's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "aga": ("14", "SM-A546B", "UP1A.231005.007"),
    "iye": ("13", "23124RA7EO", "TKQ1.221114.001"),
    "uol": ("14", "VNE-LX1", "HONORVNE-L21"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik(who: str) -> str:
    osv, model, build = PHONES[who]
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "PHONES",
    "Family272",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
