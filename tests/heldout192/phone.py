"""The set-192 household's devices and the flow builder that labels every identifier.

A whānau spread over Auckland, Rotorua and Brisbane: Mere's iPhone 15 (IDFA, one
IDFV per app vendor) with an Apple Watch, Tama's Pixel 7 (Android 14, one
ANDROID_ID per app), a Freeview-style smart TV with automatic content
recognition, an Android TV streaming stick, and Uncle Sione's ute with a
telematics module (its modem IMEI and the VIN). Accounts, loyalty cards and push
tokens are sent too but are not device identifiers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs or apps make up)
KNOWN_ATTRS: dict[str, str] = {
    "idfa": "advertising_id",
    "gaid": "advertising_id",
    "idfv_paho": "idfv",
    "idfv_stream": "idfv",
    "idfv_bank": "idfv",
    "idfv_shop": "idfv",
    "idfv_music": "idfv",
    "idfv_ute": "idfv",
    "aid_footy": "android_id",
    "aid_pod": "android_id",
    "aid_reo": "android_id",
    "aid_stick": "android_id",
    "tv_mac": "mac",
    "tv_serial": "serial",
    "stick_serial": "serial",
    "ute_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "paho_user",
        "stream_profile",
        "bank_customer",
        "shop_card",
        "music_user",
        "pod_user",
        "reo_user",
        "footy_user",
        "ute_user",
        "apns_token",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def _vin(rng: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "MR0" + "".join(rng.choice(alphabet) for _ in range(14))


@dataclass(frozen=True, slots=True)
class Whanau(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    gaid: str
    idfv_paho: str
    idfv_stream: str
    idfv_bank: str
    idfv_shop: str
    idfv_music: str
    idfv_ute: str
    aid_footy: str
    aid_pod: str
    aid_reo: str
    aid_stick: str
    tv_mac: str
    tv_serial: str
    stick_serial: str
    ute_imei: str
    email: str
    # ids apps and SDKs make up (device identifiers, not in known.yaml)
    paho_purere: str
    af_uid: str
    fb_instance: str
    adjust_adid: str
    bank_binding: str
    music_install: str
    watch_idfv: str
    pod_install: str
    footy_install: str
    tv_acr_id: str
    ute_vin: str
    # accounts and tokens (never labelled as device ids)
    paho_user: str
    stream_profile: str
    bank_customer: str
    shop_card: str
    music_user: str
    pod_user: str
    reo_user: str
    footy_user: str
    ute_user: str
    apns_token: str

    @classmethod
    def make(cls, rng: random.Random) -> Whanau:
        return cls(
            idfa=new_uuid(rng).upper(),
            gaid=new_uuid(rng),
            idfv_paho=new_uuid(rng).upper(),
            idfv_stream=new_uuid(rng).upper(),
            idfv_bank=new_uuid(rng).upper(),
            idfv_shop=new_uuid(rng).upper(),
            idfv_music=new_uuid(rng).upper(),
            idfv_ute=new_uuid(rng).upper(),
            aid_footy=new_hex(rng, 16),
            aid_pod=new_hex(rng, 16),
            aid_reo=new_hex(rng, 16),
            aid_stick=new_hex(rng, 16),
            tv_mac=_mac(rng, "A8:23:FE"),
            tv_serial="KV55" + new_digits(rng, 10),
            stick_serial="G0G" + new_hex(rng, 9).upper(),
            ute_imei=luhn_complete(new_digits(rng, 14, "35")),
            email=f"mere.tawhiri{rng.randint(10, 99)}@example.co.nz",
            paho_purere=new_uuid(rng),
            af_uid=f"17330{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            fb_instance=new_hex(rng, 32),
            adjust_adid=new_hex(rng, 32),
            bank_binding="db_" + new_hex(rng, 40),
            music_install=new_uuid(rng),
            watch_idfv=new_uuid(rng).upper(),
            pod_install=new_uuid(rng),
            footy_install="fi" + new_hex(rng, 22),
            tv_acr_id="acr-" + new_hex(rng, 20),
            ute_vin=_vin(rng),
            paho_user="pu_" + new_digits(rng, 9),
            stream_profile="prof" + new_hex(rng, 12),
            bank_customer=new_digits(rng, 8, "7"),
            shop_card="9400" + new_digits(rng, 9),
            music_user="m" + new_digits(rng, 10),
            pod_user=new_hex(rng, 24),
            reo_user="akonga_" + new_digits(rng, 7),
            footy_user="fan" + new_digits(rng, 8),
            ute_user="drv-" + new_hex(rng, 10),
            apns_token=new_hex(rng, 64),
        )


class WB(LabelledBuilder):
    """Whanau's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ios_ua(app: str, ver: str, build: str = "1") -> str:
    return f"{app}/{ver} (iPhone15,4; iOS 18.1; Scale/3.00) CFNetwork/1568.200.51 Darwin/24.1.0"


def android_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; Pixel 7 Build/AP2A.240905.003)"


rid = req_id

__all__ = [
    "KNOWN_ATTRS",
    "WB",
    "Whanau",
    "android_ua",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "rf",
    "rid",
]
