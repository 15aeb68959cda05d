"""The set-224 devices and the flow builder that labels every identifier it inserts.

One Hungarian family, four phones and four home devices:

* anya (mother, Budapest): Samsung Galaxy A55 with the TV channels' streaming
  app (Képernyő+) and the bank app (Alföld Bank); the Budapest living room
  holds a smart TV with automatic content recognition (ACR), the cable
  operator's set-top box and a robot vacuum;
* apa (father, Debrecen): Redmi Note 13 with the NB I football app (Gólvonal);
* lány (daughter, student in Vienna): Pixel 8 with the music / podcast /
  radio app (Hangfal);
* fiú (son, 9, Budapest): a 4G kid's smartwatch with its own IMEI, reporting
  to the watch maker's cloud.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_anya": "advertising_id",
    "gaid_apa": "advertising_id",
    "gaid_lany": "advertising_id",
    "aid_kepernyo": "android_id",
    "aid_bank": "android_id",
    "aid_golvonal": "android_id",
    "aid_hangfal": "android_id",
    "ora_imei": "imei",
    "stb_mac": "mac",
    "tv_mac": "mac",
    "robot_mac": "mac",
    "stb_serial": "serial",
    "tv_serial": "serial",
    "robot_serial": "serial",
    "ora_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "kepernyo_user",
        "bank_user",
        "golvonal_user",
        "hangfal_user",
        "ora_parent",
        "stb_subscriber",
        "tv_account",
        "robot_owner",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family224(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_anya: str
    gaid_apa: str
    gaid_lany: str
    aid_kepernyo: str
    aid_bank: str
    aid_golvonal: str
    aid_hangfal: str
    ora_imei: str
    stb_mac: str
    tv_mac: str
    robot_mac: str
    stb_serial: str
    tv_serial: str
    robot_serial: str
    ora_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    kepernyo_fid: str
    kepernyo_app_instance: str
    gemius_uid: str
    golvonal_af_uid: str
    golvonal_fb_anon: str
    hangfal_cs_c12: str
    hangfal_install: str
    bank_device_key: str
    tv_acr_id: str
    stb_ca_id: str
    ora_cloud_id: str
    robot_did: str
    # account ids and tokens (not device identifiers; never labelled as such)
    kepernyo_user: str
    bank_user: str
    golvonal_user: str
    hangfal_user: str
    ora_parent: str
    stb_subscriber: str
    tv_account: str
    robot_owner: str

    @classmethod
    def make(cls, rng: random.Random) -> Family224:
        return cls(
            gaid_anya=new_uuid(rng),
            gaid_apa=new_uuid(rng),
            gaid_lany=new_uuid(rng),
            aid_kepernyo=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_golvonal=new_hex(rng, 16),
            aid_hangfal=new_hex(rng, 16),
            ora_imei=luhn_complete(new_digits(rng, 14, "86")),
            stb_mac=_mac(rng, "D4:35:1D"),
            tv_mac=_mac(rng, "7C:64:6C"),
            robot_mac=_mac(rng, "50:EC:50"),
            stb_serial="KNB" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            tv_serial="VD" + new_digits(rng, 2) + "U" + new_hex(rng, 8).upper(),
            robot_serial="TB" + new_digits(rng, 4) + "E" + new_digits(rng, 7),
            ora_serial="KW" + new_digits(rng, 10),
            kepernyo_fid="d" + new_hex(rng, 21),
            kepernyo_app_instance=new_hex(rng, 32),
            gemius_uid=new_hex(rng, 24),
            golvonal_af_uid=f"17367{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            golvonal_fb_anon="XZ" + new_uuid(rng),
            hangfal_cs_c12=new_hex(rng, 32),
            hangfal_install=new_uuid(rng),
            bank_device_key=new_uuid(rng).upper(),
            tv_acr_id=new_hex(rng, 32),
            stb_ca_id=new_digits(rng, 11, "3"),
            ora_cloud_id=new_digits(rng, 10, "8"),
            robot_did=new_digits(rng, 9, "4"),
            kepernyo_user="kp_" + new_digits(rng, 8),
            bank_user="U" + new_digits(rng, 9),
            golvonal_user=new_hex(rng, 12),
            hangfal_user=new_digits(rng, 8, "5"),
            ora_parent="+3630" + new_digits(rng, 7),
            stb_subscriber="ELF" + new_digits(rng, 8),
            tv_account="acc-" + new_hex(rng, 16),
            robot_owner=new_digits(rng, 10, "1"),
        )


class FB(LabelledBuilder):
    """Family224's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "anya": ("14", "SM-A556B", "UP1A.231005.007"),
    "apa": ("14", "23124RA7EO", "UKQ1.231003.002"),
    "lany": ("15", "Pixel 8", "AP4A.250105.002"),
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
    "Family224",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
