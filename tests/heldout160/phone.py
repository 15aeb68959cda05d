"""The set-160 devices and the flow builder that labels every identifier it inserts.

A Samsung Galaxy A54 (SM-A546B, Android 14) of a family living between
Bucharest, Cluj and Chisinau. Since Android 8 every app sees its own ANDROID_ID,
so known.yaml lists one per app. The household's set-top box, smart TV,
smartwatch and car are the tester's own devices: their serials, MACs and the
car modem's IMEI are device identifiers. Account numbers, IBANs, phone numbers
and the personal numeric code (CNP) are accounts, never device ids.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_vizor": "android_id",
    "aid_neta": "android_id",
    "aid_tv": "android_id",
    "aid_melodia": "android_id",
    "aid_glas": "android_id",
    "aid_bank": "android_id",
    "aid_eid": "android_id",
    "aid_gusto": "android_id",
    "aid_drumo": "android_id",
    "aid_ceas": "android_id",
    "aid_auto": "android_id",
    "stb_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "stb_serial": "serial",
    "tv_serial": "serial",
    "watch_serial": "serial",
    "car_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "vizor_user",
        "neta_subscriber",
        "melodia_user",
        "bank_client",
        "iban",
        "cnp",
        "phone_no",
        "gusto_user",
        "drumo_user",
        "car_vin_owner",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone160(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_vizor: str
    aid_neta: str
    aid_tv: str
    aid_melodia: str
    aid_glas: str
    aid_bank: str
    aid_eid: str
    aid_gusto: str
    aid_drumo: str
    aid_ceas: str
    aid_auto: str
    stb_mac: str
    tv_mac: str
    watch_mac: str
    stb_serial: str
    tv_serial: str
    watch_serial: str
    car_imei: str
    email: str
    # ids that apps and SDKs make up (device_id, not in known.yaml)
    vizor_install: str
    firebase_iid: str
    af_uid: str
    adjust_adid: str
    gemius_uid: str
    melodia_device: str
    bank_device_key: str
    car_vin: str
    # accounts (never device identifiers)
    vizor_user: str
    neta_subscriber: str
    melodia_user: str
    bank_client: str
    iban: str
    cnp: str
    phone_no: str
    gusto_user: str
    drumo_user: str
    car_vin_owner: str
    model: str = "SM-A546B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone160:
        return cls(
            gaid=new_uuid(rng),
            aid_vizor=new_hex(rng, 16),
            aid_neta=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            aid_melodia=new_hex(rng, 16),
            aid_glas=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_eid=new_hex(rng, 16),
            aid_gusto=new_hex(rng, 16),
            aid_drumo=new_hex(rng, 16),
            aid_ceas=new_hex(rng, 16),
            aid_auto=new_hex(rng, 16),
            stb_mac=_mac(rng, "00:1A:2B"),
            tv_mac=_mac(rng, "A8:23:FE").lower(),
            watch_mac=_mac(rng, "D4:9D:C0"),
            stb_serial="STB" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            tv_serial="0BN43" + new_hex(rng, 9).upper(),
            watch_serial="R3AW" + new_hex(rng, 7).upper(),
            car_imei=luhn_complete(new_digits(rng, 14, "86")),
            email=f"ioana.rusu{rng.randint(10, 99)}@posta-exemplu.ro",
            vizor_install=new_uuid(rng),
            firebase_iid=new_hex(rng, 32),
            af_uid=f"17330{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            gemius_uid=new_hex(rng, 24),
            melodia_device="mld-" + new_uuid(rng),
            bank_device_key=new_hex(rng, 40),
            car_vin="UU1" + new_hex(rng, 14).upper().replace("O", "0").replace("I", "1"),
            vizor_user="vz" + new_digits(rng, 9),
            neta_subscriber="ABN" + new_digits(rng, 10),
            melodia_user=new_digits(rng, 11, "7"),
            bank_client="CIF" + new_digits(rng, 8),
            iban="RO49BNRD" + new_digits(rng, 16),
            cnp="2" + new_digits(rng, 12, "9"),
            phone_no="+40 7" + new_digits(rng, 8),
            gusto_user="u_" + new_hex(rng, 12),
            drumo_user=new_digits(rng, 9, "5"),
            car_vin_owner="proprietar-" + new_digits(rng, 6),
        )


class FB(LabelledBuilder):
    """Phone160's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; ro-RO; SM-A546B Build/UP1A.231005.007)"


def dalvik() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone160", "dalvik", "floats", "iso", "ms", "rf", "rid", "ua"]
