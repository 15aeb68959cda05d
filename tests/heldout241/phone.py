"""The set-241 devices and the flow builder that labels every identifier it inserts.

One Burmese family, four phones and three home devices:

* a-phay (father, Yangon): Samsung Galaxy A35 with the mobile wallet; the
  Yangon living room holds a smart TV with automatic content recognition (ACR)
  and a DVB-S2 satellite receiver on a pay-DTH service;
* a-May (mother, Mandalay): vivo Y36 with the Burmese music, dhamma talk and
  radio app;
* Ko Ko (elder son, Yangon): OPPO A79 with the football app;
* Nyi Lay (younger son, working in Bangkok): Redmi Note 13 with the Myanmar
  series / movie app and a smartwatch.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_phay": "advertising_id",
    "gaid_may": "advertising_id",
    "gaid_koko": "advertising_id",
    "gaid_nyilay": "advertising_id",
    "aid_ngwe": "android_id",
    "aid_tay": "android_id",
    "aid_bawlone": "android_id",
    "aid_zat": "android_id",
    "aid_watch": "android_id",
    "tv_mac": "mac",
    "sat_mac": "mac",
    "watch_mac": "mac",
    "tv_serial": "serial",
    "sat_serial": "serial",
    "watch_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "ngwe_user",
        "ngwe_phone",
        "zat_user",
        "tay_user",
        "bawlone_user",
        "watch_user",
        "sat_card",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family241(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_phay: str
    gaid_may: str
    gaid_koko: str
    gaid_nyilay: str
    aid_ngwe: str
    aid_tay: str
    aid_bawlone: str
    aid_zat: str
    aid_watch: str
    tv_mac: str
    sat_mac: str
    watch_mac: str
    tv_serial: str
    sat_serial: str
    watch_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    zat_fid: str
    zat_app_instance: str
    zat_af_uid: str
    tay_install: str
    bawlone_adjust_uuid: str
    bawlone_adid: str
    ngwe_device_key: str
    tv_acr_id: str
    sat_chip_id: str
    watch_install: str
    # account ids, phone numbers, smart-card numbers (not device identifiers)
    ngwe_user: str
    ngwe_phone: str
    zat_user: str
    tay_user: str
    bawlone_user: str
    watch_user: str
    sat_card: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family241:
        return cls(
            gaid_phay=new_uuid(rng),
            gaid_may=new_uuid(rng),
            gaid_koko=new_uuid(rng),
            gaid_nyilay=new_uuid(rng),
            aid_ngwe=new_hex(rng, 16),
            aid_tay=new_hex(rng, 16),
            aid_bawlone=new_hex(rng, 16),
            aid_zat=new_hex(rng, 16),
            aid_watch=new_hex(rng, 16),
            tv_mac=_mac(rng, "A8:23:FE"),
            sat_mac=_mac(rng, "00:1E:B8"),
            watch_mac=_mac(rng, "D4:3A:2C"),
            tv_serial="PD" + new_digits(rng, 2) + "U" + new_hex(rng, 9).upper(),
            sat_serial="SS" + new_digits(rng, 10, "2"),
            watch_serial="W7" + new_hex(rng, 10).upper(),
            zat_fid="e" + new_hex(rng, 21),
            zat_app_instance=new_hex(rng, 32),
            zat_af_uid=f"17330{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            tay_install=new_uuid(rng),
            bawlone_adjust_uuid=new_uuid(rng),
            bawlone_adid=new_hex(rng, 32),
            ngwe_device_key=new_uuid(rng).upper(),
            tv_acr_id=new_hex(rng, 32),
            sat_chip_id=new_digits(rng, 10, "4"),
            watch_install=new_uuid(rng),
            ngwe_user="NP" + new_digits(rng, 10),
            ngwe_phone="+959" + new_digits(rng, 9, "7"),
            zat_user="zk" + new_digits(rng, 8),
            tay_user=new_digits(rng, 7, "6"),
            bawlone_user="bl_" + new_hex(rng, 12),
            watch_user=new_digits(rng, 10, "3"),
            sat_card="8" + new_digits(rng, 11),
            tv_account="pdk-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family241's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "phay": ("14", "SM-A356E", "UP1A.231005.007"),
    "may": ("13", "V2247", "TP1A.220624.014"),
    "koko": ("14", "CPH2553", "UP1A.230620.001"),
    "nyilay": ("14", "23129RAA4G", "UKQ1.231003.002"),
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
    "Family241",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
