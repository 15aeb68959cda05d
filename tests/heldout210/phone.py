"""The set-210 devices and the flow builder that labels every identifier it inserts.

One Filipino family, four phones and two living-room devices:

* tatay (father, Quezon City): an older vivo Y11 on Android 9, so the e-wallet's
  fraud module can still read the IMEI; the living room holds a satellite pay-TV
  box (smart-card number, MAC, serial) and a smart TV with automatic content
  recognition (ACR);
* nanay (mother, Cebu): OPPO A78 with the teleserye / noontime-show streamer;
* ate (daughter, a nurse in Dubai): Pixel 8 with the remittance app and the OPM
  music app;
* kuya (son, Quezon City): Redmi Note 13 with the PBA / UAAP basketball app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_tatay": "advertising_id",
    "gaid_nanay": "advertising_id",
    "gaid_ate": "advertising_id",
    "gaid_kuya": "advertising_id",
    "imei_tatay": "imei",
    "aid_pitaka": "android_id",
    "aid_panood": "android_id",
    "aid_himig": "android_id",
    "aid_padala": "android_id",
    "aid_hoops": "android_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "pitaka_mobile",
        "panood_user",
        "himig_user",
        "padala_user",
        "hoops_user",
        "box_account",
        "tv_account",
        "sumsub_applicant",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family210(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_tatay: str
    gaid_nanay: str
    gaid_ate: str
    gaid_kuya: str
    imei_tatay: str
    aid_pitaka: str
    aid_panood: str
    aid_himig: str
    aid_padala: str
    aid_hoops: str
    box_mac: str
    tv_mac: str
    box_serial: str
    tv_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    panood_fid: str
    panood_app_instance: str
    hoops_af_uid: str
    himig_adid_uuid: str
    himig_meta_anon: str
    pitaka_device_token: str
    padala_fingerprint: str
    box_smartcard: str
    tv_acr_id: str
    # account ids and tokens (not device identifiers; never labelled as such)
    pitaka_mobile: str
    panood_user: str
    himig_user: str
    padala_user: str
    hoops_user: str
    box_account: str
    tv_account: str
    sumsub_applicant: str

    @classmethod
    def make(cls, rng: random.Random) -> Family210:
        return cls(
            gaid_tatay=new_uuid(rng),
            gaid_nanay=new_uuid(rng),
            gaid_ate=new_uuid(rng),
            gaid_kuya=new_uuid(rng),
            imei_tatay=luhn_complete("86" + new_digits(rng, 12)),
            aid_pitaka=new_hex(rng, 16),
            aid_panood=new_hex(rng, 16),
            aid_himig=new_hex(rng, 16),
            aid_padala=new_hex(rng, 16),
            aid_hoops=new_hex(rng, 16),
            box_mac=_mac(rng, "A4:2B:B0"),
            tv_mac=_mac(rng, "54:3A:D6"),
            box_serial="SKB" + new_digits(rng, 10),
            tv_serial="KT" + new_digits(rng, 2) + new_hex(rng, 9).upper(),
            panood_fid="f" + new_hex(rng, 21),
            panood_app_instance=new_hex(rng, 32),
            hoops_af_uid=f"17330{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            himig_adid_uuid=new_uuid(rng),
            himig_meta_anon="XZ" + new_uuid(rng),
            pitaka_device_token=new_uuid(rng).upper(),
            padala_fingerprint=new_hex(rng, 40),
            box_smartcard=new_digits(rng, 12, "7"),
            tv_acr_id=new_hex(rng, 32),
            pitaka_mobile="+63917" + new_digits(rng, 7),
            panood_user="pn" + new_digits(rng, 9),
            himig_user=new_digits(rng, 8, "4"),
            padala_user="PX-" + new_hex(rng, 10).upper(),
            hoops_user="hp_" + new_hex(rng, 12),
            box_account=new_digits(rng, 10, "1"),
            tv_account="kt-" + new_hex(rng, 16),
            sumsub_applicant=new_hex(rng, 24),
        )


class FB(LabelledBuilder):
    """Family210's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "tatay": ("9", "vivo 1906", "PKQ1.190302.001"),
    "nanay": ("13", "CPH2565", "TP1A.220905.001"),
    "ate": ("14", "Pixel 8", "AP2A.240905.003"),
    "kuya": ("14", "23129RAA4G", "UKQ1.231003.002"),
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
    "Family210",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
