"""The set-43 device and the flow builder that labels every identifier it inserts.

A Samsung Galaxy A54 (SM-A546E, Android 14) of a gig worker who drives, delivers
and shops in Mexico, Brazil and Turkey. Since Android 8 every app sees its own
ANDROID_ID, so known.yaml lists one per app that sends it; the GAID is shared.
The smart-home camera paired over Wi-Fi brings its own MAC and serial.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_ride": "android_id",
    "aid_shop": "android_id",
    "aid_game": "android_id",
    "cam_mac": "mac",
    "cam_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "driver_id", "eater_id", "shop_user", "music_user", "home_user", "token"}
)


@dataclass(frozen=True, slots=True)
class Phone43(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_ride: str
    aid_shop: str
    aid_game: str
    cam_mac: str
    cam_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    adjust_uuid: str
    af_uid: str
    shop_install: str
    music_fid: str
    unity_user: str
    unity_idfi: str
    # account ids and tokens (not device identifiers; never labelled as such)
    driver_id: str
    eater_id: str
    shop_user: str
    music_user: str
    home_user: str
    token: str
    model: str = "SM-A546E"

    @classmethod
    def make(cls, rng: random.Random) -> Phone43:
        return cls(
            gaid=new_uuid(rng),
            aid_ride=new_hex(rng, 16),
            aid_shop=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            cam_mac="7c:a7:b0:" + ":".join(new_hex(rng, 2) for _ in range(3)),
            cam_serial="TY" + new_hex(rng, 14).upper(),
            email=f"joaquin.ramos{rng.randint(10, 99)}@correo-ejemplo.mx",
            adjust_uuid=new_uuid(rng),
            af_uid=f"17301{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            shop_install=new_uuid(rng),
            music_fid="c" + new_hex(rng, 21),
            unity_user=new_hex(rng, 32),
            unity_idfi=new_uuid(rng),
            driver_id="DRV" + new_digits(rng, 9),
            eater_id=new_digits(rng, 10, "5"),
            shop_user=new_digits(rng, 9, "2"),
            music_user="u" + new_digits(rng, 10),
            home_user="mx" + new_digits(rng, 14),
            token=new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Phone43's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"


def dalvik() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"


CITIES = {
    "cdmx": (19.4326, -99.1332),
    "sp": (-23.5505, -46.6333),
    "ist": (41.0082, 28.9784),
}


def near(rng: random.Random, city: str, spread: float = 0.03) -> tuple[float, float]:
    lat, lng = CITIES[city]
    return round(lat + rng.uniform(-spread, spread), 6), round(
        lng + rng.uniform(-spread, spread), 6
    )


def path(rng: random.Random, city: str, n: int) -> list[list[float]]:
    """A plausible GPS trace: small steps from a start point."""
    lat, lng = near(rng, city)
    out = []
    for _ in range(n):
        lat += rng.uniform(-0.0004, 0.0006)
        lng += rng.uniform(-0.0004, 0.0006)
        out.append([round(lat, 6), round(lng, 6)])
    return out


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone43",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "near",
    "path",
    "rf",
    "rid",
    "ua",
]
