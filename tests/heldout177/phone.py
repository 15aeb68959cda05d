"""The set-177 devices and the flow builder that labels every identifier it inserts.

A family between Lima, Arequipa and Cusco: the mother's Xiaomi Redmi Note 12
(Android 13) runs the streaming, Catholic audio, bank, wallet, ride, delivery,
smartwatch and mototaxi-tracker apps (one ANDROID_ID per app); the son's iPhone 13
runs the cumbia radio and the Quechua / Aymara video channel (its IDFA, one IDFV
per vendor). At home a smart TV with ACR (its serial and Wi-Fi MAC) and a cable
decoder lent by the operator in comodato; the father's own mototaxi carries a GT06
GPS tracker (its IMEI); the mother wears a cheap smartwatch (its BLE MAC).

Label decisions kept here: the decoder's serial and CA card are the cable
operator's equipment (comodato, returned when the contract ends), so they are no
device identifier of the household's; the DNI, phone numbers and wallet accounts
are accounts, never device ids. The IDFA is an advertising_id in known.yaml and
the IDFVs are device_id values (known.yaml kinds the tool already knows).
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
    "idfv_radio": "device_id",
    "idfv_yachay": "device_id",
    "aid_sol": "android_id",
    "aid_misa": "android_id",
    "aid_banco": "android_id",
    "aid_qullqi": "android_id",
    "aid_jalo": "android_id",
    "aid_chasqui": "android_id",
    "aid_reloj": "android_id",
    "aid_moto": "android_id",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "tv_serial": "serial",
    "moto_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "deco_serial",
        "deco_ca",
        "dni",
        "celular",
        "sol_perfil",
        "banco_cliente",
        "qullqi_cuenta",
        "misa_push",
        "jalo_usuario",
        "chasqui_usuario",
    }
)

MODEL = "23021RAAEG"  # Redmi Note 12
IOS_MODEL = "iPhone14,5"  # iPhone 13


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone177(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    idfa: str
    idfv_radio: str
    idfv_yachay: str
    aid_sol: str
    aid_misa: str
    aid_banco: str
    aid_qullqi: str
    aid_jalo: str
    aid_chasqui: str
    aid_reloj: str
    aid_moto: str
    tv_mac: str
    watch_mac: str
    tv_serial: str
    moto_imei: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    youbora_uuid: str
    af_uid_radio: str
    af_uid_jalo: str
    adjust_uuid: str
    adjust_adid: str
    fid_misa: str
    onesignal_player: str
    clevertap_id: str
    banco_huella: str
    tv_acr_id: str
    # the operator's decoder (comodato) and accounts: never device identifiers
    deco_serial: str
    deco_ca: str
    dni: str
    celular: str
    sol_perfil: str
    banco_cliente: str
    qullqi_cuenta: str
    misa_push: str
    jalo_usuario: str
    chasqui_usuario: str
    model: str = MODEL

    @classmethod
    def make(cls, rng: random.Random) -> Phone177:
        return cls(
            gaid=new_uuid(rng),
            idfa=new_uuid(rng).upper(),
            idfv_radio=new_uuid(rng).upper(),
            idfv_yachay=new_uuid(rng).upper(),
            aid_sol=new_hex(rng, 16),
            aid_misa=new_hex(rng, 16),
            aid_banco=new_hex(rng, 16),
            aid_qullqi=new_hex(rng, 16),
            aid_jalo=new_hex(rng, 16),
            aid_chasqui=new_hex(rng, 16),
            aid_reloj=new_hex(rng, 16),
            aid_moto=new_hex(rng, 16),
            tv_mac=_mac(rng, "A8:23:FE"),
            watch_mac=_mac(rng, "C0:2F:7A"),
            tv_serial="KT" + new_digits(rng, 3) + "PE" + new_hex(rng, 7).upper(),
            moto_imei=luhn_complete(new_digits(rng, 14, "86")),
            email=f"rosa.quispe{rng.randint(10, 99)}@correo-ejemplo.pe",
            youbora_uuid=new_uuid(rng),
            af_uid_radio=f"17331{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            af_uid_jalo=f"17329{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_uuid=new_uuid(rng),
            adjust_adid=new_hex(rng, 32),
            fid_misa="c" + new_hex(rng, 21),
            onesignal_player=new_uuid(rng),
            clevertap_id="__g" + new_hex(rng, 32),
            banco_huella=new_hex(rng, 40),
            tv_acr_id="acr-" + new_hex(rng, 20),
            deco_serial="ZXV10B" + new_digits(rng, 10),
            deco_ca=new_digits(rng, 12, "7"),
            dni=new_digits(rng, 8, "4"),
            celular="9" + new_digits(rng, 8),
            sol_perfil="pf_" + new_hex(rng, 12),
            banco_cliente="CU" + new_digits(rng, 10),
            qullqi_cuenta="Q" + new_digits(rng, 11),
            misa_push="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
            jalo_usuario="usr_" + new_digits(rng, 9),
            chasqui_usuario=new_digits(rng, 9, "5"),
        )


class FB(LabelledBuilder):
    """Phone177's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 13; {MODEL} Build/TKQ1.221114.001)"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android 13; {MODEL} MIUI/V14.0.6.0.TMGMIXM)"


def ios_ua(app: str, ver: str, build: str) -> str:
    return f"{app}/{build} CFNetwork/1494.0.7 Darwin/23.4.0 ({IOS_MODEL}; iOS 17.4.1; v{ver})"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone177",
    "dalvik",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
