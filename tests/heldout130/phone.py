"""The set-130 devices and the flow builder that labels every identifier it inserts.

A family in Recife and São Paulo: a Motorola moto g84 (Android 14) runs a
broadcaster's streaming app, a football-club app, a music app, a podcast app, a
gospel radio, a bank with FaceTec-style liveness and idwall KYC, a fintech with
voice biometrics, a delivery-driver app with selfie checks and a short-video
app. The household also has an LG smart TV with content recognition (ACR), a
cable operator's Android TV box and a Galaxy Watch paired to the phone. Since
Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_tela": "android_id",
    "aid_clube": "android_id",
    "aid_som": "android_id",
    "aid_cast": "android_id",
    "aid_louvor": "android_id",
    "aid_banco": "android_id",
    "aid_grana": "android_id",
    "aid_corre": "android_id",
    "aid_role": "android_id",
    "phone_imei": "imei",
    "phone_serial": "serial",
    "tv_mac": "mac",
    "tv_serial": "serial",
    "box_mac": "mac",
    "box_serial": "serial",
    "watch_bt_mac": "mac",
    "watch_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "cpf",
        "celular",
        "tela_user",
        "clube_socio",
        "som_user",
        "banco_conta",
        "grana_cliente",
        "corre_entregador",
        "role_user",
        "box_contrato",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def _cpf(rng: random.Random) -> str:
    """A CPF-shaped taxpayer number: the account holder's, never a device's."""
    return f"{new_digits(rng, 3)}.{new_digits(rng, 3)}.{new_digits(rng, 3)}-{new_digits(rng, 2)}"


@dataclass(frozen=True, slots=True)
class Phone130(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_tela: str
    aid_clube: str
    aid_som: str
    aid_cast: str
    aid_louvor: str
    aid_banco: str
    aid_grana: str
    aid_corre: str
    aid_role: str
    phone_imei: str
    phone_serial: str
    tv_mac: str
    tv_serial: str
    box_mac: str
    box_serial: str
    watch_bt_mac: str
    watch_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    adjust_adid: str
    fb_fid: str
    onesignal_player: str
    youbora_device: str
    tela_instalacao: str
    som_install: str
    role_did: str
    tv_acr_uuid: str
    banco_fingerprint: str
    # account ids and personal data (not device identifiers; never labelled as such)
    cpf: str
    celular: str
    tela_user: str
    clube_socio: str
    som_user: str
    banco_conta: str
    grana_cliente: str
    corre_entregador: str
    role_user: str
    box_contrato: str
    model: str = "moto g84 5G"

    @classmethod
    def make(cls, rng: random.Random) -> Phone130:
        return cls(
            gaid=new_uuid(rng),
            aid_tela=new_hex(rng, 16),
            aid_clube=new_hex(rng, 16),
            aid_som=new_hex(rng, 16),
            aid_cast=new_hex(rng, 16),
            aid_louvor=new_hex(rng, 16),
            aid_banco=new_hex(rng, 16),
            aid_grana=new_hex(rng, 16),
            aid_corre=new_hex(rng, 16),
            aid_role=new_hex(rng, 16),
            phone_imei=luhn_complete(new_digits(rng, 14, "35")),
            phone_serial="ZY22" + new_hex(rng, 6).upper(),
            tv_mac=_mac(rng, "A8:23:FE"),
            tv_serial="307" + "RM" + new_digits(rng, 7) + "H",
            box_mac=_mac(rng, "E0:B7:B1").lower(),
            box_serial="CLX" + new_digits(rng, 11),
            watch_bt_mac=_mac(rng, "9C:5C:F9"),
            watch_serial="R3CW" + new_hex(rng, 7).upper(),
            email=f"ana.beatriz.souza{rng.randint(10, 99)}@exemplo-mail.com.br",
            af_uid=f"17309{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            fb_fid="c" + new_hex(rng, 21),
            onesignal_player=new_uuid(rng),
            youbora_device=new_uuid(rng),
            tela_instalacao=new_uuid(rng).upper(),
            som_install=new_hex(rng, 24),
            role_did=new_digits(rng, 19, "7"),
            tv_acr_uuid=new_uuid(rng),
            banco_fingerprint=new_hex(rng, 40),
            cpf=_cpf(rng),
            celular="+55819" + new_digits(rng, 8, "9"),
            tela_user="gp" + new_digits(rng, 9),
            clube_socio="SOC-" + new_digits(rng, 7),
            som_user="u" + new_hex(rng, 12),
            banco_conta=new_digits(rng, 8) + "-" + new_digits(rng, 1),
            grana_cliente="cli_" + new_hex(rng, 16),
            corre_entregador="ENT" + new_digits(rng, 8),
            role_user=new_digits(rng, 12, "1"),
            box_contrato="CT" + new_digits(rng, 10),
        )


class FB(LabelledBuilder):
    """Phone130's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


BUILD = "U1TD34.94-12-7"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; pt_BR; moto g84 5G Build/{BUILD})"


def okua() -> str:
    return "okhttp/4.11.0"


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.35, h * 0.6)
    return [[round(cx + rng.gauss(0, 70), 1), round(cy + rng.gauss(0, 90), 1)] for _ in range(n)]


def sp_lat_lon(rng: random.Random) -> tuple[float, float]:
    """A point in greater Recife or São Paulo."""
    if rng.random() < 0.5:
        return rf(rng, -8.15, -7.98, 5), rf(rng, -34.98, -34.86, 5)
    return rf(rng, -23.70, -23.45, 5), rf(rng, -46.80, -46.45, 5)


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone130",
    "floats",
    "iso",
    "ms",
    "okua",
    "points",
    "rf",
    "rid",
    "sp_lat_lon",
    "ua",
]
