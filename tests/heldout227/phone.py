"""The set-227 devices and the flow builder that labels every identifier it inserts.

One Azerbaijani family, four phones and four other devices:

* ata (father, Baku): Samsung Galaxy S23 FE with the bank app; the Baku flat
  holds an IPTV box (an Android box running an Xtream-Codes-style player) and a
  smart TV with automatic content recognition (ACR); the family car is a
  connected car whose telematics unit has its own IMEI and reports the VIN;
* ana (mother, Ganja): Redmi Note 13 with the mugham / pop music and radio app
  and the taxi app;
* oğul (son, Istanbul): Pixel 8 with the Azerbaijani series / TV app and a
  smartwatch;
* əmi (uncle, Baku): Galaxy A34 with the Premyer Liqa football app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_ata": "advertising_id",
    "gaid_ana": "advertising_id",
    "gaid_ogul": "advertising_id",
    "gaid_emi": "advertising_id",
    "aid_bank": "android_id",
    "aid_izle": "android_id",
    "aid_qol": "android_id",
    "aid_musiqi": "android_id",
    "aid_taksi": "android_id",
    "aid_saat": "android_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
    "watch_serial": "serial",
    "car_vin": "serial",
    "car_imei": "imei",
}
NOT_DEVICE = frozenset(
    {
        "bank_user",
        "izle_user",
        "qol_user",
        "musiqi_user",
        "taksi_phone",
        "watch_user",
        "box_login",
        "tv_account",
        "car_owner",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def _vin(rng: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "XW8" + "".join(rng.choice(alphabet) for _ in range(8)) + new_digits(rng, 6)


@dataclass(frozen=True, slots=True)
class Family227(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_ata: str
    gaid_ana: str
    gaid_ogul: str
    gaid_emi: str
    aid_bank: str
    aid_izle: str
    aid_qol: str
    aid_musiqi: str
    aid_taksi: str
    aid_saat: str
    box_mac: str
    tv_mac: str
    watch_mac: str
    box_serial: str
    tv_serial: str
    watch_serial: str
    car_vin: str
    car_imei: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    izle_fid: str
    izle_app_instance: str
    izle_adjust_uuid: str
    izle_adid: str
    qol_af_uid: str
    musiqi_install: str
    bank_device_key: str
    taksi_device_uuid: str
    tv_acr_id: str
    box_device_id: str
    watch_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    bank_user: str
    izle_user: str
    qol_user: str
    musiqi_user: str
    taksi_phone: str
    watch_user: str
    box_login: str
    tv_account: str
    car_owner: str

    @classmethod
    def make(cls, rng: random.Random) -> Family227:
        return cls(
            gaid_ata=new_uuid(rng),
            gaid_ana=new_uuid(rng),
            gaid_ogul=new_uuid(rng),
            gaid_emi=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_izle=new_hex(rng, 16),
            aid_qol=new_hex(rng, 16),
            aid_musiqi=new_hex(rng, 16),
            aid_taksi=new_hex(rng, 16),
            aid_saat=new_hex(rng, 16),
            box_mac=_mac(rng, "E4:17:D8"),
            tv_mac=_mac(rng, "A8:23:FE"),
            watch_mac=_mac(rng, "D0:62:2C"),
            box_serial="X96" + new_hex(rng, 13).upper(),
            tv_serial="0" + new_digits(rng, 2) + "KZ" + new_hex(rng, 9).upper(),
            watch_serial="R" + new_digits(rng, 2) + "W" + new_hex(rng, 8).upper(),
            car_vin=_vin(rng),
            car_imei=luhn_complete("35" + new_digits(rng, 12)),
            izle_fid="f" + new_hex(rng, 21),
            izle_app_instance=new_hex(rng, 32),
            izle_adjust_uuid=new_uuid(rng),
            izle_adid=new_hex(rng, 32),
            qol_af_uid=f"17352{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            musiqi_install=new_uuid(rng),
            bank_device_key=new_uuid(rng).upper(),
            taksi_device_uuid=new_uuid(rng),
            tv_acr_id=new_hex(rng, 40),
            box_device_id=new_hex(rng, 48),
            watch_install=new_uuid(rng),
            bank_user="M" + new_digits(rng, 8),
            izle_user="iz" + new_digits(rng, 9),
            qol_user="pl_" + new_hex(rng, 10),
            musiqi_user=new_digits(rng, 8, "5"),
            taksi_phone="+99455" + new_digits(rng, 7),
            watch_user=new_digits(rng, 10, "7"),
            box_login="aile" + new_digits(rng, 5),
            tv_account="tvacc-" + new_hex(rng, 14),
            car_owner="own-" + new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    """Family227's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "ata": ("14", "SM-S711B", "UP1A.231005.007"),
    "ana": ("14", "23124RA7EO", "UKQ1.231003.002"),
    "ogul": ("14", "Pixel 8", "AP2A.240905.003"),
    "emi": ("14", "SM-A346E", "UP1A.231005.007"),
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
    "Family227",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
