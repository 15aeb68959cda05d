"""The set-38 devices and the flow builder that labels every identifier it inserts.

A vivo V29 5G (model V2250, Android 14, Funtouch OS 14, dual SIM so two IMEIs)
used in Chennai, Hyderabad, Pune and Dhaka. A pre-installed vivo system app
(privileged, so it may read the IMEIs, the serial and the factory Wi-Fi MAC)
phones home; eight user apps each see their own ANDROID_ID (Android 8+), so
known.yaml lists one per app. A living-room smart TV (its Wi-Fi MAC and serial)
sends ACR reports on the same network.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_thirai": "android_id",
    "aid_chobi": "android_id",
    "aid_sur": "android_id",
    "aid_kirtan": "android_id",
    "aid_wallet": "android_id",
    "aid_ride": "android_id",
    "aid_edu": "android_id",
    "aid_game": "android_id",
    "imei": "imei",
    "imei2": "imei",
    "wifi_mac": "mac",
    "bt_mac": "mac",
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
        "thirai_user",
        "chobi_user",
        "sur_user",
        "wallet_user",
        "vpa",
        "ride_driver",
        "edu_roll",
        "game_user",
        "kirtan_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone38(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_thirai: str
    aid_chobi: str
    aid_sur: str
    aid_kirtan: str
    aid_wallet: str
    aid_ride: str
    aid_edu: str
    aid_game: str
    imei: str
    imei2: str
    wifi_mac: str
    bt_mac: str
    tv_mac: str
    serial: str
    tv_serial: str
    email: str
    # ids that SDKs and apps make up (device_id category, not in known.yaml)
    vivo_oaid: str
    vivo_vaid: str
    af_uid: str
    fid_sur: str
    amp_device: str
    mp_device: str
    conviva_clid: str
    unity_idfi: str
    tv_duid: str
    ride_install: str
    edu_install: str
    kirtan_install: str
    # accounts (never labelled as device identifiers)
    thirai_user: str
    chobi_user: str
    sur_user: str
    kirtan_user: str
    wallet_user: str
    vpa: str
    ride_driver: str
    edu_roll: str
    game_user: str
    model: str = "V2250"

    @classmethod
    def make(cls, rng: random.Random) -> Phone38:
        return cls(
            gaid=new_uuid(rng),
            aid_thirai=new_hex(rng, 16),
            aid_chobi=new_hex(rng, 16),
            aid_sur=new_hex(rng, 16),
            aid_kirtan=new_hex(rng, 16),
            aid_wallet=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_edu=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "86")),
            imei2=luhn_complete(new_digits(rng, 14, "86")),
            wifi_mac=_mac(rng, "9C:A5:C0").lower(),
            bt_mac=_mac(rng, "9C:A5:C0"),
            tv_mac=_mac(rng, "B8:B7:DB"),
            serial="10AE" + new_hex(rng, 8).upper() + new_digits(rng, 4),
            tv_serial="TCV" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            email=f"karthik.selvam{rng.randint(10, 99)}@example.in",
            vivo_oaid=new_hex(rng, 64),
            vivo_vaid=new_hex(rng, 64),
            af_uid=f"17231{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            fid_sur="c" + new_hex(rng, 21),
            amp_device=new_uuid(rng) + "R",
            mp_device=new_uuid(rng),
            conviva_clid=".".join(new_digits(rng, 10) for _ in range(4)),
            unity_idfi=new_uuid(rng),
            tv_duid=new_hex(rng, 32).upper(),
            ride_install=new_uuid(rng),
            edu_install=new_hex(rng, 24),
            kirtan_install=new_uuid(rng).replace("-", ""),
            thirai_user="TR" + new_digits(rng, 9),
            chobi_user=new_digits(rng, 11, "8801"),
            sur_user="s_" + new_hex(rng, 12),
            kirtan_user=new_digits(rng, 7, "3"),
            wallet_user="W" + new_digits(rng, 10),
            vpa=f"karthik{rng.randint(100, 999)}@okpaisa",
            ride_driver="DRV-" + new_digits(rng, 6),
            edu_roll="TN24" + new_digits(rng, 6),
            game_user="lr" + new_digits(rng, 10),
        )


class FB(LabelledBuilder):
    """Phone38's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; V2250 Build/UP1A.231005.007)"


def dalvik() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 14; V2250 Build/UP1A.231005.007)"


def points(rng: random.Random, n: int, w: int = 480, h: int = 640) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.35, h * 0.6)
    return [[round(cx + rng.gauss(0, 45), 1), round(cy + rng.gauss(0, 55), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone38",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
