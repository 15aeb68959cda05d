"""The set-157 devices and the flow builder that labels every identifier it inserts.

An Infinix Note 30 (Android 13) shared by a family in Lahore, with an Android TV
box in the lounge, a smart TV in Karachi (the grandparents' house, the family's
own set) and Bluetooth earbuds. Since Android 8 each app sees its own
ANDROID_ID, so known.yaml lists one per app that sends it. Wallet and bank apps
bind the phone's IMEI (common in Pakistani fintech device binding); the telco app
reads it for PTA DIRBS status.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_drama": "android_id",
    "aid_sur": "android_id",
    "aid_naat": "android_id",
    "aid_wallet": "android_id",
    "aid_bank": "android_id",
    "aid_telco": "android_id",
    "aid_ride": "android_id",
    "aid_news": "android_id",
    "imei": "imei",
    "imei2": "imei",
    "phone_mac": "mac",
    "box_mac": "mac",
    "tv_mac": "mac",
    "buds_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
    "buds_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "msisdn", "cnic", "wallet_acct", "bank_cust", "drama_user", "ride_user",
     "sur_user", "fcm_token"}
)  # fmt: skip


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone157(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_drama: str
    aid_sur: str
    aid_naat: str
    aid_wallet: str
    aid_bank: str
    aid_telco: str
    aid_ride: str
    aid_news: str
    imei: str
    imei2: str
    phone_mac: str
    box_mac: str
    tv_mac: str
    buds_mac: str
    box_serial: str
    tv_serial: str
    buds_serial: str
    email: str
    # ids that SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    fb_app_instance: str
    moe_uid: str
    adjust_uuid: str
    drama_device: str
    sur_install: str
    wallet_fp: str
    bank_binding: str
    tv_acr_id: str
    # accounts and tokens (never labelled as device ids)
    msisdn: str
    cnic: str
    wallet_acct: str
    bank_cust: str
    drama_user: str
    ride_user: str
    sur_user: str
    fcm_token: str
    model: str = "Infinix X6833B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone157:
        msisdn = "92" + new_digits(rng, 10, "30")
        return cls(
            gaid=new_uuid(rng),
            aid_drama=new_hex(rng, 16),
            aid_sur=new_hex(rng, 16),
            aid_naat=new_hex(rng, 16),
            aid_wallet=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_news=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            imei2=luhn_complete(new_digits(rng, 14, "35")),
            phone_mac=_mac(rng, "9C:5A:81").lower(),
            box_mac=_mac(rng, "A8:3E:0E"),
            tv_mac=_mac(rng, "E0:AA:96"),
            buds_mac=_mac(rng, "F8:4E:17"),
            box_serial="ATV" + new_hex(rng, 10).upper(),
            tv_serial="0A" + new_digits(rng, 4) + "HCN" + new_digits(rng, 6),
            buds_serial="BD" + new_digits(rng, 12),
            email=f"ayesha.qureshi{rng.randint(10, 99)}@mailbox-example.pk",
            af_uid=f"17010{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            fb_app_instance=new_hex(rng, 32),
            moe_uid=new_uuid(rng),
            adjust_uuid=new_uuid(rng),
            drama_device=new_uuid(rng).upper(),
            sur_install=new_hex(rng, 24),
            wallet_fp=new_hex(rng, 64),
            bank_binding="BND" + new_hex(rng, 20).upper(),
            tv_acr_id=new_hex(rng, 40),
            msisdn=msisdn,
            cnic=f"35202-{new_digits(rng, 7)}-{rng.randint(1, 9)}",
            wallet_acct="03" + msisdn[4:],
            bank_cust="C" + new_digits(rng, 9),
            drama_user="u_" + new_digits(rng, 9),
            ride_user="R" + new_digits(rng, 8),
            sur_user=new_digits(rng, 10, "7"),
            fcm_token="c" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Phone157's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 13; Infinix X6833B Build/TP1A.220624.014)"


DALVIK = "Dalvik/2.1.0 (Linux; U; Android 13; Infinix X6833B Build/TP1A.220624.014)"
rid = req_id

__all__ = [
    "CONTACT_KINDS", "DALVIK", "FB", "KNOWN_ATTRS", "Phone157", "floats", "iso", "ms", "rf",
    "rid", "ua",
]  # fmt: skip
