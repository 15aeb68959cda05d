"""The set-51 phone and the flow builder that labels every identifier it inserts.

A Xiaomi Redmi Note 13 (HyperOS 1 / Android 14) shared by a retiree and a
teenager in Taipei and Bangkok, with Google Play services (GAID) and the MSA
OAID. Apps: a super-app with mini-programs, bike / scooter sharing, a health
app, a live-stream shopping app, a reader and web-novel app, a translator, a
photo beautifier, a dashcam + robot-vacuum app, a karaoke game, a short-drama
video app and mobile games. Every app sees its own ANDROID_ID (Android 8+).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.flowmodel import Context
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "oaid": "advertising_id",
    "aid_super": "android_id",
    "aid_shop": "android_id",
    "aid_drama": "android_id",
    "aid_game": "android_id",
    "aid_karaoke": "android_id",
    "vac_mac": "mac",
    "vac_serial": "serial",
    "dash_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset({"email", "model", "super_user", "shop_user", "drama_user", "ktv_user"})


@dataclass(frozen=True, slots=True)
class Phone51(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    oaid: str
    aid_super: str
    aid_shop: str
    aid_drama: str
    aid_game: str
    aid_karaoke: str
    vac_mac: str
    vac_serial: str
    dash_serial: str
    email: str
    # ids that SDKs and apps make up (device_id, not in known.yaml)
    super_did: str
    shop_udid: str
    drama_did: str
    game_install: str
    # accounts (never labelled as device identifiers)
    super_user: str
    shop_user: str
    drama_user: str
    ktv_user: str
    model: str = "23124RA7EO"

    @classmethod
    def make(cls, rng: random.Random) -> Phone51:
        return cls(
            gaid=new_uuid(rng),
            oaid=new_hex(rng, 16),
            aid_super=new_hex(rng, 16),
            aid_shop=new_hex(rng, 16),
            aid_drama=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            aid_karaoke=new_hex(rng, 16),
            vac_mac="50:EC:50:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            vac_serial="R1" + new_digits(rng, 4) + "S" + new_digits(rng, 8),
            dash_serial="70MD" + new_hex(rng, 10).upper(),
            email=f"a.chen{rng.randint(100, 999)}@mail-example.tw",
            super_did="DU" + new_hex(rng, 30).upper(),
            shop_udid=new_hex(rng, 40),
            drama_did=new_digits(rng, 19, "7"),
            game_install=new_uuid(rng),
            super_user="wx_" + new_hex(rng, 20),
            shop_user=new_digits(rng, 11, "2"),
            drama_user="u" + new_digits(rng, 10),
            ktv_user=new_digits(rng, 9, "6"),
        )


class FB(LabelledBuilder):
    """Phone51's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; zh_TW; 23124RA7EO Build/UKQ1.231003.002)"


def mk(c: Context, sdk: str, method: str, url: str, app: str = "", ver: str = "1.0") -> FB:
    """A builder with the app's user agent."""
    b = FB(c, sdk, method, url)
    b.header("user-agent", ua(app, ver) if app else "okhttp/4.12.0")
    return b


def series(c: Context, n: int, low: float, high: float, nd: int = 1) -> list[float]:
    return [rf(c.rng, low, high, nd) for _ in range(n)]


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone51", "floats", "iso", "mk", "ms", "rf", "rid", "series"]
