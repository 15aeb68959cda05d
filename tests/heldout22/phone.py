"""The set-22 devices and the flow builder that labels every identifier it inserts.

A Samsung Galaxy A54 (SM-A546B, Android 14, One UI 6.1, French CSC "XEF") used
in France, Spain and Italy runs eight apps: a French TV streaming app, a Spanish
bank with voice biometrics, the Italian CIE eID app, a dating app, a car-sharing
app (the car's telematics box: its LTE modem IMEI, serial and BLE MAC), a public
radio / podcast app, an AR beauty try-on app and a casual game with ad mediation.
Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per
app. Ordinary apps cannot read the IMEI or serial on Android 14: only Samsung's
own privileged system services send the phone's, so only they carry them here.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_tv": "android_id",
    "aid_bank": "android_id",
    "aid_cie": "android_id",
    "aid_date": "android_id",
    "aid_car": "android_id",
    "aid_radio": "android_id",
    "aid_beauty": "android_id",
    "aid_game": "android_id",
    "sa_did": "device_id",
    "imei": "imei",
    "tcu_imei": "imei",
    "wifi_mac": "mac",
    "tcu_mac": "mac",
    "serial": "serial",
    "tcu_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "tv_user", "bank_user", "cie_user", "date_user", "car_user", "radio_user",
     "beauty_user", "game_user", "push_token"}
)  # fmt: skip

_ALNUM = string.ascii_letters + string.digits


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_ALNUM) for _ in range(n))


@dataclass(frozen=True, slots=True)
class Phone22(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_tv: str
    aid_bank: str
    aid_cie: str
    aid_date: str
    aid_car: str
    aid_radio: str
    aid_beauty: str
    aid_game: str
    sa_did: str
    imei: str
    tcu_imei: str
    wifi_mac: str
    tcu_mac: str
    serial: str
    tcu_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    tv_fid: str
    piano_idclient: str
    bank_device_uuid: str
    date_install: str
    beauty_fid: str
    applovin_uuid: str
    ogury_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    tv_user: str
    bank_user: str
    cie_user: str
    date_user: str
    car_user: str
    radio_user: str
    beauty_user: str
    game_user: str
    push_token: str
    model: str = "SM-A546B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone22:
        return cls(
            gaid=new_uuid(rng),
            aid_tv=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_cie=new_hex(rng, 16),
            aid_date=new_hex(rng, 16),
            aid_car=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_beauty=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            sa_did=_alnum(rng, 32),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            tcu_imei=luhn_complete(new_digits(rng, 14, "86")),
            wifi_mac=_mac(rng, "8C:71:F8").lower(),
            tcu_mac=_mac(rng, "00:1E:C0"),
            serial="R5CW" + new_digits(rng, 2) + _alnum(rng, 5).upper(),
            tcu_serial="CBX4" + new_digits(rng, 9),
            email=f"lucie.marchetti{rng.randint(10, 99)}@courriel-exemple.fr",
            tv_fid="c" + _alnum(rng, 21),
            piano_idclient=new_uuid(rng),
            bank_device_uuid=new_uuid(rng).upper(),
            date_install=new_uuid(rng),
            beauty_fid="e" + _alnum(rng, 21),
            applovin_uuid=new_uuid(rng),
            ogury_install=new_uuid(rng),
            tv_user="u" + new_digits(rng, 10),
            bank_user="CLI" + new_digits(rng, 9),
            cie_user="spid_" + new_hex(rng, 12),
            date_user=new_hex(rng, 24),
            car_user="drv-" + new_digits(rng, 7),
            radio_user=new_hex(rng, 20),
            beauty_user="bt" + new_digits(rng, 9),
            game_user="p" + new_digits(rng, 11),
            push_token=_alnum(rng, 11) + ":APA91b" + _alnum(rng, 60),
        )


class FB(LabelledBuilder):
    """Phone22's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def points(rng: random.Random, n: int, w: int = 720, h: int = 960) -> list[list[float]]:
    """A face-shaped cloud of image coordinates (landmarks around one centre)."""
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.35, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


def okua(app: str, ver: str) -> str:
    """The User-Agent an OkHttp app with a custom interceptor sends."""
    return f"{app}/{ver} (Android 14; SM-A546B; Build/UP1A.231005.007)"


def dalvik() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"


def chrome_ua() -> str:
    return (
        "Mozilla/5.0 (Linux; Android 14; SM-A546B Build/UP1A.231005.007; wv) "
        "AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.134 "
        "Mobile Safari/537.36"
    )


rid = req_id

__all__ = [
    "CONTACT_KINDS", "FB", "KNOWN_ATTRS", "Phone22", "chrome_ua", "dalvik", "floats", "iso",
    "ms", "okua", "points", "rf", "rid",
]  # fmt: skip
