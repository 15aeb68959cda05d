"""The set-216 devices and the flow builder that labels every identifier it inserts.

One Bengali family, four phones and two home devices:

* baba (father, Kolkata): Samsung Galaxy M34 with the cricket app; the flat
  holds an Android TV box (OUI 00:1A:79-style IPTV box) and a smart TV with
  automatic content recognition (ACR);
* ma (mother, Kolkata): Redmi Note 13 with the Rabindra sangeet / Bangla band
  music and radio app;
* didi (daughter, London): Pixel 8 with the Bengali series streaming app;
* mama (uncle, Dhaka): Realme C55 with the mobile wallet (face verification,
  KYC); the wallet's fraud SDK reads the IMEI (an Android 9 era permission the
  app still asks for on his dual-SIM phone's first slot).

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_baba": "advertising_id",
    "gaid_ma": "advertising_id",
    "gaid_didi": "advertising_id",
    "gaid_mama": "advertising_id",
    "aid_khela": "android_id",
    "aid_gaan": "android_id",
    "aid_golpo": "android_id",
    "aid_taka": "android_id",
    "imei_mama": "imei",
    "box_mac": "mac",
    "tv_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "golpo_user",
        "gaan_user",
        "khela_user",
        "taka_wallet",
        "box_token",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family216(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_baba: str
    gaid_ma: str
    gaid_didi: str
    gaid_mama: str
    aid_khela: str
    aid_gaan: str
    aid_golpo: str
    aid_taka: str
    imei_mama: str
    box_mac: str
    tv_mac: str
    box_serial: str
    tv_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    golpo_fid: str
    golpo_app_instance: str
    khela_af_uid: str
    gaan_adid: str
    gaan_uuid: str
    taka_device_fp: str
    tv_acr_id: str
    box_device_id: str
    # account ids and tokens (not device identifiers; never labelled as such)
    golpo_user: str
    gaan_user: str
    khela_user: str
    taka_wallet: str
    box_token: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family216:
        return cls(
            gaid_baba=new_uuid(rng),
            gaid_ma=new_uuid(rng),
            gaid_didi=new_uuid(rng),
            gaid_mama=new_uuid(rng),
            aid_khela=new_hex(rng, 16),
            aid_gaan=new_hex(rng, 16),
            aid_golpo=new_hex(rng, 16),
            aid_taka=new_hex(rng, 16),
            imei_mama=luhn_complete("86" + new_digits(rng, 12)),
            box_mac=_mac(rng, "00:1A:79"),
            tv_mac=_mac(rng, "A8:23:FE"),
            box_serial="ABX" + new_digits(rng, 10),
            tv_serial="KT" + new_hex(rng, 10).upper(),
            golpo_fid="d" + new_hex(rng, 21),
            golpo_app_instance=new_hex(rng, 32),
            khela_af_uid=f"17328{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            gaan_adid=new_hex(rng, 32),
            gaan_uuid=new_uuid(rng),
            taka_device_fp=new_hex(rng, 40),
            tv_acr_id=new_uuid(rng),
            box_device_id=new_hex(rng, 48).upper(),
            golpo_user="g" + new_digits(rng, 9),
            gaan_user=new_digits(rng, 8, "5"),
            khela_user="kh_" + new_hex(rng, 12),
            taka_wallet="01" + new_digits(rng, 9, "7"),
            box_token=new_hex(rng, 32).upper(),
            tv_account="acc-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family216's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "baba": ("14", "SM-M346B", "UP1A.231005.007"),
    "ma": ("14", "23129RAA4G", "UKQ1.230917.001"),
    "didi": ("14", "Pixel 8", "AP2A.240905.003"),
    "mama": ("13", "RMX3710", "TP1A.220905.001"),
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
    "Family216",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
