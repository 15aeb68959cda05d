"""The set-206 devices and the flow builder that labels every identifier it inserts.

One Lao family, four phones and two home devices:

* pho (father, Vientiane): Samsung Galaxy A35 with the bank app; the living
  room holds the ISP's IPTV set-top box (a NetTV box, MAC and serial) and a
  smart TV with automatic content recognition (ACR);
* mae (mother, Luang Prabang): OPPO A78 with the mor lam / Lao pop music and
  radio app;
* luksao (daughter, studying in Udon Thani, Thailand): vivo Y36 with the Lao /
  Thai drama and Lao TV streaming app;
* luksai (son, Vientiane): Redmi 13C with the ride app and a kart game.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_pho": "advertising_id",
    "gaid_mae": "advertising_id",
    "gaid_luksao": "advertising_id",
    "gaid_luksai": "advertising_id",
    "aid_thanakhan": "android_id",
    "aid_morlam": "android_id",
    "aid_lakhon": "android_id",
    "aid_painam": "android_id",
    "aid_kem": "android_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "bank_user",
        "lakhon_user",
        "morlam_user",
        "painam_phone",
        "kem_user",
        "box_account",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family206(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_pho: str
    gaid_mae: str
    gaid_luksao: str
    gaid_luksai: str
    aid_thanakhan: str
    aid_morlam: str
    aid_lakhon: str
    aid_painam: str
    aid_kem: str
    box_mac: str
    tv_mac: str
    box_serial: str
    tv_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    lakhon_fid: str
    lakhon_app_instance: str
    lakhon_af_uid: str
    painam_af_uid: str
    morlam_anon_id: str
    kem_idfi: str
    bank_device_key: str
    tv_acr_id: str
    box_stb_id: str
    # account ids and tokens (not device identifiers; never labelled as such)
    bank_user: str
    lakhon_user: str
    morlam_user: str
    painam_phone: str
    kem_user: str
    box_account: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family206:
        return cls(
            gaid_pho=new_uuid(rng),
            gaid_mae=new_uuid(rng),
            gaid_luksao=new_uuid(rng),
            gaid_luksai=new_uuid(rng),
            aid_thanakhan=new_hex(rng, 16),
            aid_morlam=new_hex(rng, 16),
            aid_lakhon=new_hex(rng, 16),
            aid_painam=new_hex(rng, 16),
            aid_kem=new_hex(rng, 16),
            box_mac=_mac(rng, "A8:2B:CD"),
            tv_mac=_mac(rng, "5C:E9:31"),
            box_serial="NTV" + new_digits(rng, 2, "2") + new_hex(rng, 10).upper(),
            tv_serial="CP" + new_digits(rng, 4, "4") + "L" + new_digits(rng, 7),
            lakhon_fid="d" + new_hex(rng, 21),
            lakhon_app_instance=new_hex(rng, 32),
            lakhon_af_uid=f"17330{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            painam_af_uid=f"17328{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            morlam_anon_id="XZ" + new_uuid(rng),
            kem_idfi=new_uuid(rng),
            bank_device_key=new_uuid(rng).upper(),
            tv_acr_id=new_hex(rng, 32),
            box_stb_id=new_hex(rng, 24).upper(),
            bank_user="LA" + new_digits(rng, 10, "0"),
            lakhon_user="lk" + new_digits(rng, 8),
            morlam_user=new_digits(rng, 8, "5"),
            painam_phone="+85620" + new_digits(rng, 8, "5"),
            kem_user="p_" + new_hex(rng, 10),
            box_account="VTE" + new_digits(rng, 7),
            tv_account="cp-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family206's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "pho": ("14", "SM-A356E", "UP1A.231005.007"),
    "mae": ("13", "CPH2565", "TP1A.220905.001"),
    "luksao": ("13", "V2247", "TP1A.220624.014"),
    "luksai": ("13", "23108RN04Y", "TP1A.220624.014"),
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
    "Family206",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
