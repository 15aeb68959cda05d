"""The set-218 devices and the flow builder that labels every identifier it inserts.

One Nepali family across three cities:

* buwa (father, Doha, Qatar): Samsung Galaxy A34 with the remittance app, the
  Nepali music / FM-radio app and the companion app of his LTE smartwatch
  (the watch has its own eSIM, hence its own IMEI);
* aama (mother, Pokhara): Redmi Note 13 with the mobile-banking app and the
  teleserial / live-TV streamer; the Pokhara living room holds an Android smart
  TV with automatic content recognition and a satellite (DTH) set-top box;
* chhora (son, Kathmandu): Galaxy M34 with the cricket / football live app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_buwa": "advertising_id",
    "gaid_aama": "advertising_id",
    "gaid_chhora": "advertising_id",
    "aid_bank": "android_id",
    "aid_remit": "android_id",
    "aid_sangeet": "android_id",
    "aid_serial": "android_id",
    "aid_khel": "android_id",
    "aid_ghadi": "android_id",
    "tv_mac": "mac",
    "box_mac": "mac",
    "watch_mac": "mac",
    "tv_serial": "serial",
    "box_serial": "serial",
    "watch_serial": "serial",
    "watch_imei": "imei",
}
NOT_DEVICE = frozenset(
    {
        "bank_user",
        "remit_user",
        "sangeet_user",
        "serial_user",
        "khel_user",
        "ghadi_user",
        "box_card",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family218(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_buwa: str
    gaid_aama: str
    gaid_chhora: str
    aid_bank: str
    aid_remit: str
    aid_sangeet: str
    aid_serial: str
    aid_khel: str
    aid_ghadi: str
    tv_mac: str
    box_mac: str
    watch_mac: str
    tv_serial: str
    box_serial: str
    watch_serial: str
    watch_imei: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    serial_fid: str
    serial_app_instance: str
    serial_adjust_uuid: str
    serial_adid: str
    khel_af_uid: str
    khel_fb_anon: str
    bank_device_key: str
    remit_device_uuid: str
    tv_psid: str
    box_chip_id: str
    ghadi_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    bank_user: str
    remit_user: str
    sangeet_user: str
    serial_user: str
    khel_user: str
    ghadi_user: str
    box_card: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family218:
        return cls(
            gaid_buwa=new_uuid(rng),
            gaid_aama=new_uuid(rng),
            gaid_chhora=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_remit=new_hex(rng, 16),
            aid_sangeet=new_hex(rng, 16),
            aid_serial=new_hex(rng, 16),
            aid_khel=new_hex(rng, 16),
            aid_ghadi=new_hex(rng, 16),
            tv_mac=_mac(rng, "A8:23:FE"),
            box_mac=_mac(rng, "00:1C:19"),
            watch_mac=_mac(rng, "D4:9C:DD"),
            tv_serial="HM" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            box_serial="AKD" + new_digits(rng, 10),
            watch_serial="W7L" + new_hex(rng, 9).upper(),
            watch_imei=luhn_complete(new_digits(rng, 14, "86")),
            serial_fid="e" + new_hex(rng, 21),
            serial_app_instance=new_hex(rng, 32),
            serial_adjust_uuid=new_uuid(rng),
            serial_adid=new_hex(rng, 32),
            khel_af_uid=f"17412{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            khel_fb_anon="XZ" + new_uuid(rng),
            bank_device_key=new_uuid(rng).upper(),
            remit_device_uuid=new_uuid(rng),
            tv_psid=new_hex(rng, 32),
            box_chip_id=new_digits(rng, 12, "7"),
            ghadi_install=new_uuid(rng),
            bank_user="SB" + new_digits(rng, 9),
            remit_user="RP" + new_digits(rng, 8),
            sangeet_user="u" + new_digits(rng, 8),
            serial_user=new_digits(rng, 9, "5"),
            khel_user="kl_" + new_hex(rng, 12),
            ghadi_user=new_digits(rng, 10, "3"),
            box_card=new_digits(rng, 11, "8"),
            tv_account="hm-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family218's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "buwa": ("14", "SM-A346E", "UP1A.231005.007"),
    "aama": ("13", "23124RA7EO", "TKQ1.221114.001"),
    "chhora": ("14", "SM-M346B", "UP1A.231005.007"),
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
    "Family218",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
