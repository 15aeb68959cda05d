"""The set-41 devices and the flow builder that labels every identifier it inserts.

A OnePlus Nord 3 (CPH2493, OxygenOS 14 / Android 14) used in Denmark, Iceland
and Slovakia runs: a Danish public-service streaming app, an Icelandic one, a
Slovak commercial one, a radio / music app, an audiobook app, a bank with face
and voice confirmation, a gym with face check-in, a parcel-locker app with
courier selfies, a smart-TV companion (the TV's Wi-Fi MAC and serial), a
dashcam app (the dashcam's serial, Wi-Fi MAC and LTE modem IMEI) and a casual
game with AdMob, Unity Ads, AppLovin and Liftoff / Vungle. Since Android 8
every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, order_no, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_dk": "android_id",
    "aid_is": "android_id",
    "aid_sk": "android_id",
    "aid_radio": "android_id",
    "aid_book": "android_id",
    "aid_bank": "android_id",
    "aid_gym": "android_id",
    "aid_locker": "android_id",
    "aid_tv": "android_id",
    "aid_dash": "android_id",
    "aid_game": "android_id",
    "tv_mac": "mac",
    "dash_mac": "mac",
    "tv_serial": "serial",
    "dash_serial": "serial",
    "dash_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
ACCOUNTS = ("dk_user", "is_user", "sk_user", "radio_user", "book_user", "bank_user")
ACCOUNTS2 = ("gym_member", "locker_user", "tv_user", "dash_user", "push_token")
NOT_DEVICE = frozenset({"email", "model", *ACCOUNTS, *ACCOUNTS2})


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone41(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_dk: str
    aid_is: str
    aid_sk: str
    aid_radio: str
    aid_book: str
    aid_bank: str
    aid_gym: str
    aid_locker: str
    aid_tv: str
    aid_dash: str
    aid_game: str
    tv_mac: str
    dash_mac: str
    tv_serial: str
    dash_serial: str
    dash_imei: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    dk_device: str
    is_install: str
    sk_fid: str
    radio_install: str
    book_device: str
    bank_binding: str
    gym_install: str
    locker_fid: str
    game_idfi: str
    game_applovin: str
    game_vungle: str
    mux_viewer: str
    # account ids and tokens (not device identifiers; never labelled as such)
    dk_user: str
    is_user: str
    sk_user: str
    radio_user: str
    book_user: str
    bank_user: str
    gym_member: str
    locker_user: str
    tv_user: str
    dash_user: str
    push_token: str
    model: str = "CPH2493"

    @classmethod
    def make(cls, rng: random.Random) -> Phone41:
        return cls(
            gaid=new_uuid(rng),
            aid_dk=new_hex(rng, 16),
            aid_is=new_hex(rng, 16),
            aid_sk=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_book=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_gym=new_hex(rng, 16),
            aid_locker=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            aid_dash=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            tv_mac=_mac(rng, "A8:23:FE"),
            dash_mac=_mac(rng, "EC:3D:FD").lower(),
            tv_serial=new_digits(rng, 3, "4") + "KCXY" + new_digits(rng, 5),
            dash_serial="TW" + new_hex(rng, 11).upper(),
            dash_imei=luhn_complete(new_digits(rng, 14, "86")),
            email=f"sigrun.halldorsdottir{rng.randint(10, 99)}@postur-example.is",
            dk_device=new_uuid(rng),
            is_install=new_hex(rng, 32),
            sk_fid="c" + new_hex(rng, 21),
            radio_install=new_uuid(rng).upper(),
            book_device="bb-" + new_hex(rng, 24),
            bank_binding=new_hex(rng, 40),
            gym_install=new_uuid(rng),
            locker_fid="e" + new_hex(rng, 21),
            game_idfi=new_uuid(rng),
            game_applovin=new_hex(rng, 32),
            game_vungle=new_uuid(rng),
            mux_viewer=new_uuid(rng),
            dk_user="drk-" + new_digits(rng, 9),
            is_user=new_digits(rng, 7, "6"),
            sk_user="sk" + new_hex(rng, 12),
            radio_user=new_digits(rng, 10, "3"),
            book_user="U" + new_digits(rng, 8),
            bank_user="1" + new_digits(rng, 9),
            gym_member="M" + new_digits(rng, 7),
            locker_user="zb" + new_digits(rng, 8),
            tv_user=new_hex(rng, 20),
            dash_user="drv_" + new_hex(rng, 10),
            push_token="f" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 44),
        )


class FB(LabelledBuilder):
    """Phone41's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


BUILD = "CPH2493 Build/UKQ1.230924.001"


def ua(app: str, ver: str) -> str:
    """What OkHttp apps on this phone put in User-Agent (app name first)."""
    return f"{app}/{ver} (Linux; U; Android 14; {BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android 14; {BUILD})"


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.5)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 70), 1)] for _ in range(n)]


rid = req_id
order_like = order_no

__all__ = ["FB", "KNOWN_ATTRS", "Phone41", "dalvik", "floats", "iso", "ms", "points"]
__all__ += ["order_like", "rf", "rid", "ua"]
