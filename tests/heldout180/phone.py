"""The set-180 household's devices and the flow builder that labels every id it inserts.

A Samsung Galaxy A55 (Android 14) in Baku runs the apps; the family also has an
iPad (the series streamer's iOS app sees its IDFV), an IPTV set-top box from the
home ISP (Ministra-style middleware: MAC and serial), a smart TV with ACR (its
DUID and Wi-Fi MAC), a smartwatch (BLE MAC, serial) and, in the car used between
Baku and Ganja, a dashcam with an LTE modem (IMEI, serial, Wi-Fi MAC). Since
Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
Android 14 gives ordinary apps no IMEI or hardware serial of the phone itself.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_dizi": "android_id",
    "aid_segah": "android_id",
    "aid_nur": "android_id",
    "aid_gov": "android_id",
    "aid_bank": "android_id",
    "aid_taksi": "android_id",
    "aid_food": "android_id",
    "aid_dash": "android_id",
    "ipad_idfv": "idfv",
    "stb_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "dash_mac": "mac",
    "stb_serial": "serial",
    "watch_serial": "serial",
    "dash_serial": "serial",
    "dash_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "phone_number",
        "fin_code",
        "dizi_user",
        "bank_customer",
        "taksi_user",
        "food_user",
        "push_token",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Household180(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_dizi: str
    aid_segah: str
    aid_nur: str
    aid_gov: str
    aid_bank: str
    aid_taksi: str
    aid_food: str
    aid_dash: str
    ipad_idfv: str
    stb_mac: str
    tv_mac: str
    watch_mac: str
    dash_mac: str
    stb_serial: str
    watch_serial: str
    dash_serial: str
    dash_imei: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    tv_duid: str
    af_uid: str
    adjust_adid: str
    appmetrica_uuid: str
    appmetrica_deviceid: str
    netmera_install: str
    insider_id: str
    firebase_instance: str
    segah_device: str
    nur_install: str
    gov_device_key: str
    bank_fingerprint: str
    # accounts, phone numbers, tokens (never device identifiers)
    phone_number: str
    fin_code: str
    dizi_user: str
    bank_customer: str
    taksi_user: str
    food_user: str
    push_token: str
    model: str = "SM-A556E"

    @classmethod
    def make(cls, rng: random.Random) -> Household180:
        return cls(
            gaid=new_uuid(rng),
            aid_dizi=new_hex(rng, 16),
            aid_segah=new_hex(rng, 16),
            aid_nur=new_hex(rng, 16),
            aid_gov=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_taksi=new_hex(rng, 16),
            aid_food=new_hex(rng, 16),
            aid_dash=new_hex(rng, 16),
            ipad_idfv=new_uuid(rng).upper(),
            stb_mac="00:1A:79:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            tv_mac=_mac(rng, "64:1C:AE"),
            watch_mac=_mac(rng, "D0:62:2C"),
            dash_mac=_mac(rng, "7C:DD:90").lower(),
            stb_serial=new_digits(rng, 4, "0") + "N" + new_digits(rng, 9),
            watch_serial="R9W" + new_hex(rng, 8).upper(),
            dash_serial="DVR70" + new_digits(rng, 10),
            dash_imei=luhn_complete(new_digits(rng, 14, "86")),
            email=f"leyla.aliyeva{rng.randint(10, 99)}@poct-example.az",
            tv_duid="0" + new_hex(rng, 12).upper(),
            af_uid=f"17338{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            appmetrica_uuid=new_hex(rng, 32),
            appmetrica_deviceid=new_hex(rng, 32),
            netmera_install="nm" + new_hex(rng, 30),
            insider_id=new_uuid(rng).upper(),
            firebase_instance=new_hex(rng, 32),
            segah_device=new_uuid(rng),
            nur_install=new_hex(rng, 24),
            gov_device_key="DK-" + new_hex(rng, 20).upper(),
            bank_fingerprint=new_hex(rng, 64),
            phone_number="+99450" + new_digits(rng, 7),
            fin_code="".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(7)),
            dizi_user="u" + new_digits(rng, 9),
            bank_customer="C" + new_digits(rng, 8),
            taksi_user=new_digits(rng, 10, "7"),
            food_user=new_uuid(rng),
            push_token="f" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Household180's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A556E Build/UP1A.231005.007)"


def ios_ua(app: str, ver: str, build: int) -> str:
    return (
        f"{app}/{ver} (iPad; iPadOS 17.6.1; Scale/2.00) CFNetwork/1496.0.7 Darwin/23.6.0 b{build}"
    )


def points(rng: random.Random, n: int, w: int = 720, h: int = 960) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.35, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 75), 1)] for _ in range(n)]


def baku(rng: random.Random) -> tuple[float, float]:
    """A point in Baku (or, one time in four, Ganja)."""
    if rng.random() < 0.25:
        return rf(rng, 40.66, 40.71, 5), rf(rng, 46.33, 46.40, 5)
    return rf(rng, 40.35, 40.45, 5), rf(rng, 49.78, 49.95, 5)


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Household180",
    "baku",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
