"""The set-261 devices and the flow builder that labels every identifier it inserts.

One family between Bhubaneswar (Odisha) and Guwahati (Assam):

* bapa (father, Bhubaneswar): Samsung Galaxy M34 with the cooperative bank
  app (face login, Aadhaar face authentication); the living room holds a DTH
  set-top box and a smart TV with automatic content recognition (ACR);
* maa (mother, Bhubaneswar): Redmi Note 13 with the devotional audio app
  (Jagannath bhajans, Odia and Assamese devotional songs);
* jiyori (daughter, Guwahati): vivo V29 with the Odia OTT app and the fintech
  app with video-KYC;
* bhai (son, Guwahati): realme 11 with the cricket app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_bapa": "advertising_id",
    "gaid_maa": "advertising_id",
    "gaid_jiyori": "advertising_id",
    "gaid_bhai": "advertising_id",
    "aid_bank": "android_id",
    "aid_bhakti": "android_id",
    "aid_ott": "android_id",
    "aid_dhan": "android_id",
    "aid_khel": "android_id",
    "stb_mac": "mac",
    "tv_mac": "mac",
    "stb_serial": "serial",
    "tv_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "bank_cif",
        "aadhaar_vid",
        "ott_user",
        "bhakti_user",
        "dhan_user",
        "khel_user",
        "dth_subscriber",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family261(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_bapa: str
    gaid_maa: str
    gaid_jiyori: str
    gaid_bhai: str
    aid_bank: str
    aid_bhakti: str
    aid_ott: str
    aid_dhan: str
    aid_khel: str
    stb_mac: str
    tv_mac: str
    stb_serial: str
    tv_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    ott_moe_uid: str
    ott_ct_guid: str
    bhakti_fid: str
    bhakti_app_instance: str
    khel_af_uid: str
    dhan_af_uid: str
    bank_device_key: str
    face_rd_dc: str
    dhan_fingerprint: str
    tv_psid: str
    stb_chip_id: str
    # account ids and tokens (not device identifiers; never labelled as such)
    bank_cif: str
    aadhaar_vid: str
    ott_user: str
    bhakti_user: str
    dhan_user: str
    khel_user: str
    dth_subscriber: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family261:
        return cls(
            gaid_bapa=new_uuid(rng),
            gaid_maa=new_uuid(rng),
            gaid_jiyori=new_uuid(rng),
            gaid_bhai=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_bhakti=new_hex(rng, 16),
            aid_ott=new_hex(rng, 16),
            aid_dhan=new_hex(rng, 16),
            aid_khel=new_hex(rng, 16),
            stb_mac=_mac(rng, "00:1E:B8"),
            tv_mac=_mac(rng, "A8:23:FE"),
            stb_serial="NDT" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            tv_serial="KT43" + new_digits(rng, 2) + new_hex(rng, 8).upper(),
            ott_moe_uid=new_uuid(rng),
            ott_ct_guid="__" + new_hex(rng, 32),
            bhakti_fid="d" + new_hex(rng, 21),
            bhakti_app_instance=new_hex(rng, 32),
            khel_af_uid=f"17201{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            dhan_af_uid=f"17198{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            bank_device_key=new_uuid(rng).upper(),
            face_rd_dc=new_uuid(rng),
            dhan_fingerprint=new_hex(rng, 40),
            tv_psid=new_hex(rng, 32),
            stb_chip_id="0x" + new_hex(rng, 16).upper(),
            bank_cif="CIF" + new_digits(rng, 9, "4"),
            aadhaar_vid=new_digits(rng, 16, "9"),
            ott_user="cg_" + new_digits(rng, 8),
            bhakti_user=new_digits(rng, 7, "5"),
            dhan_user="DB" + new_hex(rng, 10).upper(),
            khel_user="kb" + new_digits(rng, 9),
            dth_subscriber=new_digits(rng, 11, "3"),
            tv_account="kt-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family261's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "bapa": ("14", "SM-M346B", "UP1A.231005.007"),
    "maa": ("14", "23124RA7EO", "UKQ1.231003.002"),
    "jiyori": ("14", "V2250", "UP1A.231005.007"),
    "bhai": ("13", "RMX3636", "TP1A.220905.001"),
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
    "Family261",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
