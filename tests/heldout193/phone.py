"""The set-193 devices: a Samsung Galaxy A54 (Android 14) in Tashkent, the family's
Artel-like Android TV (Wi-Fi MAC, serial), their own IPTV box (MAC, serial), a
smartwatch (BLE MAC) and a Chevrolet-like car whose telematics unit has an IMEI.
Every app sees its own ANDROID_ID. Phone numbers and user ids are accounts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_kino": "android_id",
    "aid_futbol": "android_id",
    "aid_musiqa": "android_id",
    "aid_quran": "android_id",
    "aid_bank": "android_id",
    "aid_pay": "android_id",
    "aid_taxi": "android_id",
    "aid_bozor": "android_id",
    "imei": "imei",
    "tv_mac": "mac",
    "box_mac": "mac",
    "watch_mac": "mac",
    "tv_serial": "serial",
    "box_serial": "serial",
    "car_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "msisdn", "kino_user", "bank_client", "pay_user", "taxi_user", "pinfl"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone193(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_kino: str
    aid_futbol: str
    aid_musiqa: str
    aid_quran: str
    aid_bank: str
    aid_pay: str
    aid_taxi: str
    aid_bozor: str
    imei: str
    tv_mac: str
    box_mac: str
    watch_mac: str
    tv_serial: str
    box_serial: str
    car_imei: str
    email: str
    # SDK-made install ids (device_id, not in known.yaml)
    metrica_uuid: str
    metrica_deviceid: str
    fid: str
    af_uid: str
    # accounts (never device ids)
    msisdn: str
    kino_user: str
    bank_client: str
    pay_user: str
    taxi_user: str
    pinfl: str
    model: str = "SM-A546E"

    @classmethod
    def make(cls, rng: random.Random) -> Phone193:
        return cls(
            gaid=new_uuid(rng),
            aid_kino=new_hex(rng, 16),
            aid_futbol=new_hex(rng, 16),
            aid_musiqa=new_hex(rng, 16),
            aid_quran=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_pay=new_hex(rng, 16),
            aid_taxi=new_hex(rng, 16),
            aid_bozor=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            tv_mac=_mac(rng, "A8:23:FE"),
            box_mac=_mac(rng, "00:1A:79").lower(),
            watch_mac=_mac(rng, "D0:03:DF"),
            tv_serial="ART" + new_digits(rng, 10),
            box_serial="IPB" + new_hex(rng, 9).upper(),
            car_imei=luhn_complete(new_digits(rng, 14, "86")),
            email=f"dilnoza.karimova{rng.randint(10, 99)}@mail-example.uz",
            metrica_uuid=new_hex(rng, 32),
            metrica_deviceid=new_hex(rng, 32),
            fid="c" + new_hex(rng, 21),
            af_uid=f"17183{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            msisdn="99890" + new_digits(rng, 7),
            kino_user=new_digits(rng, 8, "5"),
            bank_client="CL" + new_digits(rng, 9),
            pay_user=new_hex(rng, 24),
            taxi_user=new_digits(rng, 9, "7"),
            pinfl=new_digits(rng, 14, "3"),
        )


class FB(LabelledBuilder):
    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; SM-A546E Build/UP1A.231005.007)"


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone193", "floats", "iso", "ms", "rf", "rid", "ua"]
