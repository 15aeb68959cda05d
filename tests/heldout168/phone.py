"""The set-168 devices and the flow builder that labels every identifier it inserts.

A family split between Utrecht and Ghent: a Samsung Galaxy S23 (Android 14) runs
the apps; an iPad runs the catch-up app too (IDFV; ATT declined, so its IDFA is
all zeros); a fibre TV box (serial, Ethernet MAC), a Samsung TV with ACR (Wi-Fi
MAC, DUID, PSID), a Garmin-like watch (serial, BLE MAC) and a car whose
telematics unit has an LTE modem (IMEI). Since Android 8 every app sees its own
ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_kijk": "android_id",
    "aid_scherm": "android_id",
    "aid_glas": "android_id",
    "aid_klank": "android_id",
    "aid_oor": "android_id",
    "aid_bank": "android_id",
    "aid_sleutel": "android_id",
    "aid_fiets": "android_id",
    "aid_pols": "android_id",
    "ipad_idfv": "idfv",
    "box_serial": "serial",
    "box_mac": "mac",
    "tv_mac": "mac",
    "watch_serial": "serial",
    "watch_mac": "mac",
    "car_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "kijk_user",
        "scherm_profile",
        "glas_customer",
        "klank_user",
        "oor_user",
        "bank_user",
        "sleutel_user",
        "fiets_user",
        "pols_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Gezin168(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_kijk: str
    aid_scherm: str
    aid_glas: str
    aid_klank: str
    aid_oor: str
    aid_bank: str
    aid_sleutel: str
    aid_fiets: str
    aid_pols: str
    ipad_idfv: str
    box_serial: str
    box_mac: str
    tv_mac: str
    watch_serial: str
    watch_mac: str
    car_imei: str
    email: str
    # ids that apps and SDKs make up on the family's devices (device_id, not in known.yaml)
    kijk_install: str
    kijk_fb_instance: str
    scherm_af_uid: str
    glas_device_reg: str
    tv_duid: str
    tv_psid: str
    klank_device: str
    oor_install: str
    bank_binding: str
    sleutel_instance: str
    fiets_adid: str
    car_vin: str
    # accounts and profiles (not device identifiers)
    kijk_user: str
    scherm_profile: str
    glas_customer: str
    klank_user: str
    oor_user: str
    bank_user: str
    sleutel_user: str
    fiets_user: str
    pols_user: str
    model: str = "SM-S911B"

    @classmethod
    def make(cls, rng: random.Random) -> Gezin168:
        return cls(
            gaid=new_uuid(rng),
            aid_kijk=new_hex(rng, 16),
            aid_scherm=new_hex(rng, 16),
            aid_glas=new_hex(rng, 16),
            aid_klank=new_hex(rng, 16),
            aid_oor=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_sleutel=new_hex(rng, 16),
            aid_fiets=new_hex(rng, 16),
            aid_pols=new_hex(rng, 16),
            ipad_idfv=new_uuid(rng).upper(),
            box_serial="ZTE" + new_digits(rng, 6) + new_hex(rng, 6).upper(),
            box_mac=_mac(rng, "8C:68:C8"),
            tv_mac=_mac(rng, "64:1C:AE"),
            watch_serial=new_digits(rng, 10, "3"),
            watch_mac=_mac(rng, "C4:AC:59"),
            car_imei=luhn_complete(new_digits(rng, 14, "35")),
            email=f"femke.vandamme{rng.randint(10, 99)}@postvak-example.nl",
            kijk_install=new_uuid(rng),
            kijk_fb_instance=new_hex(rng, 32),
            scherm_af_uid=f"17293{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            glas_device_reg="dev-" + new_hex(rng, 20),
            tv_duid="0" + new_hex(rng, 12).upper(),
            tv_psid=new_uuid(rng),
            klank_device=new_hex(rng, 40),
            oor_install=new_uuid(rng).upper(),
            bank_binding=new_hex(rng, 48),
            sleutel_instance=new_uuid(rng),
            fiets_adid=new_hex(rng, 32),
            car_vin="WVWZZZE1Z" + new_digits(rng, 1) + "P" + new_digits(rng, 6),
            kijk_user="npu-" + new_digits(rng, 9),
            scherm_profile="prf_" + new_hex(rng, 12),
            glas_customer=new_digits(rng, 9, "1"),
            klank_user="k" + new_digits(rng, 10),
            oor_user=new_hex(rng, 24),
            bank_user="GB" + new_digits(rng, 8),
            sleutel_user=new_uuid(rng),
            fiets_user="cust_" + new_digits(rng, 8),
            pols_user=new_uuid(rng),
        )


class FB(LabelledBuilder):
    """Gezin168's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)"


def ipad_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPad; iPadOS 17.5; Scale/2.00)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Gezin168",
    "floats",
    "ipad_ua",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
