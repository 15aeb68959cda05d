"""The set-107 devices and the flow builder that labels every identifier it inserts.

A Samsung Galaxy A35 (Android 14) in Almaty runs the family's apps; the living
room has a Samsung Tizen TV (its DUID, Wi-Fi MAC and serial) and a cheap fitness
band (BLE MAC, serial) paired to the phone. Since Android 8 every app reads its
own ANDROID_ID, so known.yaml lists one per app that sends it. The phone's IMEI
is not readable by apps on Android 14; only the telco's own SIM-management
flow sends it (a carrier app holds the privileged permission).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.flowmodel import Context
from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_qaz": "android_id",
    "aid_aitv": "android_id",
    "aid_kino": "android_id",
    "aid_muz": "android_id",
    "aid_balapan": "android_id",
    "aid_sport": "android_id",
    "aid_bank": "android_id",
    "aid_telco": "android_id",
    "aid_taxi": "android_id",
    "aid_bazar": "android_id",
    "aid_band": "android_id",
    "imei": "imei",
    "tv_mac": "mac",
    "band_mac": "mac",
    "tv_serial": "serial",
    "band_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "msisdn",
        "iin",
        "bank_client",
        "qaz_user",
        "kino_user",
        "muz_uid",
        "taxi_driver",
        "bazar_user",
        "fcm_token",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone107(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_qaz: str
    aid_aitv: str
    aid_kino: str
    aid_muz: str
    aid_balapan: str
    aid_sport: str
    aid_bank: str
    aid_telco: str
    aid_taxi: str
    aid_bazar: str
    aid_band: str
    imei: str
    tv_mac: str
    band_mac: str
    tv_serial: str
    band_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    tv_duid: str
    metrica_uuid: str
    metrica_deviceid: str
    mytracker_id: str
    firebase_iid: str
    af_uid: str
    adjust_adid: str
    bank_device_fp: str
    taxi_install: str
    kino_device: str
    # account ids, tokens and phone numbers (never device identifiers)
    msisdn: str
    iin: str
    bank_client: str
    qaz_user: str
    kino_user: str
    muz_uid: str
    taxi_driver: str
    bazar_user: str
    fcm_token: str
    model: str = "SM-A356E"

    @classmethod
    def make(cls, rng: random.Random) -> Phone107:
        return cls(
            gaid=new_uuid(rng),
            aid_qaz=new_hex(rng, 16),
            aid_aitv=new_hex(rng, 16),
            aid_kino=new_hex(rng, 16),
            aid_muz=new_hex(rng, 16),
            aid_balapan=new_hex(rng, 16),
            aid_sport=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_taxi=new_hex(rng, 16),
            aid_bazar=new_hex(rng, 16),
            aid_band=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            tv_mac=_mac(rng, "8C:79:F5"),
            band_mac=_mac(rng, "E4:7E:9A").lower(),
            tv_serial="0B7N3HBW" + new_digits(rng, 5) + "L",
            band_serial="HB" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            email=f"aigerim.nurlanqyzy{rng.randint(10, 99)}@mail-example.kz",
            tv_duid="0" + new_hex(rng, 12).upper() + "Q",
            metrica_uuid=new_hex(rng, 32),
            metrica_deviceid=new_hex(rng, 32),
            mytracker_id=new_hex(rng, 32),
            firebase_iid=new_hex(rng, 32),
            af_uid=f"17322{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            bank_device_fp=new_hex(rng, 40),
            taxi_install=new_uuid(rng),
            kino_device=new_uuid(rng).upper(),
            msisdn="+7701" + new_digits(rng, 7),
            iin=new_digits(rng, 12, "9"),
            bank_client=new_digits(rng, 9, "2"),
            qaz_user="u" + new_digits(rng, 8),
            kino_user=new_digits(rng, 10, "3"),
            muz_uid=new_digits(rng, 9, "1"),
            taxi_driver="drv_" + new_hex(rng, 12),
            bazar_user=new_digits(rng, 8, "5"),
            fcm_token="c" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Phone107's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; SM-A356E Build/UP1A.231005.007)"


def b(c: Context, sdk: str, method: str, url: str, agent: str) -> FB:
    fb = FB(c, sdk, method, url)
    fb.header("user-agent", agent)
    return fb


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone107",
    "b",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
