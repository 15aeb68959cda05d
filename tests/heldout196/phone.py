"""The set-196 household's devices and the flow builder that labels every id it inserts.

A Tecno Spark (Android 13) is the tester's phone; the family also owns a Samsung A14
(its serial shows in the wallet's device-binding), a satellite decoder bought outright
(serial and smart-card number), a smart TV with ACR and a cheap smartwatch. The
moto-taxi's GPS tracker is the driver's, not the family's: its IMEI is no device id here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_kongossa": "android_id",
    "aid_lions": "android_id",
    "aid_makossa": "android_id",
    "aid_gospel": "android_id",
    "aid_momo": "android_id",
    "aid_bank": "android_id",
    "aid_bendskin": "android_id",
    "aid_tv": "android_id",
    "imei": "imei",
    "samsung_serial": "serial",
    "decoder_serial": "serial",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "msisdn", "momo_user", "bank_user", "decoder_card", "kongossa_user"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone196(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_kongossa: str
    aid_lions: str
    aid_makossa: str
    aid_gospel: str
    aid_momo: str
    aid_bank: str
    aid_bendskin: str
    aid_tv: str
    imei: str
    samsung_serial: str
    decoder_serial: str
    tv_mac: str
    watch_mac: str
    email: str
    # install ids apps and SDKs make up (device_id, not in known.yaml)
    af_uid: str
    adjust_adid: str
    fb_instance: str
    kongossa_install: str
    watch_serial: str
    # accounts (never labelled as device ids)
    msisdn: str
    momo_user: str
    bank_user: str
    decoder_card: str
    kongossa_user: str
    model: str = "TECNO KI5q"

    @classmethod
    def make(cls, rng: random.Random) -> Phone196:
        return cls(
            gaid=new_uuid(rng),
            aid_kongossa=new_hex(rng, 16),
            aid_lions=new_hex(rng, 16),
            aid_makossa=new_hex(rng, 16),
            aid_gospel=new_hex(rng, 16),
            aid_momo=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_bendskin=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            samsung_serial="R58W" + new_hex(rng, 7).upper(),
            decoder_serial="CDX" + new_digits(rng, 11),
            tv_mac=_mac(rng, "A8:23:FE").lower(),
            watch_mac=_mac(rng, "E4:1F:7B"),
            email=f"ngono.mbarga{rng.randint(10, 99)}@mail-example.cm",
            af_uid=f"1731{new_digits(rng, 9)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            fb_instance=new_hex(rng, 32),
            kongossa_install=new_uuid(rng).upper(),
            watch_serial="W26" + new_hex(rng, 10).upper(),
            msisdn="2376" + new_digits(rng, 8, "7"),
            momo_user="MM" + new_digits(rng, 10),
            bank_user="CLT" + new_digits(rng, 9),
            decoder_card=new_digits(rng, 14, "7"),
            kongossa_user="u" + new_digits(rng, 8),
        )


class FB(LabelledBuilder):
    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 13; TECNO KI5q Build/TP1A.220624.014)"


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone196", "floats", "iso", "ms", "rf", "rid", "ua"]
