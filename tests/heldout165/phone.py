"""The set-165 household's devices and the flow builder that labels every identifier.

A family split between Madrid and Barcelona: a Samsung Galaxy S23 (Android 14)
runs most apps (one ANDROID_ID per app since Android 8), an iPhone 14 runs the
podcast / radio app (IDFA after the ATT prompt was accepted, IDFV), a
Movistar-like set-top box (serial, Ethernet MAC), an LG TV with ACR (Wi-Fi MAC),
Galaxy Buds (Bluetooth MAC) and the car's head unit (serial, Bluetooth MAC).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "idfa": "advertising_id",
    "aid_playvision": "android_id",
    "aid_sintonia": "android_id",
    "aid_decoplus": "android_id",
    "aid_ritmo": "android_id",
    "aid_banco": "android_id",
    "aid_identigob": "android_id",
    "aid_rapido": "android_id",
    "stb_mac": "mac",
    "tv_mac": "mac",
    "buds_mac": "mac",
    "car_bt_mac": "mac",
    "stb_serial": "serial",
    "car_serial": "serial",
    "idfv": "device_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "pv_user",
        "sint_user",
        "deco_abonado",
        "ritmo_user",
        "ondas_user",
        "banco_cliente",
        "gob_nif",
        "rapido_user",
        "rapido_phone",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Hogar165(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    idfa: str
    aid_playvision: str
    aid_sintonia: str
    aid_decoplus: str
    aid_ritmo: str
    aid_banco: str
    aid_identigob: str
    aid_rapido: str
    stb_mac: str
    tv_mac: str
    buds_mac: str
    car_bt_mac: str
    stb_serial: str
    car_serial: str
    idfv: str
    email: str
    # install-scoped ids that apps and SDKs make up (device_id, not in known.yaml)
    pv_install: str
    sint_uuid: str
    tv_acr_id: str
    ritmo_fid: str
    ondas_install: str
    ondas_adid: str
    banco_binding: str
    rapido_af_uid: str
    rapido_adid: str
    rapido_fid: str
    # accounts, NIF, phone number (never device identifiers)
    pv_user: str
    sint_user: str
    deco_abonado: str
    ritmo_user: str
    ondas_user: str
    banco_cliente: str
    gob_nif: str
    rapido_user: str
    rapido_phone: str
    model: str = "SM-S911B"

    @classmethod
    def make(cls, rng: random.Random) -> Hogar165:
        return cls(
            gaid=new_uuid(rng),
            idfa=new_uuid(rng).upper(),
            aid_playvision=new_hex(rng, 16),
            aid_sintonia=new_hex(rng, 16),
            aid_decoplus=new_hex(rng, 16),
            aid_ritmo=new_hex(rng, 16),
            aid_banco=new_hex(rng, 16),
            aid_identigob=new_hex(rng, 16),
            aid_rapido=new_hex(rng, 16),
            stb_mac=_mac(rng, "E4:AB:89"),
            tv_mac=_mac(rng, "A8:23:FE"),
            buds_mac=_mac(rng, "64:03:7F"),
            car_bt_mac=_mac(rng, "00:1E:AE"),
            stb_serial="ZXHN" + new_digits(rng, 12),
            car_serial="SEAT" + new_hex(rng, 10).upper(),
            idfv=new_uuid(rng).upper(),
            email=f"lucia.ferrer{rng.randint(10, 99)}@correo-ejemplo.es",
            pv_install=new_uuid(rng),
            sint_uuid=new_hex(rng, 32),
            tv_acr_id="lgacr-" + new_hex(rng, 20),
            ritmo_fid="c" + new_hex(rng, 21),
            ondas_install=new_uuid(rng).upper(),
            ondas_adid=new_hex(rng, 32),
            banco_binding="BND" + new_hex(rng, 28).upper(),
            rapido_af_uid=f"17301{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            rapido_adid=new_hex(rng, 32),
            rapido_fid="d" + new_hex(rng, 21),
            pv_user="pv" + new_digits(rng, 9),
            sint_user=new_uuid(rng),
            deco_abonado="M" + new_digits(rng, 10),
            ritmo_user="r_" + new_hex(rng, 12),
            ondas_user=new_digits(rng, 8, "7"),
            banco_cliente=new_digits(rng, 10, "3"),
            gob_nif=new_digits(rng, 8) + "K",
            rapido_user="u" + new_hex(rng, 16),
            rapido_phone="+346" + new_digits(rng, 8),
        )


class HB(LabelledBuilder):
    """Hogar165's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; SM-S911B Build/UP1A.231005.007)"


def ios_ua(app: str, ver: str, build: str) -> str:
    return f"{app}/{ver} (iPhone15,2; iOS 17.6.1; Scale/3.00) build/{build}"


rid = req_id

__all__ = ["HB", "KNOWN_ATTRS", "Hogar165", "floats", "ios_ua", "iso", "ms", "rf", "rid", "ua"]
