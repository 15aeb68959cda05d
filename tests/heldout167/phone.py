"""The set-167 devices and the flow builder that labels every identifier it inserts.

A family in Addis Ababa (and a grandmother in Bahir Dar) shares a Tecno Camon 20
(Android 13), an Android TV box, a smart TV and a pair of earbuds. The phone runs
an Ethiopian streaming app, a music app, an Orthodox church app, a mobile-money
wallet, a bank with Fayda-style face verification, the operator's self-care app,
a ride app and a news video app. Since Android 8 every app sees its own
ANDROID_ID, so known.yaml lists one per app. The operator's self-care app is a
preinstalled system app and may read the IMEI and serial.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_arada": "android_id",
    "aid_zema": "android_id",
    "aid_tewahedo": "android_id",
    "aid_birr": "android_id",
    "aid_bank": "android_id",
    "aid_telco": "android_id",
    "aid_ride": "android_id",
    "aid_zena": "android_id",
    "imei": "imei",
    "phone_serial": "serial",
    "tvbox_serial": "serial",
    "tvbox_mac": "mac",
    "tv_mac": "mac",
    "buds_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "msisdn", "wallet_user", "bank_cif", "fayda_fan", "ride_user", "arada_user"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone167(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_arada: str
    aid_zema: str
    aid_tewahedo: str
    aid_birr: str
    aid_bank: str
    aid_telco: str
    aid_ride: str
    aid_zena: str
    imei: str
    phone_serial: str
    tvbox_serial: str
    tvbox_mac: str
    tv_mac: str
    buds_mac: str
    email: str
    # ids SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    zema_app_instance: str
    adjust_adid: str
    birr_device_token: str
    bank_fp: str
    tv_psid: str
    # accounts (never device identifiers)
    msisdn: str
    wallet_user: str
    bank_cif: str
    fayda_fan: str
    ride_user: str
    arada_user: str
    model: str = "TECNO CK7n"

    @classmethod
    def make(cls, rng: random.Random) -> Phone167:
        return cls(
            gaid=new_uuid(rng),
            aid_arada=new_hex(rng, 16),
            aid_zema=new_hex(rng, 16),
            aid_tewahedo=new_hex(rng, 16),
            aid_birr=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_zena=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            phone_serial="0" + new_digits(rng, 3) + new_hex(rng, 10).upper(),
            tvbox_serial="X96" + new_digits(rng, 11),
            tvbox_mac=_mac(rng, "A8:1D:16").lower(),
            tv_mac=_mac(rng, "E4:E1:30"),
            buds_mac=_mac(rng, "70:A8:D3"),
            email=f"selam.tesfaye{rng.randint(10, 99)}@mailbox-example.org",
            af_uid=f"17310{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            zema_app_instance=new_hex(rng, 32),
            adjust_adid=new_hex(rng, 32),
            birr_device_token="BD" + new_hex(rng, 30).upper(),
            bank_fp=new_hex(rng, 40),
            tv_psid=new_uuid(rng),
            msisdn="2519" + new_digits(rng, 8),
            wallet_user="TB" + new_digits(rng, 10),
            bank_cif=new_digits(rng, 9, "1"),
            fayda_fan=new_digits(rng, 16, "6"),
            ride_user="r" + new_digits(rng, 8),
            arada_user="u_" + new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 13; TECNO CK7n Build/TP1A.220624.014)"


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone167", "floats", "iso", "ms", "rf", "rid", "ua"]
