"""The set-186 household's devices and the flow builder that labels every id it inserts.

A family split between Colombo and Jaffna: a Samsung Galaxy A54 (Android 13)
runs the teledrama, cricket, Tamil cinema, bank, ride and food apps; a Huawei
nova 9 without Google services (HMS, so an OAID instead of a Google advertising
id) runs the baila / Sinhala pop music app and the pirith / bhakti devotional
app. The family also owns an IPTV set-top box (serial, Ethernet MAC), a smart
TV with ACR (Wi-Fi MAC), a fitness band (BLE MAC, serial) and a three-wheeler
with a GPS tracker (its GSM module's IMEI). Since Android 8 each app sees its
own ANDROID_ID, so known.yaml lists one per app that sends one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "oaid": "advertising_id",
    "aid_drama": "android_id",
    "aid_cric": "android_id",
    "aid_cine": "android_id",
    "aid_bank": "android_id",
    "aid_ride": "android_id",
    "aid_food": "android_id",
    "aid_gee": "android_id",
    "aid_bakthi": "android_id",
    "stb_mac": "mac",
    "tv_mac": "mac",
    "band_mac": "mac",
    "stb_serial": "serial",
    "band_serial": "serial",
    "trk_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "msisdn",
        "trk_msisdn",
        "bank_cif",
        "ride_user",
        "food_user",
        "drama_user",
        "hms_push",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Household(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    oaid: str
    aid_drama: str
    aid_cric: str
    aid_cine: str
    aid_bank: str
    aid_ride: str
    aid_food: str
    aid_gee: str
    aid_bakthi: str
    stb_mac: str
    tv_mac: str
    band_mac: str
    stb_serial: str
    band_serial: str
    trk_imei: str
    email: str
    # install-scoped and device ids that SDKs and firmware make up (not in known.yaml)
    drama_fid: str
    cric_af_uid: str
    cine_device: str
    bank_binding: str
    ride_af_uid: str
    food_adid: str
    gee_adid: str
    bakthi_aaid: str
    stb_cas: str
    tv_acr_id: str
    trk_unit: str
    # accounts, phone numbers and tokens (never device identifiers)
    msisdn: str
    trk_msisdn: str
    bank_cif: str
    ride_user: str
    food_user: str
    drama_user: str
    hms_push: str
    model: str = "SM-A546E"

    @classmethod
    def make(cls, rng: random.Random) -> Household:
        return cls(
            gaid=new_uuid(rng),
            oaid=new_uuid(rng),
            aid_drama=new_hex(rng, 16),
            aid_cric=new_hex(rng, 16),
            aid_cine=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_food=new_hex(rng, 16),
            aid_gee=new_hex(rng, 16),
            aid_bakthi=new_hex(rng, 16),
            stb_mac=_mac(rng, "00:1A:D0"),
            tv_mac=_mac(rng, "8C:79:F5").lower(),
            band_mac=_mac(rng, "E8:3A:12"),
            stb_serial="ZXB" + new_digits(rng, 4, "2") + new_hex(rng, 8).upper(),
            band_serial="B7" + new_hex(rng, 10).upper(),
            trk_imei=luhn_complete(new_digits(rng, 14, "86")),
            email=f"nirosha.perera{rng.randint(10, 99)}@mail-example.lk",
            drama_fid="c" + new_hex(rng, 21),
            cric_af_uid=f"17331{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            cine_device="TH-" + new_uuid(rng).upper(),
            bank_binding=new_hex(rng, 40),
            ride_af_uid=f"17329{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            food_adid=new_hex(rng, 32),
            gee_adid=new_hex(rng, 32),
            bakthi_aaid=new_uuid(rng).replace("-", ""),
            stb_cas=new_digits(rng, 16, "80"),
            tv_acr_id="acr-" + new_hex(rng, 24),
            trk_unit="T" + new_digits(rng, 9),
            msisdn="+9477" + new_digits(rng, 7),
            trk_msisdn="+9471" + new_digits(rng, 7),
            bank_cif="CIF" + new_digits(rng, 9),
            ride_user="pm_" + new_digits(rng, 8),
            food_user="u" + new_hex(rng, 12),
            drama_user=new_digits(rng, 9, "5"),
            hms_push="0" + new_digits(rng, 15) + "0000" + new_hex(rng, 20).upper(),
        )


class FB(LabelledBuilder):
    """The household's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua_samsung(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 13; SM-A546E Build/TP1A.220624.014)"


def ua_huawei(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 12; NAM-LX9 Build/HUAWEINAM-LX9) HMS/6.12"


DALVIK_SAMSUNG = "Dalvik/2.1.0 (Linux; U; Android 13; SM-A546E Build/TP1A.220624.014)"
DALVIK_HUAWEI = "Dalvik/2.1.0 (Linux; U; Android 12; NAM-LX9 Build/HUAWEINAM-LX9)"

rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "DALVIK_HUAWEI",
    "DALVIK_SAMSUNG",
    "FB",
    "KNOWN_ATTRS",
    "Household",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua_huawei",
    "ua_samsung",
]
