"""The set-56 devices and the flow builder that labels every identifier it inserts.

A Meta Quest 3 (Horizon OS v69, Android 12 based, build UP1A) owned by a tester
in Vienna, with a Pixel 8 (Android 14) running the Meta Horizon companion app.
On the headset six apps run (a VR cinema, a 360-video app, a VR fitness app,
a social-VR plaza, a VR meeting room, a music-video app); Horizon OS, like
Android 8+, gives every app its own ANDROID_ID, so known.yaml lists one per app.
The headset's serial (Settings > About), its Wi-Fi MAC and its Meta device id
(shown in the companion app's device page) are known; the Pixel 8 has the GAID.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_kino": "android_id",
    "aid_sphere": "android_id",
    "aid_fit": "android_id",
    "aid_plaza": "android_id",
    "aid_meet": "android_id",
    "aid_tune": "android_id",
    "aid_comp": "android_id",
    "hmd_serial": "serial",
    "hmd_mac": "mac",
    "meta_device": "device_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "meta_user",
        "kino_user",
        "fit_user",
        "plaza_user",
        "meet_user",
        "tune_user",
        "access_token",
    }
)


@dataclass(frozen=True, slots=True)
class Quest56(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_kino: str
    aid_sphere: str
    aid_fit: str
    aid_plaza: str
    aid_meet: str
    aid_tune: str
    aid_comp: str
    hmd_serial: str
    hmd_mac: str
    meta_device: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    unity_install: str
    unity_player: str
    af_uid: str
    fid: str
    app_instance: str
    an_attribution: str
    sphere_install: str
    meet_install: str
    tune_device: str
    # account ids and tokens (not device identifiers; never labelled as such)
    meta_user: str
    kino_user: str
    fit_user: str
    plaza_user: str
    meet_user: str
    tune_user: str
    access_token: str
    model: str = "Quest 3"

    @classmethod
    def make(cls, rng: random.Random) -> Quest56:
        mac = "2C:26:17:" + ":".join(new_hex(rng, 2).upper() for _ in range(3))
        return cls(
            gaid=new_uuid(rng),
            aid_kino=new_hex(rng, 16),
            aid_sphere=new_hex(rng, 16),
            aid_fit=new_hex(rng, 16),
            aid_plaza=new_hex(rng, 16),
            aid_meet=new_hex(rng, 16),
            aid_tune=new_hex(rng, 16),
            aid_comp=new_hex(rng, 16),
            hmd_serial="2G0YC" + new_hex(rng, 9).upper(),
            hmd_mac=mac,
            meta_device=new_digits(rng, 16, "2"),
            email=f"lena.hofbauer{rng.randint(10, 99)}@posteo-example.at",
            unity_install=new_hex(rng, 32),
            unity_player=new_hex(rng, 24),
            af_uid=f"17321{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            fid="c" + new_hex(rng, 21),
            app_instance=new_hex(rng, 32),
            an_attribution=new_uuid(rng),
            sphere_install=new_uuid(rng),
            meet_install="mi_" + new_hex(rng, 20),
            tune_device=new_uuid(rng).upper(),
            meta_user=new_digits(rng, 16, "7"),
            kino_user="k" + new_digits(rng, 9),
            fit_user="usr_" + new_hex(rng, 12),
            plaza_user=new_digits(rng, 10, "3"),
            meet_user="m-" + new_hex(rng, 10),
            tune_user=new_digits(rng, 8, "5"),
            access_token="OC|" + new_digits(rng, 15, "1") + "|" + new_hex(rng, 32),
        )


class FB(LabelledBuilder):
    """Quest56's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def hmd_ua(app: str, ver: str) -> str:
    """What an Android HttpURLConnection / OkHttp stack in a Quest app says."""
    return f"{app}/{ver} (Linux; U; Android 12; Quest 3 Build/UP1A.231005.007.A1)"


def pixel_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; Pixel 8 Build/AP2A.240805.005)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Quest56",
    "floats",
    "hmd_ua",
    "iso",
    "ms",
    "pixel_ua",
    "rf",
    "rid",
]
