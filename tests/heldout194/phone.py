"""The set-194 household in Erbil: a Xiaomi phone (Android 13), an iPhone, a
satellite receiver the family owns, a smart TV with ACR, earbuds and the family
car's GPS tracker. Each Android app sees its own ANDROID_ID; the iPhone runs
the Quran app (IDFV, IDFA)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "idfa": "advertising_id",
    "idfv": "device_id",
    "aid_kanal": "android_id",
    "aid_gol": "android_id",
    "aid_awaz": "android_id",
    "aid_bank": "android_id",
    "aid_wallet": "android_id",
    "aid_ride": "android_id",
    "aid_bazar": "android_id",
    "imei": "imei",
    "tv_mac": "mac",
    "buds_mac": "mac",
    "sat_serial": "serial",
    "tracker_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "kanal_user", "bank_user", "wallet_user", "msisdn", "ride_user"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Household194(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    idfa: str
    idfv: str
    aid_kanal: str
    aid_gol: str
    aid_awaz: str
    aid_bank: str
    aid_wallet: str
    aid_ride: str
    aid_bazar: str
    imei: str
    tv_mac: str
    buds_mac: str
    sat_serial: str
    tracker_imei: str
    email: str
    # install-scoped ids SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    adjust_adid: str
    fb_instance: str
    awaz_install: str
    bank_device_fp: str
    # accounts (never device identifiers)
    kanal_user: str
    bank_user: str
    wallet_user: str
    msisdn: str
    ride_user: str
    model: str = "Redmi Note 12"

    @classmethod
    def make(cls, rng: random.Random) -> Household194:
        return cls(
            gaid=new_uuid(rng),
            idfa=new_uuid(rng).upper(),
            idfv=new_uuid(rng).upper(),
            aid_kanal=new_hex(rng, 16),
            aid_gol=new_hex(rng, 16),
            aid_awaz=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_wallet=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_bazar=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "86")),
            tv_mac=_mac(rng, "A8:23:FE"),
            buds_mac=_mac(rng, "9C:28:B3"),
            sat_serial="ST" + new_digits(rng, 12),
            tracker_imei=luhn_complete(new_digits(rng, 14, "35")),
            email=f"shwan.karim{rng.randint(10, 99)}@mailbox-example.org",
            af_uid=f"17318{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            fb_instance=new_hex(rng, 32),
            awaz_install=new_uuid(rng),
            bank_device_fp=new_hex(rng, 40),
            kanal_user="u" + new_digits(rng, 8),
            bank_user="CIF" + new_digits(rng, 9),
            wallet_user="W" + new_digits(rng, 10),
            msisdn="+96475" + new_digits(rng, 8),
            ride_user="r_" + new_hex(rng, 12),
        )


class KB(LabelledBuilder):
    """Household194's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 13; 23021RAAEG Build/TKQ1.221114.001)"


IOS_UA = "CFNetwork/1494.0.7 Darwin/23.4.0"
rid = req_id

__all__ = ["IOS_UA", "KB", "KNOWN_ATTRS", "Household194", "floats", "iso", "ms", "rf", "rid", "ua"]
