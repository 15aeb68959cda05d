"""The set-264 devices and the flow builder that labels every identifier it inserts.

One family across Zimbabwe and Malawi, three phones and two home devices:

* baba (father, Harare): Samsung Galaxy A34 with the pay-TV operator's
  streaming app and the mobile-money wallet; the Harare lounge holds the
  operator's satellite decoder (return path over Wi-Fi: MAC, serial, smartcard);
* amai (mother, Bulawayo): Tecno Camon 20 with the gospel / sungura music app;
  the Bulawayo house has a smart TV with automatic content recognition (ACR);
* azakhali (aunt, Lilongwe): itel S23 with the kids' video app for her children.

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
    "gaid_amai": "advertising_id",
    "gaid_azakhali": "advertising_id",
    "aid_paytv": "android_id",
    "aid_mari": "android_id",
    "aid_nziyo": "android_id",
    "aid_ana": "android_id",
    "tv_mac": "mac",
    "dec_mac": "mac",
    "tv_serial": "serial",
    "dec_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "paytv_user",
        "mari_msisdn",
        "mari_wallet",
        "nziyo_user",
        "ana_profile",
        "tv_account",
        "dec_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family264(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_baba: str
    gaid_amai: str
    gaid_azakhali: str
    aid_paytv: str
    aid_mari: str
    aid_nziyo: str
    aid_ana: str
    tv_mac: str
    dec_mac: str
    tv_serial: str
    dec_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    paytv_fid: str
    conviva_clid: str
    mari_af_uid: str
    mari_device_key: str
    nziyo_install: str
    nziyo_fid: str
    adjust_uuid: str
    adjust_adid: str
    tv_psid: str
    dec_smartcard: str
    # account ids and tokens (not device identifiers; never labelled as such)
    paytv_user: str
    mari_msisdn: str
    mari_wallet: str
    nziyo_user: str
    ana_profile: str
    tv_account: str
    dec_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family264:
        return cls(
            gaid_baba=new_uuid(rng),
            gaid_amai=new_uuid(rng),
            gaid_azakhali=new_uuid(rng),
            aid_paytv=new_hex(rng, 16),
            aid_mari=new_hex(rng, 16),
            aid_nziyo=new_hex(rng, 16),
            aid_ana=new_hex(rng, 16),
            tv_mac=_mac(rng, "A8:23:FE"),
            dec_mac=_mac(rng, "00:1E:B8"),
            tv_serial="HS" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            dec_serial="ZSD" + new_digits(rng, 11, "4"),
            paytv_fid="d" + new_hex(rng, 21),
            conviva_clid=".".join(new_digits(rng, 10) for _ in range(4)),
            mari_af_uid=f"17330{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            mari_device_key=new_uuid(rng).upper(),
            nziyo_install=new_uuid(rng),
            nziyo_fid="f" + new_hex(rng, 21),
            adjust_uuid=new_uuid(rng),
            adjust_adid=new_hex(rng, 32),
            tv_psid=new_hex(rng, 32),
            dec_smartcard=new_digits(rng, 11, "7"),
            paytv_user="ZW" + new_digits(rng, 9),
            mari_msisdn="+26377" + new_digits(rng, 7),
            mari_wallet="MW" + new_digits(rng, 10),
            nziyo_user="nz_" + new_hex(rng, 12),
            ana_profile="mw-" + new_hex(rng, 10),
            tv_account="acc" + new_digits(rng, 10),
            dec_account=new_digits(rng, 10, "8"),
        )


class FB(LabelledBuilder):
    """Family264's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "baba": ("14", "SM-A346E", "UP1A.231005.007"),
    "amai": ("13", "TECNO CK7n", "TP1A.220624.014"),
    "azakhali": ("12", "itel S665L", "SP1A.210812.016"),
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
    "Family264",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
