"""The set-184 household devices and the flow builder that labels every identifier.

A family shared between Dakar, Thiès and Saint-Louis: a Tecno Camon 20 (Android
13, dual SIM) runs a West African streaming app, a mbalax / hip-hop music app, an
app of Islamic lectures and khassaïdes, a mobile-money wallet, a bank, a ride
app, a delivery app and the companions of the household's things: the TV decoder
(bought with its kit, so the household's own), a smart TV with ACR, a cheap
smartwatch and the GPS tracker on the father's Jakarta motorbike. Since Android
8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_teranga": "android_id",
    "aid_mbalax": "android_id",
    "aid_khassida": "android_id",
    "aid_wallet": "android_id",
    "aid_bank": "android_id",
    "aid_ride": "android_id",
    "aid_delivery": "android_id",
    "aid_decoder": "android_id",
    "aid_tv": "android_id",
    "aid_watch": "android_id",
    "aid_moto": "android_id",
    "imei": "imei",
    "moto_imei": "imei",
    "phone_serial": "serial",
    "decoder_serial": "serial",
    "watch_serial": "serial",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "msisdn",
        "wallet_user",
        "bank_client",
        "teranga_user",
        "mbalax_user",
        "khassida_user",
        "ride_user",
        "delivery_user",
        "abonne_no",
        "moto_user",
        "watch_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone184(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_teranga: str
    aid_mbalax: str
    aid_khassida: str
    aid_wallet: str
    aid_bank: str
    aid_ride: str
    aid_delivery: str
    aid_decoder: str
    aid_tv: str
    aid_watch: str
    aid_moto: str
    imei: str
    moto_imei: str
    phone_serial: str
    decoder_serial: str
    watch_serial: str
    tv_mac: str
    watch_mac: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    teranga_fid: str
    teranga_app_instance: str
    mbalax_af_uid: str
    wallet_fp: str
    delivery_adid: str
    delivery_adjust_uuid: str
    ride_install: str
    tv_psid: str
    khassida_install: str
    # accounts, phone numbers and tokens (never device identifiers)
    msisdn: str
    wallet_user: str
    bank_client: str
    teranga_user: str
    mbalax_user: str
    khassida_user: str
    ride_user: str
    delivery_user: str
    abonne_no: str
    moto_user: str
    watch_user: str
    model: str = "TECNO CK7n"

    @classmethod
    def make(cls, rng: random.Random) -> Phone184:
        return cls(
            gaid=new_uuid(rng),
            aid_teranga=new_hex(rng, 16),
            aid_mbalax=new_hex(rng, 16),
            aid_khassida=new_hex(rng, 16),
            aid_wallet=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_delivery=new_hex(rng, 16),
            aid_decoder=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            aid_watch=new_hex(rng, 16),
            aid_moto=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            moto_imei=luhn_complete(new_digits(rng, 14, "86")),
            phone_serial="0" + new_digits(rng, 4) + new_hex(rng, 9).upper(),
            decoder_serial=new_digits(rng, 14, "9"),
            watch_serial="T500" + new_hex(rng, 8).upper(),
            tv_mac=_mac(rng, "A8:23:FE"),
            watch_mac=_mac(rng, "D4:36:39"),
            email=f"aissatou.ndiaye{rng.randint(10, 99)}@mail-example.sn",
            teranga_fid="c" + new_hex(rng, 21),
            teranga_app_instance=new_hex(rng, 32),
            mbalax_af_uid=f"16969{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            wallet_fp=new_hex(rng, 64),
            delivery_adid=new_hex(rng, 32),
            delivery_adjust_uuid=new_uuid(rng),
            ride_install=new_uuid(rng).upper(),
            tv_psid=new_hex(rng, 40),
            khassida_install=new_uuid(rng),
            msisdn="+22177" + new_digits(rng, 7),
            wallet_user="W" + new_digits(rng, 10),
            bank_client="CL" + new_digits(rng, 9),
            teranga_user="u_" + new_hex(rng, 12),
            mbalax_user=new_digits(rng, 8, "5"),
            khassida_user="k" + new_digits(rng, 7),
            ride_user="r" + new_digits(rng, 9),
            delivery_user="cl_" + new_hex(rng, 10),
            abonne_no=new_digits(rng, 8, "1"),
            moto_user="m" + new_digits(rng, 6),
            watch_user=new_digits(rng, 9, "3"),
        )


class FB(LabelledBuilder):
    """Phone184's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 13; TECNO CK7n Build/TP1A.220624.014)"


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone184", "floats", "iso", "ms", "rf", "rid", "ua"]
