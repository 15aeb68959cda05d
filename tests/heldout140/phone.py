"""The set-140 household's devices and the flow builder that labels every id it inserts.

A Motorola edge (Android 14) runs most apps; since Android 8 each app sees its
own ANDROID_ID, so known.yaml lists one per app. The daughter's iPhone runs the
music and dating apps (an IDFV per vendor; Limit Ad Tracking on, so no IDFA).
The household also owns a smart TV with ACR (serial, Wi-Fi MAC), a cast dongle
(serial) and a smartwatch (BLE MAC, serial). The cable operator's set-top box is
lent in comodato by the operator: its serial and CA card number are the
operator's equipment ids, not the family's, and are sent but never labelled as
device ids (the brief's "rented or lent devices").
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_novela": "android_id",
    "aid_cable": "android_id",
    "aid_radio": "android_id",
    "aid_libros": "android_id",
    "aid_pampa": "android_id",
    "aid_banco": "android_id",
    "aid_mandado": "android_id",
    "aid_kids": "android_id",
    "aid_reloj": "android_id",
    "imei": "imei",
    "moto_serial": "serial",
    "moto_mac": "mac",
    "idfv_musica": "idfv",
    "idfv_flechazo": "idfv",
    "tv_serial": "serial",
    "tv_mac": "mac",
    "cast_serial": "serial",
    "watch_mac": "mac",
    "watch_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "phone_number",
        "novela_user",
        "cable_account",
        "stb_serial",
        "stb_ca_card",
        "pampa_user",
        "banco_client",
        "mandado_user",
        "flechazo_user",
        "kids_profile",
        "musica_user",
        "libros_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone140(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_novela: str
    aid_cable: str
    aid_radio: str
    aid_libros: str
    aid_pampa: str
    aid_banco: str
    aid_mandado: str
    aid_kids: str
    aid_reloj: str
    imei: str
    moto_serial: str
    moto_mac: str
    idfv_musica: str
    idfv_flechazo: str
    tv_serial: str
    tv_mac: str
    cast_serial: str
    watch_mac: str
    watch_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    adjust_adid: str
    fb_instance: str
    comscore_c12: str
    pampa_fp: str
    banco_binding: str
    kids_install: str
    flechazo_install: str
    tv_acr_token: str
    # account ids, numbers and equipment that is not the family's
    phone_number: str
    novela_user: str
    cable_account: str
    stb_serial: str
    stb_ca_card: str
    pampa_user: str
    banco_client: str
    mandado_user: str
    flechazo_user: str
    kids_profile: str
    musica_user: str
    libros_user: str
    model: str = "motorola edge 40"

    @classmethod
    def make(cls, rng: random.Random) -> Phone140:
        return cls(
            gaid=new_uuid(rng),
            aid_novela=new_hex(rng, 16),
            aid_cable=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_libros=new_hex(rng, 16),
            aid_pampa=new_hex(rng, 16),
            aid_banco=new_hex(rng, 16),
            aid_mandado=new_hex(rng, 16),
            aid_kids=new_hex(rng, 16),
            aid_reloj=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            moto_serial="ZY22" + new_hex(rng, 6).upper(),
            moto_mac=_mac(rng, "E8:91:20").lower(),
            idfv_musica=new_uuid(rng).upper(),
            idfv_flechazo=new_uuid(rng).upper(),
            tv_serial="0K4H3" + new_digits(rng, 9),
            tv_mac=_mac(rng, "A8:23:FE"),
            cast_serial="4C" + new_hex(rng, 12).upper(),
            watch_mac=_mac(rng, "D4:3B:04"),
            watch_serial="R3AW" + new_digits(rng, 7) + "X",
            email=f"lupita.arreola{rng.randint(10, 99)}@correo-ejemplo.mx",
            af_uid=f"17312{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            fb_instance=new_hex(rng, 32),
            comscore_c12=new_hex(rng, 32) + "-cs31",
            pampa_fp=new_hex(rng, 64),
            banco_binding="DB-" + new_uuid(rng),
            kids_install=new_uuid(rng),
            flechazo_install=new_uuid(rng).upper(),
            tv_acr_token=new_hex(rng, 40),
            phone_number="+52155" + new_digits(rng, 8),
            novela_user="np_" + new_digits(rng, 9),
            cable_account="CTA-" + new_digits(rng, 10),
            stb_serial="M" + new_digits(rng, 3) + "TLC" + new_hex(rng, 8).upper(),
            stb_ca_card=new_digits(rng, 12, "0"),
            pampa_user="usr_" + new_hex(rng, 12),
            banco_client=new_digits(rng, 8, "1"),
            mandado_user="u" + new_digits(rng, 10),
            flechazo_user=new_hex(rng, 24),
            kids_profile="perfil_" + new_digits(rng, 6),
            musica_user=new_digits(rng, 11, "9"),
            libros_user="lib" + new_digits(rng, 9),
        )


class FB(LabelledBuilder):
    """Phone140's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS

    def made(
        self, attr: str, where: str, detectable: bool = True, direction: str = "request"
    ) -> str:
        """An id an SDK or app made up (no known.yaml value): labelled under its own name."""
        self.other_id(attr, where, detectable, direction)
        return str(getattr(self.ctx.phone, attr))


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; motorola edge 40 Build/U1TRS34.84-20-3)"


def ios_ua(app: str, ver: str, build: str) -> str:
    return f"{app}/{ver} ({build}; iPhone14,5; iOS 17.5.1) CFNetwork/1496.0.7 Darwin/23.5.0"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone140",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
