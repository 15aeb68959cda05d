"""The set-34 phone and the flow builder that labels every identifier it inserts.

A Tecno Camon 20 (HiOS 13, Android 13, dual SIM) used in Kenya, Nigeria and
Pakistan: two streaming apps (Kenyan and Pakistani), a music app, a mobile
wallet with face KYC, a loan app that fingerprints the device, a voice-based
farming advice app, a church / mosque streaming app and a ludo game with ad
SDKs. HiOS's pre-installed apps read both IMEIs and the serial. Since Android 8
every app sees its own ANDROID_ID, so known.yaml lists one per app that sends it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_tazama": "android_id",
    "aid_dekho": "android_id",
    "aid_music": "android_id",
    "aid_wallet": "android_id",
    "aid_loan": "android_id",
    "aid_farm": "android_id",
    "aid_ibada": "android_id",
    "aid_game": "android_id",
    "aid_hios": "android_id",
    "imei1": "imei",
    "imei2": "imei",
    "wifi_mac": "mac",
    "bt_mac": "mac",
    "serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "msisdn",
        "tazama_user",
        "dekho_user",
        "music_user",
        "wallet_user",
        "loan_user",
        "farm_user",
        "ibada_user",
        "game_user",
    }
)


@dataclass(frozen=True, slots=True)
class Phone34(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_tazama: str
    aid_dekho: str
    aid_music: str
    aid_wallet: str
    aid_loan: str
    aid_farm: str
    aid_ibada: str
    aid_game: str
    aid_hios: str
    imei1: str
    imei2: str
    wifi_mac: str
    bt_mac: str
    serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    tazama_install: str
    dekho_device: str
    music_did: str
    wallet_fp: str
    loan_fp: str
    farm_install: str
    ibada_fid: str
    unity_idfi: str
    hisavana_vaid: str
    # accounts and numbers (never labelled as device identifiers)
    msisdn: str
    tazama_user: str
    dekho_user: str
    music_user: str
    wallet_user: str
    loan_user: str
    farm_user: str
    ibada_user: str
    game_user: str
    model: str = "TECNO CK6n"

    @classmethod
    def make(cls, rng: random.Random) -> Phone34:
        def mac(oui: str) -> str:
            return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))

        return cls(
            gaid=new_uuid(rng),
            aid_tazama=new_hex(rng, 16),
            aid_dekho=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_wallet=new_hex(rng, 16),
            aid_loan=new_hex(rng, 16),
            aid_farm=new_hex(rng, 16),
            aid_ibada=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            aid_hios=new_hex(rng, 16),
            imei1=luhn_complete(new_digits(rng, 14, "35")),
            imei2=luhn_complete(new_digits(rng, 14, "35")),
            wifi_mac=mac("0C:E5:B5"),
            bt_mac=mac("40:45:A0"),
            serial="0" + new_digits(rng, 3) + new_hex(rng, 10).upper(),
            email=f"wanjiru.adeyemi{rng.randint(10, 99)}@mail-example.co.ke",
            tazama_install=new_uuid(rng),
            dekho_device="dk-" + new_hex(rng, 24),
            music_did=new_hex(rng, 32),
            wallet_fp=new_hex(rng, 40),
            loan_fp=new_hex(rng, 64),
            farm_install=new_uuid(rng).upper(),
            ibada_fid="c" + new_hex(rng, 21),
            unity_idfi=new_uuid(rng),
            hisavana_vaid=new_hex(rng, 32),
            msisdn="2547" + new_digits(rng, 8),
            tazama_user="tz" + new_digits(rng, 9),
            dekho_user=new_digits(rng, 10, "9"),
            music_user=new_digits(rng, 9, "6"),
            wallet_user="W" + new_digits(rng, 11),
            loan_user="LN" + new_hex(rng, 12).upper(),
            farm_user="f" + new_digits(rng, 7),
            ibada_user=new_digits(rng, 8, "3"),
            game_user="P" + new_digits(rng, 10),
        )


class FB(LabelledBuilder):
    """Phone34's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 13; TECNO CK6n Build/TP1A.220624.014)"


def dalvik() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 13; TECNO CK6n Build/TP1A.220624.014)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone34",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
