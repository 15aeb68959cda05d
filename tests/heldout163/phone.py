"""The set-163 household's devices and the flow builder that labels every identifier.

A Tecno Camon 20 (Android 13, dual SIM: two IMEIs) shared by a family that lives
between Accra and Abidjan, with a pay-TV decoder (serial and chip id on its
sticker; the smartcard number is the subscription's account number, not a
device id), a smart TV (Wi-Fi MAC, serial) and a cheap BLE smartwatch. Since
Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_kente": "android_id",
    "aid_canal": "android_id",
    "aid_music": "android_id",
    "aid_church": "android_id",
    "aid_momo": "android_id",
    "aid_bank": "android_id",
    "aid_telco": "android_id",
    "aid_ride": "android_id",
    "aid_watch": "android_id",
    "imei1": "imei",
    "imei2": "imei",
    "wifi_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "phone_serial": "serial",
    "decoder_serial": "serial",
    "tv_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "msisdn_gh",
        "msisdn_ci",
        "smartcard",
        "kente_user",
        "canal_user",
        "church_member",
        "momo_wallet",
        "bank_customer",
        "ride_rider",
    }
)


def _mac(rng: random.Random, oui: str, upper: bool = True) -> str:
    tail = ":".join(new_hex(rng, 2) for _ in range(3))
    return oui + ":" + (tail.upper() if upper else tail)


@dataclass(frozen=True, slots=True)
class Phone163(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_kente: str
    aid_canal: str
    aid_music: str
    aid_church: str
    aid_momo: str
    aid_bank: str
    aid_telco: str
    aid_ride: str
    aid_watch: str
    imei1: str
    imei2: str
    wifi_mac: str
    tv_mac: str
    watch_mac: str
    phone_serial: str
    decoder_serial: str
    tv_serial: str
    email: str
    # ids apps and SDKs make up (device ids, not in known.yaml)
    decoder_chip: str
    kente_device: str
    af_uid: str
    adjust_adid: str
    ct_guid: str
    fb_app_instance: str
    momo_fp: str
    smile_device: str
    watch_uuid: str
    # accounts, numbers and tokens (never labelled as device ids)
    msisdn_gh: str
    msisdn_ci: str
    smartcard: str
    kente_user: str
    canal_user: str
    church_member: str
    momo_wallet: str
    bank_customer: str
    ride_rider: str
    model: str = "TECNO CK7n"

    @classmethod
    def make(cls, rng: random.Random) -> Phone163:
        return cls(
            gaid=new_uuid(rng),
            aid_kente=new_hex(rng, 16),
            aid_canal=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_church=new_hex(rng, 16),
            aid_momo=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_watch=new_hex(rng, 16),
            imei1=luhn_complete(new_digits(rng, 14, "35")),
            imei2=luhn_complete(new_digits(rng, 14, "35")),
            wifi_mac=_mac(rng, "a8:9c:ed", upper=False),
            tv_mac=_mac(rng, "3C:CD:93"),
            watch_mac=_mac(rng, "D4:9E:7A"),
            phone_serial="0A" + new_hex(rng, 10).upper(),
            decoder_serial="SN" + new_digits(rng, 11),
            tv_serial="4" + new_digits(rng, 3) + "RVWK" + new_digits(rng, 5),
            email=f"ama.kouassi{rng.randint(10, 99)}@mailbox-example.org",
            decoder_chip=new_digits(rng, 12, "2"),
            kente_device="kd-" + new_hex(rng, 24),
            af_uid=f"16948{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            ct_guid="__" + new_hex(rng, 32),
            fb_app_instance=new_hex(rng, 32),
            momo_fp=new_hex(rng, 40),
            smile_device=new_uuid(rng).upper(),
            watch_uuid=new_uuid(rng),
            msisdn_gh="23324" + new_digits(rng, 7),
            msisdn_ci="22507" + new_digits(rng, 8),
            smartcard="7" + new_digits(rng, 9),
            kente_user="u_" + new_digits(rng, 9),
            canal_user="ABN" + new_digits(rng, 8),
            church_member="NHY-" + new_digits(rng, 6),
            momo_wallet="W" + new_digits(rng, 10),
            bank_customer="CIF" + new_digits(rng, 9),
            ride_rider="r" + new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 13; TECNO CK7n Build/TP1A.220624.014)"


def pts3(rng: random.Random, n: int) -> list[list[float]]:
    """Normalised [x, y, z] points around a face centre (a MediaPipe-like mesh)."""
    cx, cy = rng.uniform(0.4, 0.6), rng.uniform(0.4, 0.6)
    return [
        [
            round(cx + rng.gauss(0, 0.08), 4),
            round(cy + rng.gauss(0, 0.1), 4),
            round(rng.gauss(0, 0.03), 4),
        ]
        for _ in range(n)
    ]


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone163", "floats", "iso", "ms", "pts3", "rf", "rid", "ua"]
