"""The set-46 household devices and the flow builder that labels every identifier.

A Galaxy S24 (SM-S921B, Android 14, one GAID, one ANDROID_ID per app, its IMEI)
and a Samsung Tizen TV (2023 QN90C, its TIFA advertising id, DUID, Wi-Fi MAC and
serial), plus a smart camera (Wi-Fi MAC, serial) and a fitness mirror (serial,
BLE MAC) set up from the phone. The household lives between Madrid, Porto and
Buenos Aires. TIFA: Samsung AdInfo API `webapis.adinfo.getTIFA()` ("randomized,
resettable Samsung Smart TV device identifier"), developer.samsung.com.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "tifa": "advertising_id",
    "aid_pantalla": "android_id",
    "aid_hincha": "android_id",
    "aid_onda": "android_id",
    "aid_banco": "android_id",
    "aid_salud": "android_id",
    "aid_cam": "android_id",
    "aid_espejo": "android_id",
    "imei": "imei",
    "tv_mac": "mac",
    "cam_mac": "mac",
    "mirror_mac": "mac",
    "tv_serial": "serial",
    "cam_serial": "serial",
    "mirror_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "pantalla_user",
        "hincha_user",
        "onda_user",
        "banco_user",
        "salud_user",
        "cam_user",
        "espejo_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Home46(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    tifa: str
    aid_pantalla: str
    aid_hincha: str
    aid_onda: str
    aid_banco: str
    aid_salud: str
    aid_cam: str
    aid_espejo: str
    imei: str
    tv_mac: str
    cam_mac: str
    mirror_mac: str
    tv_serial: str
    cam_serial: str
    mirror_serial: str
    email: str
    # ids that SDKs and backends make up (device_id, not in known.yaml)
    tv_duid: str
    tv_app_uuid: str
    unity_idfi: str
    applovin_uid: str
    pantalla_install: str
    onda_install: str
    banco_fp: str
    # account ids (never labelled as device ids)
    pantalla_user: str
    hincha_user: str
    onda_user: str
    banco_user: str
    salud_user: str
    cam_user: str
    espejo_user: str
    model: str = "SM-S921B"

    @classmethod
    def make(cls, rng: random.Random) -> Home46:
        return cls(
            gaid=new_uuid(rng),
            tifa=new_uuid(rng),
            aid_pantalla=new_hex(rng, 16),
            aid_hincha=new_hex(rng, 16),
            aid_onda=new_hex(rng, 16),
            aid_banco=new_hex(rng, 16),
            aid_salud=new_hex(rng, 16),
            aid_cam=new_hex(rng, 16),
            aid_espejo=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            tv_mac=_mac(rng, "8C:EA:48"),
            cam_mac=_mac(rng, "A0:92:08").lower(),
            mirror_mac=_mac(rng, "D4:3D:39"),
            tv_serial="0D" + new_hex(rng, 4).upper() + "RB" + new_digits(rng, 6),
            cam_serial="EZC6" + new_digits(rng, 9),
            mirror_serial="MRR" + new_hex(rng, 10).upper(),
            email=f"lucia.ferreira{rng.randint(10, 99)}@correo-ejemplo.es",
            tv_duid="T:" + new_hex(rng, 13).upper(),
            tv_app_uuid=new_uuid(rng),
            unity_idfi=new_uuid(rng),
            applovin_uid=new_hex(rng, 32),
            pantalla_install=new_uuid(rng),
            onda_install=new_hex(rng, 24),
            banco_fp=new_hex(rng, 40),
            pantalla_user="usr_" + new_digits(rng, 9),
            hincha_user=new_digits(rng, 8, "7"),
            onda_user="ou" + new_hex(rng, 12),
            banco_user="ES" + new_digits(rng, 10),
            salud_user="pac-" + new_digits(rng, 7),
            cam_user=new_hex(rng, 20),
            espejo_user="m" + new_digits(rng, 10),
        )


class FB(LabelledBuilder):
    """Home46's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)"


TV_UA = (
    "Mozilla/5.0 (SMART-TV; LINUX; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko) "
    "7.0 TV Safari/537.36"
)


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.5)
    return [[round(cx + rng.gauss(0, 45), 1), round(cy + rng.gauss(0, 55), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "TV_UA",
    "Home46",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
