"""The set-39 devices and the flow builder that labels every identifier it inserts.

An itel S23 (S665L, Android 13, itel OS 13, dual SIM so two IMEIs) used in Addis
Ababa and Kano / Ibadan. It runs an Ethiopian streaming app (Amharic keys), a
Nollywood / Kannywood streaming app (Hausa and Yoruba keys), the preinstalled
music and radio app (a privileged system app, so it may read the IMEIs, the
serial and the Wi-Fi MAC), a sermon and Qur'an-recitation app, a mobile-money
wallet (Smile ID face KYC, VoiceIt voice confirmation), a ride / delivery app
with rider selfies, a beauty-camera app that reads the face and a casual game
with AdMob, Unity Ads, Mintegral and Pangle. A smart TV on the same Wi-Fi (its
traffic captured by the same proxy) does content recognition. Since Android 8
every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_arada": "android_id",
    "aid_kallo": "android_id",
    "aid_minbar": "android_id",
    "aid_wallet": "android_id",
    "aid_okada": "android_id",
    "aid_glow": "android_id",
    "aid_game": "android_id",
    "imei1": "imei",
    "imei2": "imei",
    "wifi_mac": "mac",
    "tv_mac": "mac",
    "serial": "serial",
    "tv_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "arada_user",
        "kallo_user",
        "music_user",
        "minbar_user",
        "wallet_user",
        "wallet_push",
        "okada_user",
        "glow_user",
        "game_user",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone39(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_arada: str
    aid_kallo: str
    aid_minbar: str
    aid_wallet: str
    aid_okada: str
    aid_glow: str
    aid_game: str
    imei1: str
    imei2: str
    wifi_mac: str
    tv_mac: str
    serial: str
    tv_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    arada_device: str
    kallo_did: str
    kallo_af_uid: str
    music_vaid: str
    minbar_fid: str
    wallet_af_uid: str
    smile_fp: str
    okada_install: str
    glow_did: str
    unity_idfi: str
    mtg_sysid: str
    tv_duid: str
    # account ids and tokens (not device identifiers; never labelled as such)
    arada_user: str
    kallo_user: str
    music_user: str
    minbar_user: str
    wallet_user: str
    wallet_push: str
    okada_user: str
    glow_user: str
    game_user: str
    tv_account: str
    model: str = "itel S665L"

    @classmethod
    def make(cls, rng: random.Random) -> Phone39:
        return cls(
            gaid=new_uuid(rng),
            aid_arada=new_hex(rng, 16),
            aid_kallo=new_hex(rng, 16),
            aid_minbar=new_hex(rng, 16),
            aid_wallet=new_hex(rng, 16),
            aid_okada=new_hex(rng, 16),
            aid_glow=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            imei1=luhn_complete(new_digits(rng, 14, "35")),
            imei2=luhn_complete(new_digits(rng, 14, "35")),
            wifi_mac=_mac(rng, "D8:CE:3A").lower(),
            tv_mac=_mac(rng, "A8:82:00"),
            serial="0" + new_digits(rng, 3) + new_hex(rng, 11).upper(),
            tv_serial="HTV" + new_digits(rng, 4) + new_hex(rng, 7).upper(),
            email=f"hauwa.bello{rng.randint(10, 99)}@mail-example.ng",
            arada_device=new_uuid(rng),
            kallo_did="KL-" + new_hex(rng, 24),
            kallo_af_uid=f"17291{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            music_vaid=new_hex(rng, 32),
            minbar_fid="c" + new_hex(rng, 21),
            wallet_af_uid=f"17286{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            smile_fp=new_hex(rng, 40),
            okada_install=new_uuid(rng).upper(),
            glow_did=new_hex(rng, 32),
            unity_idfi=new_uuid(rng),
            mtg_sysid=new_hex(rng, 24),
            tv_duid="TV" + new_hex(rng, 30).upper(),
            arada_user="ar" + new_digits(rng, 8),
            kallo_user=new_digits(rng, 10, "8"),
            music_user="bp" + new_digits(rng, 9),
            minbar_user=new_digits(rng, 7, "3"),
            wallet_user="234" + new_digits(rng, 10),
            wallet_push="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
            okada_user="rd_" + new_hex(rng, 12),
            glow_user="g" + new_digits(rng, 9),
            game_user="p" + new_hex(rng, 16),
            tv_account=new_hex(rng, 24),
        )


class FB(LabelledBuilder):
    """Phone39's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


OS_BUILD = "Android 13; itel S665L Build/TP1A.220624.014"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; {OS_BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; {OS_BUILD})"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone39",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
