"""The set-276 devices and the flow builder that labels every identifier it inserts.

One Bashkir family in Ufa, three phones and two home devices:

* атай (father): Samsung Galaxy A34 with the bank app (selfie liveness check
  and face template at login);
* әсәй (mother): Redmi Note 11 with the kurai-music listening app and the
  messenger whose voice messages pass a speaker check;
* ҡыҙым (daughter): Pixel 6a with the regional broadcaster's streaming app;
* the living room holds the broadcaster's set-top box (Android TV based, MAC
  and serial on its sticker);
* улым (son): a Lenovo kids' tablet (no advertising id: the kids' launcher
  turns it off), with a cartoon app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_atay": "advertising_id",
    "gaid_asay": "advertising_id",
    "gaid_kyzym": "advertising_id",
    "aid_bank": "android_id",
    "aid_kurai": "android_id",
    "aid_msg": "android_id",
    "aid_efir": "android_id",
    "aid_bala": "android_id",
    "stb_mac": "mac",
    "stb_serial": "serial",
    "tablet_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "bank_user",
        "efir_user",
        "kurai_user",
        "msg_phone",
        "bala_profile",
        "stb_contract",
    }
)


@dataclass(frozen=True, slots=True)
class Family276(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_atay: str
    gaid_asay: str
    gaid_kyzym: str
    aid_bank: str
    aid_kurai: str
    aid_msg: str
    aid_efir: str
    aid_bala: str
    stb_mac: str
    stb_serial: str
    tablet_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    efir_am_uuid: str
    efir_am_deviceid: str
    kurai_mt_instance: str
    kurai_branch_rdt: str
    msg_fid: str
    bala_fid: str
    bank_device_key: str
    stb_am_uuid: str
    # account ids and tokens (not device identifiers; never labelled as such)
    bank_user: str
    efir_user: str
    kurai_user: str
    msg_phone: str
    bala_profile: str
    stb_contract: str

    @classmethod
    def make(cls, rng: random.Random) -> Family276:
        return cls(
            gaid_atay=new_uuid(rng),
            gaid_asay=new_uuid(rng),
            gaid_kyzym=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_kurai=new_hex(rng, 16),
            aid_msg=new_hex(rng, 16),
            aid_efir=new_hex(rng, 16),
            aid_bala=new_hex(rng, 16),
            stb_mac="E0:B7:B1:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            stb_serial="UFB" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            tablet_serial="HA1" + new_hex(rng, 5).upper(),
            efir_am_uuid=new_hex(rng, 32),
            efir_am_deviceid=new_hex(rng, 32),
            kurai_mt_instance=new_uuid(rng),
            kurai_branch_rdt=new_digits(rng, 19, "1"),
            msg_fid="f" + new_hex(rng, 21),
            bala_fid="d" + new_hex(rng, 21),
            bank_device_key=new_uuid(rng).upper(),
            stb_am_uuid=new_hex(rng, 32),
            bank_user="U" + new_digits(rng, 9),
            efir_user=new_digits(rng, 8, "5"),
            kurai_user="k" + new_digits(rng, 7),
            msg_phone="+7917" + new_digits(rng, 7),
            bala_profile="bp_" + new_hex(rng, 10),
            stb_contract="02-" + new_digits(rng, 8),
        )


class FB(LabelledBuilder):
    """Family276's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "atay": ("14", "SM-A346E", "UP1A.231005.007"),
    "asay": ("13", "2201117TY", "TKQ1.221114.001"),
    "kyzym": ("14", "Pixel 6a", "AP2A.240905.003"),
    "ulym": ("13", "TB-8506X", "TP1A.220624.014"),
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
    "Family276",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
