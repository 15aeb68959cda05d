"""The set-101 devices: a Xiaomi Redmi Note 13 (HyperOS / Android 14) in Mexico
and Guatemala, and the family's Hisense VIDAA TV (Wi-Fi MAC, serial). Since
Android 8 each app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_vix": "android_id",
    "aid_lucha": "android_id",
    "aid_musica": "android_id",
    "aid_radio": "android_id",
    "aid_banco": "android_id",
    "aid_telco": "android_id",
    "aid_ride": "android_id",
    "imei": "imei",
    "wifi_mac": "mac",
    "tv_mac": "mac",
    "tv_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset({"email", "model", "vix_user", "banco_user", "ride_user", "telco_msisdn"})


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone101(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_vix: str
    aid_lucha: str
    aid_musica: str
    aid_radio: str
    aid_banco: str
    aid_telco: str
    aid_ride: str
    imei: str
    wifi_mac: str
    tv_mac: str
    tv_serial: str
    email: str
    # ids SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    adjust_adid: str
    app_instance: str
    ct_guid: str
    tv_ifa: str
    radio_install: str
    # accounts (never labelled as device ids)
    vix_user: str
    banco_user: str
    ride_user: str
    telco_msisdn: str
    model: str = "23124RA7EO"

    @classmethod
    def make(cls, rng: random.Random) -> Phone101:
        return cls(
            gaid=new_uuid(rng),
            aid_vix=new_hex(rng, 16),
            aid_lucha=new_hex(rng, 16),
            aid_musica=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_banco=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "86")),
            wifi_mac=_mac(rng, "4C:63:71"),
            tv_mac=_mac(rng, "E8:B4:C8").lower(),
            tv_serial="HVD" + new_hex(rng, 13).upper(),
            email=f"xochitl.canul{rng.randint(10, 99)}@correo-ejemplo.mx",
            af_uid=f"17329{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            app_instance=new_hex(rng, 32),
            ct_guid="__" + new_hex(rng, 32),
            tv_ifa=new_uuid(rng),
            radio_install=new_uuid(rng).upper(),
            vix_user="mx" + new_digits(rng, 10),
            banco_user="CLI" + new_digits(rng, 9),
            ride_user="drv_" + new_hex(rng, 12),
            telco_msisdn="+52999" + new_digits(rng, 7),
        )


class FB(LabelledBuilder):
    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; 23124RA7EO Build/UKQ1.231003.002)"


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.3, w * 0.7), rng.uniform(h * 0.3, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


rid = req_id
__all__ = ["FB", "KNOWN_ATTRS", "Phone101", "floats", "iso", "ms", "points", "rf", "rid", "ua"]
