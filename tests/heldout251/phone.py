"""The set-251 device and the flow builder that labels every identifier it inserts.

The work phone of a surveillance-room shift manager at a Macau integrated
resort: a Samsung Galaxy S23 (SM-S9110) enrolled in the resort's MDM, with her
own Cantonese drama streamer, a music app, a Hong Kong bank with face login and
the companion app of her smartwatch. Since Android 8 every app sees its own
ANDROID_ID, so known.yaml lists one per app; the MDM agent, as device owner, also
reads the IMEI, the serial and the factory Wi-Fi MAC.

Most of what the phone carries is the resort's: patrons' face matches, slot
machine and table sensor serials, staff handhelds' IMEIs, guest-room TV logs.
Those identifiers are made up per flow with the helpers at the bottom and are
never attributes of the device, so the unlabelled-identifier guard never looks
for them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_kektung": "android_id",
    "aid_tenggo": "android_id",
    "aid_bank": "android_id",
    "aid_wrist": "android_id",
    "aid_mdm": "android_id",
    "imei": "imei",
    "phone_serial": "serial",
    "wifi_mac": "mac",
    "watch_mac": "mac",
    "watch_serial": "serial",
}
NOT_DEVICE = frozenset(
    {"kektung_user", "tenggo_user", "bank_user", "staff_no", "wrist_user", "mdm_token"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class WorkPhone251(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_kektung: str
    aid_tenggo: str
    aid_bank: str
    aid_wrist: str
    aid_mdm: str
    imei: str
    phone_serial: str
    wifi_mac: str
    watch_mac: str
    watch_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    kektung_fid: str
    kektung_app_instance: str
    kektung_af_uid: str
    tenggo_ct_id: str
    bank_device_key: str
    wrist_install: str
    mdm_udid: str
    # account ids and tokens (not device identifiers; never labelled as such)
    kektung_user: str
    tenggo_user: str
    bank_user: str
    staff_no: str
    wrist_user: str
    mdm_token: str

    @classmethod
    def make(cls, rng: random.Random) -> WorkPhone251:
        return cls(
            gaid=new_uuid(rng),
            aid_kektung=new_hex(rng, 16),
            aid_tenggo=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_wrist=new_hex(rng, 16),
            aid_mdm=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            phone_serial="R5CW" + new_digits(rng, 2) + new_hex(rng, 5).upper(),
            wifi_mac=_mac(rng, "8C:71:F8"),
            watch_mac=_mac(rng, "D4:3B:04"),
            watch_serial="WX5" + new_hex(rng, 10).upper(),
            kektung_fid="f" + new_hex(rng, 21),
            kektung_app_instance=new_hex(rng, 32),
            kektung_af_uid=f"17371{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            tenggo_ct_id="__" + new_hex(rng, 32),
            bank_device_key=new_uuid(rng).upper(),
            wrist_install=new_uuid(rng),
            mdm_udid=new_hex(rng, 32).upper(),
            kektung_user="kt" + new_digits(rng, 9),
            tenggo_user=new_digits(rng, 10, "8"),
            bank_user="HL" + new_digits(rng, 8),
            staff_no="S" + new_digits(rng, 6, "4"),
            wrist_user=new_digits(rng, 11, "6"),
            mdm_token=new_hex(rng, 40),
        )


class SB(LabelledBuilder):
    """WorkPhone251's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


OS = ("14", "SM-S9110", "UP1A.231005.007")


def ua(app: str, ver: str) -> str:
    osv, model, build = OS
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik() -> str:
    osv, model, build = OS
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


# --- the resort's equipment: made up per flow, never the phone's -------------------


def equipment_mac(rng: random.Random, oui: str) -> str:
    """A MAC of the resort's cameras, set-top boxes, SMIBs or handhelds."""
    return _mac(rng, oui)


def handheld_imei(rng: random.Random) -> str:
    return luhn_complete(new_digits(rng, 14, "35"))


def handheld_serial(rng: random.Random) -> str:
    """A Zebra TC-series-like serial of a staff handheld."""
    return new_digits(rng, 5, "2") + new_hex(rng, 9).upper()[:9]


rid = req_id

__all__ = [
    "KNOWN_ATTRS",
    "SB",
    "WorkPhone251",
    "dalvik",
    "equipment_mac",
    "floats",
    "handheld_imei",
    "handheld_serial",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
