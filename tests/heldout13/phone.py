"""The set-13 devices and the flow builder that labels every identifier it inserts.

A teenager's Pixel 7a (Android 14) with a chest-strap heart-rate sensor (BLE
address, serial) and an LTE Wear OS watch (serial, Bluetooth MAC, IMEI)
paired. Eight apps: a camera messenger with face lenses, a bank with voice
biometrics, a school app with face-recognition attendance, an anime streaming
app, a rhythm game with ads, a sports tracker, a live / VOD streaming app and a
photo-printing kiosk app. Since Android 8 every app sees its own ANDROID_ID,
so known.yaml lists one per app that sends it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_snap": "android_id",
    "aid_bank": "android_id",
    "aid_school": "android_id",
    "aid_anime": "android_id",
    "aid_game": "android_id",
    "aid_sport": "android_id",
    "aid_live": "android_id",
    "strap_mac": "mac",
    "watch_mac": "mac",
    "strap_serial": "serial",
    "watch_serial": "serial",
    "watch_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "snap_user",
        "bank_customer",
        "school_student",
        "anime_account",
        "game_player",
        "sport_athlete",
        "live_user",
        "kiosk_order_user",
    }
)


def _mac(rng: random.Random, oui: str, upper: bool = True) -> str:
    mac = oui + ":" + ":".join(new_hex(rng, 2) for _ in range(3))
    return mac.upper() if upper else mac.lower()


@dataclass(frozen=True, slots=True)
class Phone13(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_snap: str
    aid_bank: str
    aid_school: str
    aid_anime: str
    aid_game: str
    aid_sport: str
    aid_live: str
    strap_mac: str
    watch_mac: str
    strap_serial: str
    watch_serial: str
    watch_imei: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    snap_install: str
    bank_device_fp: str
    school_fid: str
    anime_device: str
    segment_anon: str
    mux_viewer: str
    conviva_clid: str
    game_install: str
    sport_install: str
    live_device: str
    kiosk_install: str
    crash_install: str
    # account ids (not device identifiers; never labelled as such)
    snap_user: str
    bank_customer: str
    school_student: str
    anime_account: str
    game_player: str
    sport_athlete: str
    live_user: str
    kiosk_order_user: str
    model: str = "Pixel 7a"

    @classmethod
    def make(cls, rng: random.Random) -> Phone13:
        return cls(
            gaid=new_uuid(rng),
            aid_snap=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_school=new_hex(rng, 16),
            aid_anime=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            aid_sport=new_hex(rng, 16),
            aid_live=new_hex(rng, 16),
            strap_mac=_mac(rng, "A0:9E:1A"),
            watch_mac=_mac(rng, "3C:F7:A4", upper=False),
            strap_serial="C8" + new_hex(rng, 6).upper(),
            watch_serial="3A" + new_digits(rng, 3) + "SRPW" + new_hex(rng, 5).upper(),
            watch_imei=luhn_complete(new_digits(rng, 14, "35")),
            email=f"jules.marchetti{rng.randint(2008, 2010)}@teenmail-example.net",
            snap_install=new_uuid(rng).upper(),
            bank_device_fp=new_hex(rng, 64),
            school_fid="e" + new_hex(rng, 21),
            anime_device=new_uuid(rng),
            segment_anon=new_uuid(rng),
            mux_viewer=new_uuid(rng),
            conviva_clid=".".join(new_digits(rng, 10) for _ in range(4)),
            game_install=new_hex(rng, 32),
            sport_install=new_uuid(rng),
            live_device=new_hex(rng, 32),
            kiosk_install=new_uuid(rng),
            crash_install=new_hex(rng, 32),
            snap_user="fs_" + new_hex(rng, 12),
            bank_customer=new_digits(rng, 10, "40"),
            school_student="STU" + new_digits(rng, 7),
            anime_account=new_uuid(rng),
            game_player="p" + new_digits(rng, 9),
            sport_athlete=new_digits(rng, 9, "8"),
            live_user=new_digits(rng, 9, "5"),
            kiosk_order_user="k" + new_hex(rng, 10),
        )


class FB(LabelledBuilder):
    """Phone13's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    """A face-shaped cloud of 2-D points around a random centre (pixel coordinates)."""
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; Pixel 7a Build/AP2A.240905.003)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone13",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
