"""The set-16 devices and the flow builder that labels every identifier it inserts.

A Sony Bravia (KD-55X85K, Google TV on Android TV 12) with a USB camera and
microphone runs eight TV apps; the owner's Pixel 7 runs the remote-control app.
The TV has one advertising id (the Google TV "adid"), one ANDROID_ID per app
(Android 8+ scopes it per signing key), a serial and Wi-Fi / Ethernet /
Bluetooth MACs; the USB camera has its own serial. The phone has its own
advertising id and ANDROID_ID.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "tv_adid": "advertising_id",
    "phone_adid": "advertising_id",
    "aid_fast": "android_id",
    "aid_tube": "android_id",
    "aid_flix": "android_id",
    "aid_fit": "android_id",
    "aid_call": "android_id",
    "aid_sing": "android_id",
    "aid_home": "android_id",
    "aid_kids": "android_id",
    "aid_remote": "android_id",
    "tv_wifi_mac": "mac",
    "tv_eth_mac": "mac",
    "tv_bt_mac": "mac",
    "tv_serial": "serial",
    "cam_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "fast_user",
        "flix_user",
        "fit_user",
        "call_user",
        "sing_user",
        "home_user",
        "kids_user",
        "remote_psk",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Bravia16(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    tv_adid: str
    phone_adid: str
    aid_fast: str
    aid_tube: str
    aid_flix: str
    aid_fit: str
    aid_call: str
    aid_sing: str
    aid_home: str
    aid_kids: str
    aid_remote: str
    tv_wifi_mac: str
    tv_eth_mac: str
    tv_bt_mac: str
    tv_serial: str
    cam_serial: str
    email: str
    # ids that apps and SDKs make up (device_id, not in known.yaml)
    fast_client: str
    flix_esn: str
    fit_install: str
    call_device: str
    sing_install: str
    home_client: str
    kids_install: str
    remote_fid: str
    sony_cid: str
    # accounts and secrets (not device identifiers)
    fast_user: str
    flix_user: str
    fit_user: str
    call_user: str
    sing_user: str
    home_user: str
    kids_user: str
    remote_psk: str
    model: str = "KD-55X85K"

    @classmethod
    def make(cls, rng: random.Random) -> Bravia16:
        return cls(
            tv_adid=new_uuid(rng),
            phone_adid=new_uuid(rng),
            aid_fast=new_hex(rng, 16),
            aid_tube=new_hex(rng, 16),
            aid_flix=new_hex(rng, 16),
            aid_fit=new_hex(rng, 16),
            aid_call=new_hex(rng, 16),
            aid_sing=new_hex(rng, 16),
            aid_home=new_hex(rng, 16),
            aid_kids=new_hex(rng, 16),
            aid_remote=new_hex(rng, 16),
            tv_wifi_mac=_mac(rng, "FC:F1:52"),
            tv_eth_mac=_mac(rng, "04:5D:4B").lower(),
            tv_bt_mac=_mac(rng, "AC:9B:0A"),
            tv_serial=new_digits(rng, 7, "5"),
            cam_serial="CMU" + new_hex(rng, 9).upper(),
            email=f"ines.varga{rng.randint(10, 99)}@postbox-example.net",
            fast_client=new_uuid(rng),
            flix_esn="NFANDROID2-PRV-SONYBRAVIA2022-" + new_hex(rng, 32).upper(),
            fit_install=new_uuid(rng),
            call_device="tvd_" + new_hex(rng, 20),
            sing_install=new_hex(rng, 32),
            home_client=new_uuid(rng).upper(),
            kids_install=new_uuid(rng),
            remote_fid="c" + new_hex(rng, 21),
            sony_cid=new_hex(rng, 32),
            fast_user=new_hex(rng, 24),
            flix_user="ML" + new_digits(rng, 10),
            fit_user="athlete-" + new_digits(rng, 7),
            call_user="cu" + new_hex(rng, 12),
            sing_user=new_digits(rng, 9, "3"),
            home_user="hh_" + new_hex(rng, 16),
            kids_user="fam" + new_digits(rng, 8),
            remote_psk=new_digits(rng, 4),
        )


class FB(LabelledBuilder):
    """Bravia16's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def tv_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 12; BRAVIA 4K VH2 Build/STT2.230718.002)"


def phone_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; Pixel 7 Build/AP2A.240905.003)"


def points(rng: random.Random, n: int, w: int = 1280, h: int = 720) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.3, w * 0.7), rng.uniform(h * 0.3, h * 0.6)
    return [[round(cx + rng.gauss(0, 45), 1), round(cy + rng.gauss(0, 55), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "Bravia16",
    "floats",
    "iso",
    "ms",
    "phone_ua",
    "points",
    "rf",
    "rid",
    "tv_ua",
]
