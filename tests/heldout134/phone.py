"""The set-134 devices and the flow builder that labels every identifier it inserts.

A Redmi Note 13 (Android 14) in Pune runs the family's apps; in the living room a
Jio-like Android set-top box and a Mi smart TV with ACR; on the wrist a boAt-like
smartwatch, in the ears its earbuds. Since Android 8 every app sees its own
ANDROID_ID, so known.yaml lists one per app that reads it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_ott": "android_id",
    "aid_golpo": "android_id",
    "aid_music": "android_id",
    "aid_bhakti": "android_id",
    "aid_katha": "android_id",
    "aid_fantasy": "android_id",
    "aid_bank": "android_id",
    "aid_wallet": "android_id",
    "aid_telco": "android_id",
    "aid_ride": "android_id",
    "imei": "imei",
    "imei2": "imei",
    "stb_serial": "serial",
    "stb_mac": "mac",
    "tv_mac": "mac",
    "tv_serial": "serial",
    "watch_mac": "mac",
    "buds_mac": "mac",
    "watch_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "mobile",
        "ott_user",
        "golpo_user",
        "music_user",
        "fantasy_user",
        "bank_cust",
        "vpa",
        "telco_msisdn_hash",
        "ride_user",
        "aadhaar_ref",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone134(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_ott: str
    aid_golpo: str
    aid_music: str
    aid_bhakti: str
    aid_katha: str
    aid_fantasy: str
    aid_bank: str
    aid_wallet: str
    aid_telco: str
    aid_ride: str
    imei: str
    imei2: str
    stb_serial: str
    stb_mac: str
    tv_mac: str
    tv_serial: str
    watch_mac: str
    buds_mac: str
    watch_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    ct_guid: str
    moe_unique: str
    we_suid: str
    af_uid: str
    fb_instance: str
    fantasy_fp: str
    wallet_device_binding: str
    tv_acr_token: str
    # accounts, phone numbers and tokens (never device identifiers)
    mobile: str
    ott_user: str
    golpo_user: str
    music_user: str
    fantasy_user: str
    bank_cust: str
    vpa: str
    telco_msisdn_hash: str
    ride_user: str
    aadhaar_ref: str
    model: str = "23124RA7EO"

    @classmethod
    def make(cls, rng: random.Random) -> Phone134:
        return cls(
            gaid=new_uuid(rng),
            aid_ott=new_hex(rng, 16),
            aid_golpo=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_bhakti=new_hex(rng, 16),
            aid_katha=new_hex(rng, 16),
            aid_fantasy=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_wallet=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "86")),
            imei2=luhn_complete(new_digits(rng, 14, "86")),
            stb_serial="RJIL" + new_hex(rng, 10).upper(),
            stb_mac=_mac(rng, "A4:7E:FA").lower(),
            tv_mac=_mac(rng, "5C:E5:0C"),
            tv_serial="2791" + new_digits(rng, 8) + "Y" + new_digits(rng, 5),
            watch_mac=_mac(rng, "E2:4B:19"),
            buds_mac=_mac(rng, "41:42:7A"),
            watch_serial="BW" + new_digits(rng, 3) + new_hex(rng, 8).upper(),
            email=f"sneha.kulkarni{rng.randint(10, 99)}@inbox-example.in",
            ct_guid="__g" + new_hex(rng, 32),
            moe_unique=new_uuid(rng),
            we_suid=new_uuid(rng),
            af_uid=f"17130{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            fb_instance=new_hex(rng, 32),
            fantasy_fp=new_hex(rng, 40),
            wallet_device_binding="DB" + new_hex(rng, 30).upper(),
            tv_acr_token=new_uuid(rng),
            mobile="+9198" + new_digits(rng, 8),
            ott_user="CH" + new_digits(rng, 10),
            golpo_user="g_" + new_hex(rng, 12),
            music_user=new_digits(rng, 9, "7"),
            fantasy_user="DFU" + new_digits(rng, 8),
            bank_cust=new_digits(rng, 9, "5"),
            vpa=f"sneha.k{rng.randint(100, 999)}@okwallet",
            telco_msisdn_hash=new_hex(rng, 64),
            ride_user="RU" + new_digits(rng, 9),
            aadhaar_ref="XXXX-XXXX-" + new_digits(rng, 4),
        )


class FB(LabelledBuilder):
    """Phone134's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; 23124RA7EO Build/UKQ1.231003.002)"


def dalvik() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 14; 23124RA7EO Build/UKQ1.231003.002)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone134",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
