"""The set-14 devices and the flow builder that labels every identifier it inserts.

An Amazon Fire HD 10 (11th gen, model KFTRWI) on Fire OS 8 (Android 11 base,
API 30) without Google services: ad SDKs read Amazon's advertising id from
Settings.Secure "advertising_id" instead of a GAID. Since Android 8 every app
sees its own ANDROID_ID, so known.yaml lists one per app. The tablet is also
the remote of a Roku TV (its serial, ECP device-id, RIDA and Wi-Fi MAC show on
the LAN and in Roku's cloud) and is paired with two hearing aids (their serials
and BLE addresses). Amazon's own device telemetry carries the tablet's DSN.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "adid": "advertising_id",
    "rida": "advertising_id",
    "aid_meet": "android_id",
    "aid_kids": "android_id",
    "aid_pv": "android_id",
    "aid_remote": "android_id",
    "aid_hear": "android_id",
    "aid_face": "android_id",
    "aid_quran": "android_id",
    "aid_game": "android_id",
    "fire_dsn": "serial",
    "roku_serial": "serial",
    "ha_left_serial": "serial",
    "ha_right_serial": "serial",
    "roku_devid": "device_id",
    "fire_mac": "mac",
    "roku_mac": "mac",
    "ha_left_mac": "mac",
    "ha_right_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "meet_user",
        "kids_profile",
        "pv_customer",
        "remote_user",
        "hear_user",
        "face_user",
        "quran_user",
        "game_player",
    }
)

MODEL = "KFTRWI"
BUILD = "RS8332.3115N"
LAN_TV = "192.168.1.47"


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def _mac(rng: random.Random, oui: str, upper: bool = True) -> str:
    mac = oui + ":" + ":".join(new_hex(rng, 2) for _ in range(3))
    return mac.upper() if upper else mac.lower()


@dataclass(frozen=True, slots=True)
class Tablet14(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    adid: str
    rida: str
    aid_meet: str
    aid_kids: str
    aid_pv: str
    aid_remote: str
    aid_hear: str
    aid_face: str
    aid_quran: str
    aid_game: str
    fire_dsn: str
    roku_serial: str
    ha_left_serial: str
    ha_right_serial: str
    roku_devid: str
    fire_mac: str
    roku_mac: str
    ha_left_mac: str
    ha_right_mac: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    meet_anon: str
    meet_install: str
    kids_endpoint: str
    pv_device: str
    remote_client: str
    hear_install: str
    face_install: str
    quran_install: str
    game_auid: str
    # account ids and tokens (not device identifiers; never labelled as such)
    meet_user: str
    kids_profile: str
    pv_customer: str
    remote_user: str
    hear_user: str
    face_user: str
    quran_user: str
    game_player: str
    model: str = MODEL

    @classmethod
    def make(cls, rng: random.Random) -> Tablet14:
        return cls(
            adid=new_uuid(rng),
            rida=new_uuid(rng),
            aid_meet=new_hex(rng, 16),
            aid_kids=new_hex(rng, 16),
            aid_pv=new_hex(rng, 16),
            aid_remote=new_hex(rng, 16),
            aid_hear=new_hex(rng, 16),
            aid_face=new_hex(rng, 16),
            aid_quran=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            fire_dsn="G0W1" + _alnum(rng, 12),
            roku_serial="YG00" + _alnum(rng, 8),
            ha_left_serial="2319S" + new_digits(rng, 6),
            ha_right_serial="2319S" + new_digits(rng, 6),
            roku_devid="S0" + _alnum(rng, 10),
            fire_mac=_mac(rng, "f0:81:73", upper=False),
            roku_mac=_mac(rng, "d8:31:34", upper=False),
            ha_left_mac=_mac(rng, "E4:7C:F9"),
            ha_right_mac=_mac(rng, "E4:7C:F9"),
            email=f"yusuf.amadi{rng.randint(10, 99)}@post-example.net",
            meet_anon=new_uuid(rng),
            meet_install="inst-" + new_hex(rng, 24),
            kids_endpoint=new_uuid(rng),
            pv_device=new_hex(rng, 56),
            remote_client=new_uuid(rng).upper(),
            hear_install=new_uuid(rng),
            face_install=new_hex(rng, 32),
            quran_install=new_uuid(rng),
            game_auid="a" + new_hex(rng, 31),
            meet_user="usr_" + new_hex(rng, 20),
            kids_profile="amzn1.kids.profile." + new_hex(rng, 12),
            pv_customer="A" + _alnum(rng, 13),
            remote_user="R" + new_digits(rng, 9),
            hear_user=new_digits(rng, 8, "5"),
            face_user="fu" + new_hex(rng, 14),
            quran_user=new_digits(rng, 7, "9"),
            game_player="P" + new_digits(rng, 10),
        )


class FB(LabelledBuilder):
    """Tablet14's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def points(rng: random.Random, n: int, w: int = 1280, h: int = 800) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 70), 1)] for _ in range(n)]


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 11; {MODEL} Build/{BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android 11; {MODEL} Build/{BUILD})"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "LAN_TV",
    "MODEL",
    "Tablet14",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
