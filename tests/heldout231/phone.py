"""The set-231 devices and the flow builder that labels every identifier it inserts.

One Marathi family, three phones and three other devices:

* aai (mother, Pune): Samsung Galaxy M34 with the Marathi OTT app; the Pune
  living room holds a smart TV with automatic content recognition (ACR) and a
  DTH set-top box (smart card, Wi-Fi for its catch-up apps);
* ajoba (grandfather, Nagpur): an old Redmi Note 7 still on Android 9, so the
  bank app can read the IMEI (READ_PHONE_STATE); he also uses the Marathi
  music / bhajan / radio app;
* mulga (son, Mumbai): OnePlus Nord CE 3 with the cricket / kabaddi live app
  and a smartwatch.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_aai": "advertising_id",
    "gaid_ajoba": "advertising_id",
    "gaid_mulga": "advertising_id",
    "aid_ott": "android_id",
    "aid_bank": "android_id",
    "aid_gaani": "android_id",
    "aid_khel": "android_id",
    "aid_watch": "android_id",
    "imei_ajoba": "imei",
    "tv_mac": "mac",
    "stb_mac": "mac",
    "watch_mac": "mac",
    "tv_serial": "serial",
    "stb_serial": "serial",
    "watch_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "ott_user",
        "khel_user",
        "gaani_user",
        "bank_cust",
        "aadhaar_vid",
        "stb_subscriber",
        "tv_account",
        "watch_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family231(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_aai: str
    gaid_ajoba: str
    gaid_mulga: str
    aid_ott: str
    aid_bank: str
    aid_gaani: str
    aid_khel: str
    aid_watch: str
    imei_ajoba: str
    tv_mac: str
    stb_mac: str
    watch_mac: str
    tv_serial: str
    stb_serial: str
    watch_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    ott_fid: str
    ott_app_instance: str
    ott_ct_guid: str
    ott_adjust_uuid: str
    khel_af_uid: str
    khel_moe_uuid: str
    gaani_install: str
    bank_device_key: str
    facerd_dc: str
    tv_psid: str
    stb_chip_id: str
    smartcard_no: str
    watch_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    ott_user: str
    khel_user: str
    gaani_user: str
    bank_cust: str
    aadhaar_vid: str
    stb_subscriber: str
    tv_account: str
    watch_user: str

    @classmethod
    def make(cls, rng: random.Random) -> Family231:
        return cls(
            gaid_aai=new_uuid(rng),
            gaid_ajoba=new_uuid(rng),
            gaid_mulga=new_uuid(rng),
            aid_ott=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_gaani=new_hex(rng, 16),
            aid_khel=new_hex(rng, 16),
            aid_watch=new_hex(rng, 16),
            imei_ajoba=luhn_complete(new_digits(rng, 14, "86")),
            tv_mac=_mac(rng, "A8:23:FE"),
            stb_mac=_mac(rng, "E0:1F:88"),
            watch_mac=_mac(rng, "D4:7A:2C"),
            tv_serial="VX" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            stb_serial="GD" + new_digits(rng, 12),
            watch_serial="NFW" + new_hex(rng, 10).upper(),
            ott_fid="e" + new_hex(rng, 21),
            ott_app_instance=new_hex(rng, 32),
            ott_ct_guid="__" + new_hex(rng, 32),
            ott_adjust_uuid=new_uuid(rng),
            khel_af_uid=f"17412{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            khel_moe_uuid=new_uuid(rng),
            gaani_install=new_uuid(rng),
            bank_device_key=new_hex(rng, 40).upper(),
            facerd_dc=new_uuid(rng),
            tv_psid=new_hex(rng, 32),
            stb_chip_id=new_hex(rng, 8).upper(),
            smartcard_no=new_digits(rng, 11, "02"),
            watch_install=new_uuid(rng),
            ott_user="mm" + new_digits(rng, 9),
            khel_user="kh_" + new_hex(rng, 12),
            gaani_user=new_digits(rng, 8, "5"),
            bank_cust="CIF" + new_digits(rng, 9),
            aadhaar_vid=new_digits(rng, 16, "9"),
            stb_subscriber="SUB" + new_digits(rng, 10),
            tv_account="vx-" + new_hex(rng, 16),
            watch_user=new_digits(rng, 10, "7"),
        )


class FB(LabelledBuilder):
    """Family231's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "aai": ("14", "SM-M346B", "UP1A.231005.007"),
    "ajoba": ("9", "Redmi Note 7", "PKQ1.180904.001"),
    "mulga": ("14", "CPH2569", "UKQ1.230924.001"),
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
    "Family231",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
