"""The set-169 household devices and the flow builder that labels every identifier.

A Hispanic family split between Houston and Miami: the mother's iPhone 15 (IDFA,
one IDFV per vendor) runs the Spanish-language streamer, the broadcaster app, the
remittance app and the car's telematics app; the son's Motorola moto g (Android 14,
one ANDROID_ID per app, a Google advertising id) runs the music streamer, the
Catholic radio app, the bank and the rideshare app. In the living room a Roku TV
(ACR on, serial, Wi-Fi MAC, Roku advertising id RIDA) and a Fire TV stick (DSN
serial, Amazon advertising id AFAI); AirPods Pro (serial, Bluetooth MAC); a
2022 SUV whose telematics unit has an IMEI and the car a VIN.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "idfa": "advertising_id",
    "gaid": "advertising_id",
    "rida": "advertising_id",
    "afai": "advertising_id",
    "idfv_novelas": "device_id",
    "idfv_remesa": "device_id",
    "idfv_auto": "device_id",
    "idfv_canal": "device_id",
    "aid_ritmo": "android_id",
    "aid_radio": "android_id",
    "aid_banco": "android_id",
    "aid_rueda": "android_id",
    "roku_serial": "serial",
    "roku_mac": "mac",
    "firetv_dsn": "serial",
    "airpods_serial": "serial",
    "airpods_mac": "mac",
    "car_vin": "serial",
    "tcu_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "novelas_user",
        "remesa_user",
        "ritmo_user",
        "banco_user",
        "rueda_user",
        "radio_user",
        "phone_number",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Casa169(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    gaid: str
    rida: str
    afai: str
    idfv_novelas: str
    idfv_remesa: str
    idfv_auto: str
    idfv_canal: str
    aid_ritmo: str
    aid_radio: str
    aid_banco: str
    aid_rueda: str
    roku_serial: str
    roku_mac: str
    firetv_dsn: str
    airpods_serial: str
    airpods_mac: str
    car_vin: str
    tcu_imei: str
    email: str
    # ids that SDKs and apps make up (device_id, not in known.yaml)
    conviva_clid: str
    af_uid: str
    braze_device: str
    firebase_instance: str
    mparticle_das: str
    segment_anon: str
    branch_token: str
    nielsen_nuid: str
    # accounts and contact data (never device identifiers)
    novelas_user: str
    remesa_user: str
    ritmo_user: str
    banco_user: str
    rueda_user: str
    radio_user: str
    phone_number: str
    model: str = "moto g 5G - 2024"

    @classmethod
    def make(cls, rng: random.Random) -> Casa169:
        return cls(
            idfa=new_uuid(rng).upper(),
            gaid=new_uuid(rng),
            rida=new_uuid(rng),
            afai=new_uuid(rng),
            idfv_novelas=new_uuid(rng).upper(),
            idfv_remesa=new_uuid(rng).upper(),
            idfv_auto=new_uuid(rng).upper(),
            idfv_canal=new_uuid(rng).upper(),
            aid_ritmo=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_banco=new_hex(rng, 16),
            aid_rueda=new_hex(rng, 16),
            roku_serial="X0" + new_hex(rng, 10).upper(),
            roku_mac=_mac(rng, "D8:31:34"),
            firetv_dsn="G4N" + new_hex(rng, 13).upper(),
            airpods_serial="H" + new_hex(rng, 11).upper(),
            airpods_mac=_mac(rng, "F4:34:F0"),
            car_vin="1GNSK" + new_hex(rng, 4).upper() + "NR" + new_digits(rng, 6),
            tcu_imei=luhn_complete(new_digits(rng, 14, "35")),
            email=f"guadalupe.rdz{rng.randint(10, 99)}@correo-example.com",
            conviva_clid=".".join(new_digits(rng, 10) for _ in range(4)),
            af_uid=f"17199{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            braze_device=new_uuid(rng),
            firebase_instance=new_hex(rng, 32),
            mparticle_das=new_uuid(rng),
            segment_anon=new_uuid(rng),
            branch_token=new_digits(rng, 18, "1"),
            nielsen_nuid=new_hex(rng, 32),
            novelas_user="vn" + new_digits(rng, 9),
            remesa_user="EY-" + new_digits(rng, 8),
            ritmo_user=new_hex(rng, 22),
            banco_user="C" + new_digits(rng, 10),
            rueda_user="r_" + new_hex(rng, 12),
            radio_user=new_digits(rng, 7, "5"),
            phone_number="+1713" + new_digits(rng, 7),
        )


class FB(LabelledBuilder):
    """Casa169's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ios_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPhone15,4; iOS 17.5.1; Scale/3.00)"


def cfnet(app: str, build: str) -> str:
    return f"{app}/{build} CFNetwork/1496.0.7 Darwin/23.5.0"


def moto_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; moto g 5G - 2024 Build/U1UFNS34.41-98-3)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Casa169",
    "cfnet",
    "floats",
    "ios_ua",
    "iso",
    "moto_ua",
    "ms",
    "rf",
    "rid",
]
