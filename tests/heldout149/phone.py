"""The set-149 household's devices and the flow builder that labels every identifier.

An expat household split between Dubai and Riyadh: an iPhone 15 (iOS 17: one
IDFA, one IDFV per vendor), a Samsung Galaxy S23 (Android 14: advertising id,
one ANDROID_ID per app, the IMEI the telecom app reads), an Apple TV (its own
IDFV for the streaming app), an Android TV box (its own ANDROID_ID and Ethernet
MAC), a smart TV in the lounge (Wi-Fi MAC, serial) and Galaxy Buds (Bluetooth
MAC, serial). Civil-id numbers, phone numbers and account ids are accounts,
never device identifiers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "idfa": "advertising_id",
    "gaid": "advertising_id",
    "idfv_majlis": "device_id",
    "idfv_bank": "device_id",
    "idfv_gov": "device_id",
    "idfv_atv": "device_id",
    "aid_ott": "android_id",
    "aid_cricket": "android_id",
    "aid_telco": "android_id",
    "aid_food": "android_id",
    "aid_quran": "android_id",
    "aid_tvbox": "android_id",
    "imei": "imei",
    "tvbox_mac": "mac",
    "tv_mac": "mac",
    "buds_mac": "mac",
    "tv_serial": "serial",
    "buds_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "msisdn",
        "emirates_id",
        "bank_cif",
        "majlis_user",
        "ott_user",
        "ride_user",
        "food_user",
        "quran_user",
        "router_mac",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Household149(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    gaid: str
    idfv_majlis: str
    idfv_bank: str
    idfv_gov: str
    idfv_atv: str
    aid_ott: str
    aid_cricket: str
    aid_telco: str
    aid_food: str
    aid_quran: str
    aid_tvbox: str
    imei: str
    tvbox_mac: str
    tv_mac: str
    buds_mac: str
    tv_serial: str
    buds_serial: str
    email: str
    # ids SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    adjust_adid: str
    fb_app_instance: str
    clevertap_id: str
    ride_install: str
    bank_binding: str
    # accounts and things that are not the household's devices
    msisdn: str
    emirates_id: str
    bank_cif: str
    majlis_user: str
    ott_user: str
    ride_user: str
    food_user: str
    quran_user: str
    router_mac: str
    """The telecom's rented home router: the operator's equipment, not the household's."""

    @classmethod
    def make(cls, rng: random.Random) -> Household149:
        return cls(
            idfa=new_uuid(rng).upper(),
            gaid=new_uuid(rng),
            idfv_majlis=new_uuid(rng).upper(),
            idfv_bank=new_uuid(rng).upper(),
            idfv_gov=new_uuid(rng).upper(),
            idfv_atv=new_uuid(rng).upper(),
            aid_ott=new_hex(rng, 16),
            aid_cricket=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_food=new_hex(rng, 16),
            aid_quran=new_hex(rng, 16),
            aid_tvbox=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            tvbox_mac=_mac(rng, "A8:2B:B9").lower(),
            tv_mac=_mac(rng, "64:1C:AE"),
            buds_mac=_mac(rng, "9C:73:B1"),
            tv_serial="0BRR3" + new_hex(rng, 8).upper(),
            buds_serial="R3CW" + new_hex(rng, 7).upper(),
            email=f"shabna.rahim{rng.randint(10, 99)}@mail-example.ae",
            af_uid=f"17165{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            fb_app_instance=new_hex(rng, 32),
            clevertap_id="__" + new_hex(rng, 32),
            ride_install=new_uuid(rng),
            bank_binding="DB-" + new_hex(rng, 24).upper(),
            msisdn="+9715" + new_digits(rng, 8),
            emirates_id="784-19"
            + new_digits(rng, 2)
            + "-"
            + new_digits(rng, 7)
            + "-"
            + str(rng.randint(1, 9)),
            bank_cif="CIF" + new_digits(rng, 9),
            majlis_user="u_" + new_hex(rng, 12),
            ott_user="KZ" + new_digits(rng, 8),
            ride_user=new_digits(rng, 9, "7"),
            food_user="c" + new_digits(rng, 10),
            quran_user=new_hex(rng, 20),
            router_mac=_mac(rng, "E4:BE:ED"),
        )


class FB(LabelledBuilder):
    """Household149's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ios_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPhone; iOS 17.5.1; Scale/3.00)"


def android_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Household149",
    "android_ua",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "rf",
    "rid",
]
