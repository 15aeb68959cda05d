"""The set-26 device and the flow builder that labels every identifier it inserts.

A Google Pixel 8 (Android 14) used in Riyadh and Dubai runs eight apps: a
streaming app (Shashat+), a music app (Naghma), a government services app with
face verification (Tawtheeq), a ride app (Mishwar), a Quran / adhan app
(Tilawa), a marriage app with photo verification (Wisal), a smart-home camera
app with household face recognition (BaytCam: the camera's serial, Wi-Fi MAC
and BLE MAC) and a racing game with ad mediation (Sahra Drift). Since Android 8
every app sees its own ANDROID_ID, so known.yaml lists one per app that sends it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_shashat": "android_id",
    "aid_naghma": "android_id",
    "aid_tawtheeq": "android_id",
    "aid_mishwar": "android_id",
    "aid_tilawa": "android_id",
    "aid_wisal": "android_id",
    "aid_bayt": "android_id",
    "aid_game": "android_id",
    "cam_serial": "serial",
    "cam_mac": "mac",
    "cam_ble": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "shashat_user",
        "naghma_user",
        "national_id",
        "mishwar_user",
        "wisal_user",
        "bayt_user",
        "game_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone26(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_shashat: str
    aid_naghma: str
    aid_tawtheeq: str
    aid_mishwar: str
    aid_tilawa: str
    aid_wisal: str
    aid_bayt: str
    aid_game: str
    cam_serial: str
    cam_mac: str
    cam_ble: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    fid_shashat: str
    af_uid: str
    fid_tilawa: str
    mishwar_fp: str
    unity_idfi: str
    is_uuid: str
    wisal_install: str
    # accounts (not device identifiers; never labelled as such)
    shashat_user: str
    naghma_user: str
    national_id: str
    mishwar_user: str
    wisal_user: str
    bayt_user: str
    game_user: str
    model: str = "Pixel 8"

    @classmethod
    def make(cls, rng: random.Random) -> Phone26:
        return cls(
            gaid=new_uuid(rng),
            aid_shashat=new_hex(rng, 16),
            aid_naghma=new_hex(rng, 16),
            aid_tawtheeq=new_hex(rng, 16),
            aid_mishwar=new_hex(rng, 16),
            aid_tilawa=new_hex(rng, 16),
            aid_wisal=new_hex(rng, 16),
            aid_bayt=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            cam_serial="BYT" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            cam_mac=_mac(rng, "7C:DD:90"),
            cam_ble=_mac(rng, "E4:5F:01"),
            email=f"faisal.alharbi{rng.randint(10, 99)}@mail-example.sa",
            fid_shashat="c" + new_hex(rng, 21),
            af_uid=f"17302{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            fid_tilawa=new_hex(rng, 32),
            mishwar_fp=new_hex(rng, 40),
            unity_idfi=new_uuid(rng),
            is_uuid=new_uuid(rng).replace("-", ""),
            wisal_install=new_uuid(rng).upper(),
            shashat_user="sh" + new_digits(rng, 10),
            naghma_user=new_digits(rng, 9, "3"),
            national_id=new_digits(rng, 10, "1"),
            mishwar_user="cus_" + new_hex(rng, 12),
            wisal_user="w" + new_digits(rng, 8),
            bayt_user="home-" + new_hex(rng, 10),
            game_user=new_digits(rng, 12, "9"),
        )


class FB(LabelledBuilder):
    """Phone26's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"


def dalvik() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone26", "dalvik", "floats", "iso", "ms", "rf", "rid", "ua"]
