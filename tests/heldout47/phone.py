"""The set-47 phone and the flow builder that labels every identifier it inserts.

A commuter's Pixel 8 (Android 14) in Germany, Poland and Italy. Most of its apps
are ordinary (rail, scooters, groceries, tax, news, driving school, chat, photo
prints, smart home, games) and send traffic that only looks sensitive. The few
real carriers: GAID (Adjust in the rail app, Unity Ads in the game), one
ANDROID_ID per app that sends one, the watch's BLE MAC and serial, the
doorbell's Wi-Fi MAC and serial.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_rail": "android_id",
    "aid_bank": "android_id",
    "aid_game": "android_id",
    "aid_music": "android_id",
    "aid_fit": "android_id",
    "watch_mac": "mac",
    "bell_mac": "mac",
    "watch_serial": "serial",
    "bell_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset({"email", "model", "bank_user", "music_user", "fit_user", "home_user"})


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone47(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_rail: str
    aid_bank: str
    aid_game: str
    aid_music: str
    aid_fit: str
    watch_mac: str
    bell_mac: str
    watch_serial: str
    bell_serial: str
    email: str
    # ids SDKs and apps make up (device_id, not in known.yaml)
    adjust_uuid: str
    shop_fid: str
    unity_idfi: str
    music_install: str
    # account ids (not device identifiers)
    bank_user: str
    music_user: str
    fit_user: str
    home_user: str
    model: str = "Pixel 8"

    @classmethod
    def make(cls, rng: random.Random) -> Phone47:
        return cls(
            gaid=new_uuid(rng),
            aid_rail=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_fit=new_hex(rng, 16),
            watch_mac=_mac(rng, "E8:3A:12"),
            bell_mac=_mac(rng, "34:3E:A4").lower(),
            watch_serial="G7" + new_hex(rng, 8).upper(),
            bell_serial="RB" + new_digits(rng, 10),
            email=f"lena.wojcik{rng.randint(10, 99)}@post-example.de",
            adjust_uuid=new_uuid(rng),
            shop_fid="c" + new_hex(rng, 21),
            unity_idfi=new_uuid(rng),
            music_install=new_hex(rng, 32),
            bank_user="K" + new_digits(rng, 9),
            music_user="u_" + new_hex(rng, 12),
            fit_user=new_digits(rng, 9, "7"),
            home_user="h" + new_hex(rng, 15),
        )


class FB(LabelledBuilder):
    """Phone47's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"


def app(c, sdk: str, method: str, url: str, agent: str = "okhttp/4.12.0") -> FB:
    """A builder with the app's user agent set (every module starts here)."""
    b = FB(c, sdk, method, url)
    b.header("user-agent", agent)
    return b


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone47", "app", "floats", "iso", "ms", "rf", "rid", "ua"]
