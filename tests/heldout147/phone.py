"""The set-147 household's devices and the builder that labels every identifier it inserts.

A Samsung Galaxy A54 (Android 14) in São Paulo runs the family's apps: a
broadcaster's streaming app, a music and podcast app, a gospel radio, a bank
with a Pix wallet, the government app, a ride app and a food-delivery app. The
household also has an Android TV box (Recife, grandma's house), a Samsung smart
TV with ACR and a Galaxy Watch. Since Android 8 each app sees its own ANDROID_ID,
so known.yaml lists one per app that sends it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_tela": "android_id",
    "aid_som": "android_id",
    "aid_radio": "android_id",
    "aid_banco": "android_id",
    "aid_gov": "android_id",
    "aid_vai": "android_id",
    "aid_rango": "android_id",
    "aid_box": "android_id",
    "box_serial": "serial",
    "box_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "watch_serial": "serial",
    "phone_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "cpf", "celular", "conta", "tela_user", "som_user", "vai_user", "rango_user"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone147(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_tela: str
    aid_som: str
    aid_radio: str
    aid_banco: str
    aid_gov: str
    aid_vai: str
    aid_rango: str
    aid_box: str
    box_serial: str
    box_mac: str
    tv_mac: str
    watch_mac: str
    watch_serial: str
    phone_serial: str
    email: str
    # ids that SDKs and apps make up (device identifiers, not in known.yaml)
    tela_fid: str
    tela_app_instance: str
    som_install: str
    banco_device_key: str
    biovalida_session_device: str
    vai_af_uid: str
    rango_adid: str
    tv_duid: str
    tv_psid: str
    # account ids (never device identifiers)
    cpf: str
    celular: str
    conta: str
    tela_user: str
    som_user: str
    vai_user: str
    rango_user: str
    model: str = "SM-A546E"

    @classmethod
    def make(cls, rng: random.Random) -> Phone147:
        return cls(
            gaid=new_uuid(rng),
            aid_tela=new_hex(rng, 16),
            aid_som=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_banco=new_hex(rng, 16),
            aid_gov=new_hex(rng, 16),
            aid_vai=new_hex(rng, 16),
            aid_rango=new_hex(rng, 16),
            aid_box=new_hex(rng, 16),
            box_serial="C3B" + new_digits(rng, 11),
            box_mac=_mac(rng, "00:1A:2B").lower(),
            tv_mac=_mac(rng, "8C:EA:48"),
            watch_mac=_mac(rng, "D4:11:A3"),
            watch_serial="R3AW" + new_hex(rng, 7).upper(),
            phone_serial="R5CW" + new_hex(rng, 7).upper(),
            email=f"ana.souza{rng.randint(10, 99)}@email-exemplo.com.br",
            tela_fid="c" + new_hex(rng, 21),
            tela_app_instance=new_hex(rng, 32),
            som_install=new_uuid(rng),
            banco_device_key=new_hex(rng, 40),
            biovalida_session_device=new_uuid(rng).upper(),
            vai_af_uid=f"17188{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            rango_adid=new_hex(rng, 32),
            tv_duid="0" + new_hex(rng, 12).upper(),
            tv_psid=new_hex(rng, 26),
            cpf=new_digits(rng, 11, "3"),
            celular="+55119" + new_digits(rng, 8),
            conta=new_digits(rng, 7) + "-" + str(rng.randint(0, 9)),
            tela_user="gp" + new_digits(rng, 9),
            som_user="u_" + new_hex(rng, 12),
            vai_user="pax" + new_digits(rng, 10),
            rango_user=new_uuid(rng),
        )


class FB(LabelledBuilder):
    """Phone147's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; pt_BR; SM-A546E Build/UP1A.231005.007)"


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone147", "floats", "iso", "ms", "rf", "rid", "ua"]
