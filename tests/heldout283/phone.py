"""The set-283 devices and the flow builder that labels every identifier it inserts.

Three Yiddish-speaking households, four devices:

* Williamsburg, Brooklyn (tate, the father): Galaxy A15 with the kosher-filtered
  shiur / video app and the community radio / hotline player;
* Brooklyn (the children): a Lenovo Tab M8 with the story-audio app (Mayselekh);
* Antwerp (mame, the mother): Pixel 7a with the community bank's app (face login
  and voice verification);
* Bnei Brak (zeyde, the grandfather): a kosher Android phone without Google
  services; its filter app registers the handset with both IMEIs, the serial
  number and the Wi-Fi MAC.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_tate": "advertising_id",
    "gaid_kinder": "advertising_id",
    "gaid_mame": "advertising_id",
    "aid_shiur": "android_id",
    "aid_radio": "android_id",
    "aid_mayse": "android_id",
    "aid_bank": "android_id",
    "aid_filter": "android_id",
    "imei_zeyde": "imei",
    "imei2_zeyde": "imei",
    "serial_zeyde": "serial",
    "mac_zeyde": "mac",
}
NOT_DEVICE = frozenset(
    {
        "shiur_user",
        "radio_phone",
        "mayse_family",
        "bank_user",
        "filter_license",
        "fcm_token_radio",
    }
)


@dataclass(frozen=True, slots=True)
class Family283(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_tate: str
    gaid_kinder: str
    gaid_mame: str
    aid_shiur: str
    aid_radio: str
    aid_mayse: str
    aid_bank: str
    aid_filter: str
    imei_zeyde: str
    imei2_zeyde: str
    serial_zeyde: str
    mac_zeyde: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    shiur_fid: str
    shiur_af_uid: str
    radio_player_id: str
    mayse_mp_device: str
    mayse_fid: str
    bank_device_key: str
    filter_device_no: str
    # account ids and tokens (not device identifiers; never labelled as such)
    shiur_user: str
    radio_phone: str
    mayse_family: str
    bank_user: str
    filter_license: str
    fcm_token_radio: str

    @classmethod
    def make(cls, rng: random.Random) -> Family283:
        return cls(
            gaid_tate=new_uuid(rng),
            gaid_kinder=new_uuid(rng),
            gaid_mame=new_uuid(rng),
            aid_shiur=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_mayse=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_filter=new_hex(rng, 16),
            imei_zeyde=luhn_complete(new_digits(rng, 14, "86")),
            imei2_zeyde=luhn_complete(new_digits(rng, 14, "86")),
            serial_zeyde="KP" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            mac_zeyde="e0:1f:88:" + ":".join(new_hex(rng, 2) for _ in range(3)),
            shiur_fid="f" + new_hex(rng, 21),
            shiur_af_uid=f"17400{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            radio_player_id=new_uuid(rng),
            mayse_mp_device=new_uuid(rng),
            mayse_fid="d" + new_hex(rng, 21),
            bank_device_key=new_hex(rng, 40).upper(),
            filter_device_no="KN-" + new_digits(rng, 9),
            shiur_user="ks" + new_digits(rng, 8),
            radio_phone="+1718" + new_digits(rng, 7),
            mayse_family="mf_" + new_hex(rng, 10),
            bank_user="KK" + new_digits(rng, 8),
            filter_license=new_digits(rng, 6, "5") + "-" + new_hex(rng, 6).upper(),
            fcm_token_radio=new_hex(rng, 22) + ":APA91b" + new_hex(rng, 60),
        )


class FB(LabelledBuilder):
    """Family283's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "tate": ("14", "SM-A155F", "UP1A.231005.007"),
    "kinder": ("12", "TB-8506F", "SP1A.210812.016"),
    "mame": ("14", "Pixel 7a", "AP2A.240905.003"),
    "zeyde": ("11", "KP-F22", "RP1A.200720.011"),
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
    "Family283",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
