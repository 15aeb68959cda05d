"""The set-77 devices and the flow builder that labels every identifier it inserts.

A Huawei Mate 60 (HarmonyOS 4, no Google services) in the Gulf and Egypt: ads
and analytics see the OAID (Huawei's advertising id) and the HMS Core AAID,
apps see their own ANDROID_ID and the ODID (Open Device Identifier, one per
developer). The family's Huawei Vision smart screen is paired: its serial and
Wi-Fi MAC are the tester's too. Account ids and push tokens are no device ids.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "oaid": "advertising_id",
    "aid_mashahid": "android_id",
    "aid_layali": "android_id",
    "aid_koora": "android_id",
    "aid_tilawa": "android_id",
    "aid_bank": "android_id",
    "aid_ride": "android_id",
    "odid": "device_id",
    "aaid": "install_id",
    "imei": "imei",
    "screen_serial": "serial",
    "screen_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "user_ms", "user_bank", "bank_push", "user_ride", "user_pod", "user_koora"}
)


@dataclass(frozen=True, slots=True)
class Phone77(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    oaid: str
    aid_mashahid: str
    aid_layali: str
    aid_koora: str
    aid_tilawa: str
    aid_bank: str
    aid_ride: str
    odid: str
    aaid: str
    imei: str
    screen_serial: str
    screen_mac: str
    email: str
    # ids SDKs and apps make up (device_id, not in known.yaml)
    adjust_uuid: str
    af_uid: str
    ct_guid: str
    moe_unique: str
    pod_install: str
    screen_duid: str
    bank_fp: str
    # account ids and tokens (never labelled as device ids)
    user_ms: str
    user_bank: str
    bank_push: str
    user_ride: str
    user_pod: str
    user_koora: str
    model: str = "ALN-AL00"

    @classmethod
    def make(cls, rng: random.Random) -> Phone77:
        return cls(
            oaid=new_uuid(rng),
            aid_mashahid=new_hex(rng, 16),
            aid_layali=new_hex(rng, 16),
            aid_koora=new_hex(rng, 16),
            aid_tilawa=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            odid=new_uuid(rng),
            aaid=new_hex(rng, 32),
            imei=luhn_complete(new_digits(rng, 14, "86")),
            screen_serial="HV" + new_hex(rng, 14).upper(),
            screen_mac="5C:C3:07:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            email=f"noura.alharbi{rng.randint(10, 99)}@mail-example.sa",
            adjust_uuid=new_uuid(rng),
            af_uid=f"17188{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            ct_guid="__h" + new_hex(rng, 32),
            moe_unique=new_uuid(rng),
            pod_install=new_uuid(rng).upper(),
            screen_duid=new_hex(rng, 64).upper(),
            bank_fp=new_hex(rng, 40),
            user_ms="SH" + new_digits(rng, 10),
            user_bank="CIF" + new_digits(rng, 9),
            bank_push="0" + new_hex(rng, 20) + "HMS" + new_hex(rng, 40),
            user_ride="cap_" + new_digits(rng, 8),
            user_pod=new_digits(rng, 9, "5"),
            user_koora="k" + new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    """Phone77's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 12; ALN-AL00 Build/HUAWEIALN-AL00; HMSCore 6.13.0.321)"


def ua_tv(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; HarmonyOS 3.0; HUAWEI Vision S HD65KUNLUN)"


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone77", "floats", "iso", "ms", "rf", "rid", "ua", "ua_tv"]
