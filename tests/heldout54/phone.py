"""The set-54 devices and the flow builder that labels every identifier it inserts.

A Motorola moto g84 (Android 14) and an LG webOS 23 TV in a household that
moves between Mexico City, Bogota and Santiago. The phone runs a telenovela
streaming app, a football app, a music / podcast app, a neobank, a lending
app, a telco self-care app, a gym app and the LG ThinQ companion; the TV runs
its own content recognition (ACR) and LG's ad platform. Since Android 8 each
app sees its own ANDROID_ID, so known.yaml lists one per app. The TV has LG's
ad id (LGUDID, a UUID the TV's ad settings can reset), its Wi-Fi MAC, its
serial and its platform device id; the telco app (with carrier privileges)
reads the IMEI.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "lgudid": "advertising_id",
    "aid_novela": "android_id",
    "aid_futbol": "android_id",
    "aid_musica": "android_id",
    "aid_banco": "android_id",
    "aid_presta": "android_id",
    "aid_telco": "android_id",
    "aid_gym": "android_id",
    "imei": "imei",
    "tv_mac": "mac",
    "tv_serial": "serial",
    "tv_duid": "device_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "novela_user",
        "futbol_user",
        "musica_user",
        "banco_user",
        "presta_user",
        "telco_msisdn",
        "gym_member",
        "incode_token",
        "fcm_token",
        "lg_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone54(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    lgudid: str
    aid_novela: str
    aid_futbol: str
    aid_musica: str
    aid_banco: str
    aid_presta: str
    aid_telco: str
    aid_gym: str
    imei: str
    tv_mac: str
    tv_serial: str
    tv_duid: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    kochava_id: str
    branch_fp: str
    unity_idfi: str
    mtg_uuid: str
    pangle_did: str
    inmobi_ufid: str
    youbora_uuid: str
    conviva_clid: str
    musica_install: str
    futbol_install: str
    banco_fp: str
    presta_fp: str
    gym_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    novela_user: str
    futbol_user: str
    musica_user: str
    banco_user: str
    presta_user: str
    telco_msisdn: str
    gym_member: str
    incode_token: str
    fcm_token: str
    lg_account: str
    model: str = "moto g84 5G"

    @classmethod
    def make(cls, rng: random.Random) -> Phone54:
        return cls(
            gaid=new_uuid(rng),
            lgudid=new_uuid(rng),
            aid_novela=new_hex(rng, 16),
            aid_futbol=new_hex(rng, 16),
            aid_musica=new_hex(rng, 16),
            aid_banco=new_hex(rng, 16),
            aid_presta=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_gym=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            tv_mac=_mac(rng, "64:95:6C"),
            tv_serial=new_digits(rng, 3, "3") + "RMSZ" + new_digits(rng, 5),
            tv_duid=new_hex(rng, 64),
            email=f"valentina.rojas{rng.randint(10, 99)}@correo-ejemplo.mx",
            kochava_id="KA" + new_hex(rng, 32),
            branch_fp=new_digits(rng, 19, "1"),
            unity_idfi=new_uuid(rng),
            mtg_uuid=new_hex(rng, 32),
            pangle_did=new_digits(rng, 19, "7"),
            inmobi_ufid=new_uuid(rng),
            youbora_uuid=new_uuid(rng),
            conviva_clid=".".join(new_digits(rng, 10) for _ in range(4)),
            musica_install=new_uuid(rng),
            futbol_install=new_uuid(rng).upper(),
            banco_fp=new_hex(rng, 40),
            presta_fp=new_hex(rng, 32),
            gym_install=new_uuid(rng),
            novela_user="vx" + new_digits(rng, 10),
            futbol_user=new_digits(rng, 9, "5"),
            musica_user="u_" + new_hex(rng, 12),
            banco_user="CLI" + new_digits(rng, 9),
            presta_user=new_digits(rng, 8, "6"),
            telco_msisdn="+5255" + new_digits(rng, 8),
            gym_member="SOC-" + new_digits(rng, 7),
            incode_token="eyJhbGciOiJIUzI1NiJ9." + new_hex(rng, 48),
            fcm_token="c" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 44),
            lg_account=new_hex(rng, 24),
        )


class FB(LabelledBuilder):
    """Phone54's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; moto g84 5G Build/U1TCS34.18-38)"


def tv_ua() -> str:
    return (
        "Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/94.0.4606.128 Safari/537.36 WebAppManager"
    )


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.5)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone54",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "tv_ua",
    "ua",
]
