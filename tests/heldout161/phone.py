"""The set-161 devices and the flow builder that labels every identifier it inserts.

The family shares a Xiaomi 13T (Android 14: GAID, one ANDROID_ID per app) and an
iPhone 14 (IDFA, one IDFV per vendor app), a pay-TV set-top box, a smart TV with
ACR, earbuds and a car head unit with an LTE modem. SDK-made install ids (the
betting app's AppsFlyer uid, the delivery app's Adjust adid, the catch-up app's
Firebase app instance id, the music app's install id) are device ids too, not in
known.yaml. Account numbers, customer ids and the wallet's AFM (tax number) are
accounts, never device ids.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "idfa": "advertising_id",
    "aid_kanali": "android_id",
    "aid_gipedo": "android_id",
    "aid_melodia": "android_id",
    "aid_trapeza": "android_id",
    "aid_wallet": "android_id",
    "aid_stoixima": "android_id",
    "idfv_akouste": "device_id",
    "idfv_tavla": "device_id",
    "stb_mac": "mac",
    "tv_mac": "mac",
    "buds_mac": "mac",
    "stb_serial": "serial",
    "tv_serial": "serial",
    "buds_serial": "serial",
    "car_serial": "serial",
    "car_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "kanali_user",
        "gipedo_sub",
        "melodia_user",
        "akouste_user",
        "trapeza_customer",
        "trapeza_iban",
        "wallet_afm",
        "stoixima_user",
        "tavla_user",
        "phone_number",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family161(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    idfa: str
    aid_kanali: str
    aid_gipedo: str
    aid_melodia: str
    aid_trapeza: str
    aid_wallet: str
    aid_stoixima: str
    idfv_akouste: str
    idfv_tavla: str
    stb_mac: str
    tv_mac: str
    buds_mac: str
    stb_serial: str
    tv_serial: str
    buds_serial: str
    car_serial: str
    car_imei: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    kanali_app_instance: str
    melodia_install: str
    stoixima_af_uid: str
    tavla_adid: str
    trapeza_binding: str
    # accounts and the like (never labelled as device ids)
    kanali_user: str
    gipedo_sub: str
    melodia_user: str
    akouste_user: str
    trapeza_customer: str
    trapeza_iban: str
    wallet_afm: str
    stoixima_user: str
    tavla_user: str
    phone_number: str
    model: str = "23078PND5G"

    @classmethod
    def make(cls, rng: random.Random) -> Family161:
        return cls(
            gaid=new_uuid(rng),
            idfa=new_uuid(rng).upper(),
            aid_kanali=new_hex(rng, 16),
            aid_gipedo=new_hex(rng, 16),
            aid_melodia=new_hex(rng, 16),
            aid_trapeza=new_hex(rng, 16),
            aid_wallet=new_hex(rng, 16),
            aid_stoixima=new_hex(rng, 16),
            idfv_akouste=new_uuid(rng).upper(),
            idfv_tavla=new_uuid(rng).upper(),
            stb_mac=_mac(rng, "00:1A:2B"),
            tv_mac=_mac(rng, "A8:23:FE").lower(),
            buds_mac=_mac(rng, "E8:EC:A3"),
            stb_serial="NVB" + new_digits(rng, 11),
            tv_serial="0M3H" + new_hex(rng, 8).upper(),
            buds_serial="SRB" + new_hex(rng, 9).upper(),
            car_serial="HU7" + new_digits(rng, 10),
            car_imei=luhn_complete(new_digits(rng, 14, "35")),
            email=f"eleni.papadopoulou{rng.randint(10, 99)}@mail-example.gr",
            kanali_app_instance=new_hex(rng, 32),
            melodia_install=new_uuid(rng),
            stoixima_af_uid=f"17311{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            tavla_adid=new_hex(rng, 32),
            trapeza_binding="DB-" + new_hex(rng, 24).upper(),
            kanali_user="kp" + new_digits(rng, 9),
            gipedo_sub="SUB" + new_digits(rng, 9),
            melodia_user="m" + new_digits(rng, 10),
            akouste_user=new_hex(rng, 20),
            trapeza_customer=new_digits(rng, 10, "7"),
            trapeza_iban="GR16011012500000" + new_digits(rng, 11),
            wallet_afm=new_digits(rng, 9, "1"),
            stoixima_user="CY" + new_digits(rng, 8),
            tavla_user="u_" + new_hex(rng, 16),
            phone_number="+3069" + new_digits(rng, 8),
        )


class FB(LabelledBuilder):
    """Family161's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; 23078PND5G Build/UKQ1.230804.001)"


def ios_ua(app: str, ver: str, build: str = "1") -> str:
    return f"{app}/{ver} ({build}) CFNetwork/1494.0.7 Darwin/23.4.0"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Family161",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
