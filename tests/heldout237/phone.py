"""The set-237 devices and the flow builder that labels every identifier it inserts.

One Punjabi family, four phones and four other devices:

* papa ji (father, Ludhiana): Samsung Galaxy M34 with the bank app and the
  tractor's companion app; the family's connected tractor carries a farm
  telematics unit (a 4G modem with its own IMEI and serial); the Ludhiana
  living room holds a DTH set-top box and a smart TV with ACR;
* mummy ji (mother, Amritsar): vivo Y27 with the Punjabi music / radio app;
* puttar (son, Brampton, Canada): Pixel 8 with the Punjabi OTT app and a
  smartwatch;
* chacha ji (uncle, Amritsar): Redmi Note 13 with the kabaddi / cricket app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_papa": "advertising_id",
    "gaid_mummy": "advertising_id",
    "gaid_puttar": "advertising_id",
    "gaid_chacha": "advertising_id",
    "aid_bank": "android_id",
    "aid_tractor": "android_id",
    "aid_sangeet": "android_id",
    "aid_ott": "android_id",
    "aid_watch": "android_id",
    "aid_khed": "android_id",
    "stb_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "stb_serial": "serial",
    "tv_serial": "serial",
    "watch_serial": "serial",
    "tcu_serial": "serial",
    "tcu_imei": "imei",
}
NOT_DEVICE = frozenset(
    {
        "bank_cust",
        "ott_user",
        "khed_user",
        "sangeet_user",
        "dth_subscriber",
        "tv_account",
        "watch_user",
        "kisan_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family237(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_papa: str
    gaid_mummy: str
    gaid_puttar: str
    gaid_chacha: str
    aid_bank: str
    aid_tractor: str
    aid_sangeet: str
    aid_ott: str
    aid_watch: str
    aid_khed: str
    stb_mac: str
    tv_mac: str
    watch_mac: str
    stb_serial: str
    tv_serial: str
    watch_serial: str
    tcu_serial: str
    tcu_imei: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    ott_fid: str
    ott_app_instance: str
    ott_ct_id: str
    ott_af_uid: str
    khed_adjust_uuid: str
    khed_adid: str
    khed_fb_anon: str
    sangeet_install: str
    bank_device_key: str
    tv_acr_id: str
    watch_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    bank_cust: str
    ott_user: str
    khed_user: str
    sangeet_user: str
    dth_subscriber: str
    tv_account: str
    watch_user: str
    kisan_user: str

    @classmethod
    def make(cls, rng: random.Random) -> Family237:
        return cls(
            gaid_papa=new_uuid(rng),
            gaid_mummy=new_uuid(rng),
            gaid_puttar=new_uuid(rng),
            gaid_chacha=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_tractor=new_hex(rng, 16),
            aid_sangeet=new_hex(rng, 16),
            aid_ott=new_hex(rng, 16),
            aid_watch=new_hex(rng, 16),
            aid_khed=new_hex(rng, 16),
            stb_mac=_mac(rng, "00:1E:B8"),
            tv_mac=_mac(rng, "A8:23:FE"),
            watch_mac=_mac(rng, "E4:7D:BD"),
            stb_serial="STB" + new_digits(rng, 4, "2") + new_hex(rng, 8).upper(),
            tv_serial="CT" + new_digits(rng, 2) + "IN" + new_hex(rng, 8).upper(),
            watch_serial="GF" + new_digits(rng, 10, "24"),
            tcu_serial="KM-TCU-" + new_digits(rng, 8, "23"),
            tcu_imei=luhn_complete("8691580" + new_digits(rng, 7)),
            ott_fid="d" + new_hex(rng, 21),
            ott_app_instance=new_hex(rng, 32),
            ott_ct_id="__" + new_hex(rng, 32),
            ott_af_uid=f"17352{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            khed_adjust_uuid=new_uuid(rng),
            khed_adid=new_hex(rng, 32),
            khed_fb_anon="XZ" + new_uuid(rng),
            sangeet_install=new_uuid(rng),
            bank_device_key=new_uuid(rng).upper(),
            tv_acr_id=new_hex(rng, 32),
            watch_install=new_uuid(rng),
            bank_cust="CIF" + new_digits(rng, 9, "4"),
            ott_user="vp" + new_digits(rng, 8),
            khed_user="kp_" + new_hex(rng, 12),
            sangeet_user=new_digits(rng, 7, "5"),
            dth_subscriber=new_digits(rng, 10, "3"),
            tv_account="ctv-" + new_hex(rng, 16),
            watch_user=new_digits(rng, 9, "7"),
            kisan_user="KSN" + new_digits(rng, 7),
        )


class FB(LabelledBuilder):
    """Family237's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "papa": ("14", "SM-M346B", "UP1A.231005.007"),
    "mummy": ("13", "V2302", "TP1A.220624.014"),
    "puttar": ("14", "Pixel 8", "AP2A.240905.003"),
    "chacha": ("14", "23124RA7EO", "UKQ1.231003.002"),
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
    "Family237",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
