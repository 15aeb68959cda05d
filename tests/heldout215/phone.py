"""The set-215 devices and the flow builder that labels every identifier it inserts.

One Egyptian family, four phones and two home devices:

* baba (father, Nasr City, Cairo): Samsung Galaxy A34 with the Mahfazty wallet;
  the living room holds a Nilesat HD receiver (a fictional Star-Sat-like brand
  with an online "IPTV + sharing" portal) and a smart TV with ACR;
* mama (mother, Alexandria): Huawei nova 9 without Google services, so its
  advertising id is Huawei's OAID; she uses the Quran / mahraganat app Naghamat;
* ebn (son, Riyadh): Pixel 7 with the Mosalsalaty series app (Ramadan series);
* akh (younger son, Cairo): Redmi Note 12 with the Dawry Masry football app and
  the Mashwar ride app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_baba": "advertising_id",
    "gaid_ebn": "advertising_id",
    "gaid_akh": "advertising_id",
    "oaid_mama": "advertising_id",
    "aid_mahfaza": "android_id",
    "aid_naghamat": "android_id",
    "aid_mosalsal": "android_id",
    "aid_dawry": "android_id",
    "aid_mashwar": "android_id",
    "rcv_mac": "mac",
    "tv_mac": "mac",
    "rcv_serial": "serial",
    "tv_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "mahfaza_user",
        "mosalsal_user",
        "naghamat_user",
        "dawry_user",
        "mashwar_phone",
        "rcv_code",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family215(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_baba: str
    gaid_ebn: str
    gaid_akh: str
    oaid_mama: str
    aid_mahfaza: str
    aid_naghamat: str
    aid_mosalsal: str
    aid_dawry: str
    aid_mashwar: str
    rcv_mac: str
    tv_mac: str
    rcv_serial: str
    tv_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    mosalsal_fid: str
    mosalsal_app_instance: str
    mosalsal_adjust_uuid: str
    naghamat_af_uid: str
    dawry_af_uid: str
    mashwar_anon_id: str
    mahfaza_device_key: str
    tv_acr_id: str
    # account ids and tokens (not device identifiers; never labelled as such)
    mahfaza_user: str
    mosalsal_user: str
    naghamat_user: str
    dawry_user: str
    mashwar_phone: str
    rcv_code: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family215:
        return cls(
            gaid_baba=new_uuid(rng),
            gaid_ebn=new_uuid(rng),
            gaid_akh=new_uuid(rng),
            oaid_mama=new_uuid(rng),
            aid_mahfaza=new_hex(rng, 16),
            aid_naghamat=new_hex(rng, 16),
            aid_mosalsal=new_hex(rng, 16),
            aid_dawry=new_hex(rng, 16),
            aid_mashwar=new_hex(rng, 16),
            rcv_mac=_mac(rng, "00:1E:B8"),
            tv_mac=_mac(rng, "A8:23:FE"),
            rcv_serial="SS" + new_digits(rng, 4, "2") + new_hex(rng, 8).upper(),
            tv_serial="0" + new_digits(rng, 2) + "R" + new_hex(rng, 9).upper(),
            mosalsal_fid="f" + new_hex(rng, 21),
            mosalsal_app_instance=new_hex(rng, 32),
            mosalsal_adjust_uuid=new_uuid(rng),
            naghamat_af_uid=f"17330{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            dawry_af_uid=f"17328{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            mashwar_anon_id="XZ" + new_uuid(rng),
            mahfaza_device_key=new_uuid(rng).upper(),
            tv_acr_id=new_hex(rng, 32),
            mahfaza_user="MF" + new_digits(rng, 10, "1"),
            mosalsal_user="u" + new_digits(rng, 9),
            naghamat_user=new_digits(rng, 8, "5"),
            dawry_user="dm_" + new_hex(rng, 12),
            mashwar_phone="+2010" + new_digits(rng, 8),
            rcv_code=new_digits(rng, 12, "7"),
            tv_account="acc-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family215's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "baba": ("14", "SM-A346E", "UP1A.231005.007"),
    "mama": ("10", "NAM-LX9", "HUAWEINAM-L29"),
    "ebn": ("14", "Pixel 7", "AP2A.240805.005"),
    "akh": ("13", "23021RAAEG", "TKQ1.221114.001"),
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
    "Family215",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
