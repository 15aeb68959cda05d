"""The set-42 devices and the flow builder that labels every identifier it inserts.

Not a phone: a family in Germany, Austria and Switzerland has a Lenovo Tab M10
(Android 13) set up as a kids' tablet (Family Link removed the advertising id,
so the tablet's GAID is the zeroed one, but every app still sees its own
ANDROID_ID), an Echo Show 8-like smart display running Fire OS (Amazon
advertising id, device serial number "DSN", Wi-Fi MAC), a Toniebox-like audio
box (Wi-Fi MAC) and a kids' LTE smartwatch (IMEI, serial, Bluetooth MAC).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

ZERO_GAID = "00000000-0000-0000-0000-000000000000"
"""What AdvertisingIdClient returns once the ad id was deleted (Family Link does it)."""

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "fire_adid": "advertising_id",
    "aid_tube": "android_id",
    "aid_kika": "android_id",
    "aid_alpen": "android_id",
    "aid_tonie": "android_id",
    "aid_lesen": "android_id",
    "aid_cam": "android_id",
    "aid_watch": "android_id",
    "aid_game": "android_id",
    "show_mac": "mac",
    "box_mac": "mac",
    "watch_btmac": "mac",
    "show_dsn": "serial",
    "tab_serial": "serial",
    "watch_serial": "serial",
    "watch_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "tube_user",
        "kika_user",
        "tonie_household",
        "lesen_child",
        "cam_user",
        "watch_user",
        "amzn_customer",
        "show_type",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family42(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    fire_adid: str
    aid_tube: str
    aid_kika: str
    aid_alpen: str
    aid_tonie: str
    aid_lesen: str
    aid_cam: str
    aid_watch: str
    aid_game: str
    show_mac: str
    box_mac: str
    watch_btmac: str
    show_dsn: str
    tab_serial: str
    watch_serial: str
    watch_imei: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    fid_lesen: str
    unity_idfi: str
    sa_dauid: str
    piano_visitor: str
    cam_install: str
    tonie_install: str
    game_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    tube_user: str
    kika_user: str
    tonie_household: str
    lesen_child: str
    cam_user: str
    watch_user: str
    amzn_customer: str
    show_type: str = "A1Z88NGR2BK6A2"
    model: str = "Lenovo TB-X306F"

    @classmethod
    def make(cls, rng: random.Random) -> Family42:
        return cls(
            fire_adid=new_uuid(rng),
            aid_tube=new_hex(rng, 16),
            aid_kika=new_hex(rng, 16),
            aid_alpen=new_hex(rng, 16),
            aid_tonie=new_hex(rng, 16),
            aid_lesen=new_hex(rng, 16),
            aid_cam=new_hex(rng, 16),
            aid_watch=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            show_mac=_mac(rng, "F0:81:73").lower(),
            box_mac=_mac(rng, "D4:8A:FC"),
            watch_btmac=_mac(rng, "C4:F3:12"),
            show_dsn="G0" + new_hex(rng, 2).upper() + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            tab_serial="HA1" + new_hex(rng, 5).upper(),
            watch_serial="XW5" + new_digits(rng, 9),
            watch_imei=luhn_complete(new_digits(rng, 14, "86")),
            email=f"familie.brunner{rng.randint(10, 99)}@posteo-example.de",
            fid_lesen="c" + new_hex(rng, 21),
            unity_idfi=new_uuid(rng),
            sa_dauid=str(rng.randint(10**8, 2**31 - 1)),
            piano_visitor=new_uuid(rng),
            cam_install=new_uuid(rng).upper(),
            tonie_install=new_uuid(rng),
            game_install=new_hex(rng, 24),
            tube_user="k" + new_digits(rng, 10),
            kika_user=new_hex(rng, 12),
            tonie_household=new_uuid(rng),
            lesen_child="ch_" + new_hex(rng, 10),
            cam_user="u" + new_digits(rng, 8),
            watch_user=new_digits(rng, 9, "5"),
            amzn_customer="A" + new_hex(rng, 13).upper(),
        )


class FB(LabelledBuilder):
    """Family42's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def points(rng: random.Random, n: int, w: int = 1280, h: int = 800) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 70), 1)] for _ in range(n)]


def tab_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 13; TB-X306F Build/TP1A.220624.014)"


def fire_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 9; Fire OS 7.5.7.4; AEOCN Build/PS7656)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "ZERO_GAID",
    "Family42",
    "fire_ua",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "tab_ua",
]
