"""The set-178 household's devices and the builder that labels every identifier it inserts.

A family in Tbilisi and Batumi: a Samsung Galaxy A54 (Android 14) and an iPhone 13
(IDFA, one IDFV per vendor), a telco's Android TV set-top box, a smart TV with ACR,
Bluetooth earbuds and a car with a telematics unit (its modem IMEI and the VIN).
Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
The VIN is filed as the car's serial: a tester reads it off the windscreen, and the
car is one of the household's own devices.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "idfa": "advertising_id",
    "idfv_gov": "device_id",
    "idfv_music": "device_id",
    "aid_stream": "android_id",
    "aid_music": "android_id",
    "aid_chant": "android_id",
    "aid_bank": "android_id",
    "aid_taxi": "android_id",
    "aid_food": "android_id",
    "aid_car": "android_id",
    "aid_box": "android_id",
    "imei": "imei",
    "tcu_imei": "imei",
    "box_mac": "mac",
    "tv_mac": "mac",
    "bud_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
    "bud_serial": "serial",
    "vin": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "personal_no",
        "msisdn",
        "stream_user",
        "music_user",
        "bank_client",
        "taxi_user",
        "food_user",
        "gov_session",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Household(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    idfa: str
    idfv_gov: str
    idfv_music: str
    aid_stream: str
    aid_music: str
    aid_chant: str
    aid_bank: str
    aid_taxi: str
    aid_food: str
    aid_car: str
    aid_box: str
    imei: str
    tcu_imei: str
    box_mac: str
    tv_mac: str
    bud_mac: str
    box_serial: str
    tv_serial: str
    bud_serial: str
    vin: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    metrica_uuid: str
    metrica_device: str
    firebase_fid: str
    adjust_adid: str
    tv_psid: str
    stream_install: str
    bank_device_key: str
    gov_device_key: str
    bud_install: str
    # accounts, phone numbers, tokens (never device identifiers)
    personal_no: str
    msisdn: str
    stream_user: str
    music_user: str
    bank_client: str
    taxi_user: str
    food_user: str
    gov_session: str
    model: str = "SM-A546B"

    @classmethod
    def make(cls, rng: random.Random) -> Household:
        return cls(
            gaid=new_uuid(rng),
            idfa=new_uuid(rng).upper(),
            idfv_gov=new_uuid(rng).upper(),
            idfv_music=new_uuid(rng).upper(),
            aid_stream=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_chant=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_taxi=new_hex(rng, 16),
            aid_food=new_hex(rng, 16),
            aid_car=new_hex(rng, 16),
            aid_box=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            tcu_imei=luhn_complete(new_digits(rng, 14, "86")),
            box_mac=_mac(rng, "00:1A:2B"),
            tv_mac=_mac(rng, "A8:23:FE").lower(),
            bud_mac=_mac(rng, "E8:9E:B4"),
            box_serial="ZXV10B" + new_digits(rng, 10),
            tv_serial="0" + new_hex(rng, 4).upper() + "HXR" + new_digits(rng, 6),
            bud_serial="R3CW" + new_hex(rng, 7).upper(),
            vin="JTMW1RFV" + new_digits(rng, 1) + "PD" + new_digits(rng, 6),
            email=f"nino.beridze{rng.randint(10, 99)}@example-mail.ge",
            af_uid=f"17290{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            metrica_uuid=new_hex(rng, 32),
            metrica_device=new_hex(rng, 32),
            firebase_fid="c" + new_hex(rng, 21),
            adjust_adid=new_hex(rng, 32),
            tv_psid=new_hex(rng, 40),
            stream_install=new_uuid(rng),
            bank_device_key=new_hex(rng, 48),
            gov_device_key="GDK-" + new_uuid(rng).upper(),
            bud_install=new_uuid(rng),
            personal_no="010" + new_digits(rng, 8),
            msisdn="+9955" + new_digits(rng, 8),
            stream_user="u" + new_digits(rng, 9),
            music_user=new_digits(rng, 8, "7"),
            bank_client="CL" + new_digits(rng, 9),
            taxi_user="p_" + new_hex(rng, 12),
            food_user=new_digits(rng, 10, "4"),
            gov_session=new_hex(rng, 32),
        )


class FB(LabelledBuilder):
    """The household's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"


def ios_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPhone14,5; iOS 17.6.1; Scale/3.00)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Household",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
