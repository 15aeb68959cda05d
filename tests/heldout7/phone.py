"""The set-7 devices and the flow builder that labels every identifier it inserts.

A Pixel 8 (Android 14) runs eight apps: a fitness-band / smartwatch companion
(the band's BLE MAC and serial), a baby monitor (the camera's serial and Wi-Fi
MAC), a crypto exchange with liveness KYC, a sermon-streaming app, a webtoon
reader that also streams anime, a dashcam app (the dashcam's serial and its LTE
modem IMEI), a TV-maker companion app (the TV's Wi-Fi MAC) and an eldercare
tablet app with speaker recognition. Since Android 8 every app sees its own
ANDROID_ID, so known.yaml lists one per app (the eldercare app sends none).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_band": "android_id",
    "aid_nest": "android_id",
    "aid_coin": "android_id",
    "aid_chapel": "android_id",
    "aid_toon": "android_id",
    "aid_dash": "android_id",
    "aid_tv": "android_id",
    "band_mac": "mac",
    "cam_mac": "mac",
    "tv_mac": "mac",
    "band_serial": "serial",
    "cam_serial": "serial",
    "dash_serial": "serial",
    "dash_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "band_user",
        "nest_user",
        "coin_user",
        "coin_push",
        "chapel_user",
        "toon_user",
        "dash_user",
        "tv_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone7(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_band: str
    aid_nest: str
    aid_coin: str
    aid_chapel: str
    aid_toon: str
    aid_dash: str
    aid_tv: str
    band_mac: str
    cam_mac: str
    tv_mac: str
    band_serial: str
    cam_serial: str
    dash_serial: str
    dash_imei: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    band_install: str
    nest_fid: str
    coin_fp: str
    coin_af_uid: str
    chapel_app_instance: str
    toon_device: str
    dash_install: str
    tv_duid: str
    # account ids and tokens (not device identifiers; never labelled as such)
    band_user: str
    nest_user: str
    coin_user: str
    coin_push: str
    chapel_user: str
    toon_user: str
    dash_user: str
    tv_user: str
    model: str = "Pixel 8"

    @classmethod
    def make(cls, rng: random.Random) -> Phone7:
        return cls(
            gaid=new_uuid(rng),
            aid_band=new_hex(rng, 16),
            aid_nest=new_hex(rng, 16),
            aid_coin=new_hex(rng, 16),
            aid_chapel=new_hex(rng, 16),
            aid_toon=new_hex(rng, 16),
            aid_dash=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            band_mac=_mac(rng, "C8:FF:28"),
            cam_mac=_mac(rng, "18:B4:30").lower(),
            tv_mac=_mac(rng, "F4:7B:09"),
            band_serial="PW2" + new_hex(rng, 9).upper(),
            cam_serial="LN" + new_digits(rng, 12),
            dash_serial="RE7" + new_hex(rng, 10).upper(),
            dash_imei=luhn_complete(new_digits(rng, 14, "86")),
            email=f"tomas.okafor{rng.randint(10, 99)}@mailbox-example.org",
            band_install=new_uuid(rng),
            nest_fid="f" + new_hex(rng, 21),
            coin_fp=new_hex(rng, 64),
            coin_af_uid=f"17402{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            chapel_app_instance=new_hex(rng, 32),
            toon_device=new_uuid(rng).upper(),
            dash_install=new_uuid(rng),
            tv_duid="0" + new_hex(rng, 12).upper(),
            band_user="u" + new_digits(rng, 9),
            nest_user="acct_" + new_hex(rng, 14),
            coin_user="CH" + new_digits(rng, 10),
            coin_push="d" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
            chapel_user=new_digits(rng, 8, "4"),
            toon_user="t" + new_digits(rng, 11),
            dash_user="drv" + new_hex(rng, 10),
            tv_user=new_hex(rng, 24),
        )


class FB(LabelledBuilder):
    """Phone7's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def points(rng: random.Random, n: int, w: int = 640, h: int = 480) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.3, w * 0.7), rng.uniform(h * 0.3, h * 0.7)
    return [[round(cx + rng.gauss(0, 40), 1), round(cy + rng.gauss(0, 50), 1)] for _ in range(n)]


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; Pixel 8 Build/AP2A.240805.005)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone7",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
