"""The set-61 devices and the flow builder that labels every identifier it inserts.

An Honor Magic6 Pro (Android 14 / MagicOS 8, Google Play services and HMS-style
OAID both present) used in Türkiye, the UAE and Qatar, plus the family's Android
TV box (its serial, Ethernet and Wi-Fi MACs, its own ANDROID_ID), their video
doorbell and an indoor camera (serials, Wi-Fi MACs). Since Android 8 every app
sees its own ANDROID_ID, so known.yaml lists one per app. The telco app holds
carrier privileges and so may read the IMEI (TelephonyManager.getImei needs
READ_PRIVILEGED_PHONE_STATE or carrier privileges on Android 10+).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "oaid": "advertising_id",
    "aid_dizi": "android_id",
    "aid_mal3ab": "android_id",
    "aid_tilawa": "android_id",
    "aid_bank": "android_id",
    "aid_hawiya": "android_id",
    "aid_telco": "android_id",
    "aid_home": "android_id",
    "aid_ride": "android_id",
    "box_aid": "android_id",
    "imei": "imei",
    "box_serial": "serial",
    "bell_serial": "serial",
    "cam_serial": "serial",
    "box_eth_mac": "mac",
    "box_wifi_mac": "mac",
    "bell_mac": "mac",
    "cam_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "dizi_user",
        "bank_cif",
        "hawiya_uuid",
        "msisdn",
        "home_user",
        "ride_driver",
        "fcm_token",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone61(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    oaid: str
    aid_dizi: str
    aid_mal3ab: str
    aid_tilawa: str
    aid_bank: str
    aid_hawiya: str
    aid_telco: str
    aid_home: str
    aid_ride: str
    box_aid: str
    imei: str
    box_serial: str
    bell_serial: str
    cam_serial: str
    box_eth_mac: str
    box_wifi_mac: str
    bell_mac: str
    cam_mac: str
    email: str
    # install-scoped ids SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    adjust_uuid: str
    fid_tilawa: str
    ga_instance: str
    unity_idfi: str
    applovin_uuid: str
    dizi_device: str
    ride_install: str
    # account ids, numbers and tokens (no device identifiers)
    dizi_user: str
    bank_cif: str
    hawiya_uuid: str
    msisdn: str
    home_user: str
    ride_driver: str
    fcm_token: str
    model: str = "BVL-N49"

    @classmethod
    def make(cls, rng: random.Random) -> Phone61:
        return cls(
            gaid=new_uuid(rng),
            oaid=new_uuid(rng),
            aid_dizi=new_hex(rng, 16),
            aid_mal3ab=new_hex(rng, 16),
            aid_tilawa=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_hawiya=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_home=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            box_aid=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "86")),
            box_serial="XMB" + new_hex(rng, 11).upper(),
            bell_serial="DB2" + new_digits(rng, 11),
            cam_serial="C6N" + new_hex(rng, 9).upper(),
            box_eth_mac=_mac(rng, "A4:1E:E1").lower(),
            box_wifi_mac=_mac(rng, "A4:1E:E2"),
            bell_mac=_mac(rng, "BC:32:5F"),
            cam_mac=_mac(rng, "64:F2:FB"),
            email=f"leyla.al.mansouri{rng.randint(10, 99)}@posta-example.net",
            af_uid=f"17631{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_uuid=new_uuid(rng),
            fid_tilawa="c" + new_hex(rng, 21),
            ga_instance=new_hex(rng, 32),
            unity_idfi=new_uuid(rng),
            applovin_uuid=new_uuid(rng),
            dizi_device=new_uuid(rng).upper(),
            ride_install=new_hex(rng, 24),
            dizi_user="u" + new_digits(rng, 9),
            bank_cif=new_digits(rng, 10, "7"),
            hawiya_uuid=new_uuid(rng),
            msisdn="9715" + new_digits(rng, 8),
            home_user="hm_" + new_hex(rng, 12),
            ride_driver="D" + new_digits(rng, 8),
            fcm_token="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Phone61's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; BVL-N49 Build/HONORBVL-N49)"


def box_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 12; XMB-TVBOX Build/SKR1.220429.001)"


def points(rng: random.Random, n: int, w: int = 720, h: int = 960) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 70), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "Phone61",
    "box_ua",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
