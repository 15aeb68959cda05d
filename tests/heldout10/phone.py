"""The set-10 devices and the flow builder that labels every identifier it inserts.

A Xiaomi Redmi Note 13 (model 23129RAA4G, Android 14, HyperOS 1.0) runs eight
apps: a short-video app, an online-education app with live classes, a face
beautifying photo editor, a health-insurance app with a face scan for vital
signs, a taxi app (the user drives), an OTT sports app, an e-reader with
audiobooks and a mobile game with ad SDKs. The phone is paired with a car head
unit (serial, Bluetooth MAC, T-Box modem IMEI) and a fitness mirror (serial,
Wi-Fi and BLE MACs).

Identifiers: the Google advertising id; the MSA (Mobile Security Alliance)
OAID / VAID / AAID that Xiaomi's `com.android.id.impl.IdProviderImpl` serves
through the MSA SDK (`IdSupplier.getOAID()/getVAID()/getAAID()`; Xiaomi OAIDs
and VAIDs are 16 hex characters, AAIDs are per app); one ANDROID_ID per app
(Android 8+ scopes it per signing key); the device_id / install_id a
Volcengine / ByteDance AppLog `device_register` answer hands back.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "oaid": "advertising_id",
    "vaid": "device_id",
    "aaid_video": "install_id",
    "aaid_photo": "install_id",
    "aid_video": "android_id",
    "aid_edu": "android_id",
    "aid_photo": "android_id",
    "aid_health": "android_id",
    "aid_taxi": "android_id",
    "aid_ott": "android_id",
    "aid_book": "android_id",
    "aid_game": "android_id",
    "car_serial": "serial",
    "mirror_serial": "serial",
    "car_bt_mac": "mac",
    "mirror_mac": "mac",
    "mirror_ble_mac": "mac",
    "car_imei": "imei",
    "video_did": "device_id",
    "video_iid": "install_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "video_user",
        "edu_user",
        "photo_user",
        "health_member",
        "taxi_driver",
        "ott_user",
        "book_user",
        "game_player",
        "car_account",
        "mirror_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone10(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    oaid: str
    vaid: str
    aaid_video: str
    aaid_photo: str
    aid_video: str
    aid_edu: str
    aid_photo: str
    aid_health: str
    aid_taxi: str
    aid_ott: str
    aid_book: str
    aid_game: str
    car_serial: str
    mirror_serial: str
    car_bt_mac: str
    mirror_mac: str
    mirror_ble_mac: str
    car_imei: str
    video_did: str
    video_iid: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    video_cdid: str
    video_clientudid: str
    edu_fid: str
    photo_install: str
    health_install: str
    taxi_install: str
    ott_clid: str
    ott_segment_anon: str
    book_install: str
    game_ym_uuid: str
    game_mtg_sysid: str
    # account ids and tokens (not device identifiers; never labelled as such)
    video_user: str
    edu_user: str
    photo_user: str
    health_member: str
    taxi_driver: str
    ott_user: str
    book_user: str
    game_player: str
    car_account: str
    mirror_user: str
    model: str = "23129RAA4G"

    @classmethod
    def make(cls, rng: random.Random) -> Phone10:
        return cls(
            gaid=new_uuid(rng),
            oaid=new_hex(rng, 16),
            vaid=new_hex(rng, 16),
            aaid_video=new_uuid(rng),
            aaid_photo=new_uuid(rng),
            aid_video=new_hex(rng, 16),
            aid_edu=new_hex(rng, 16),
            aid_photo=new_hex(rng, 16),
            aid_health=new_hex(rng, 16),
            aid_taxi=new_hex(rng, 16),
            aid_ott=new_hex(rng, 16),
            aid_book=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            car_serial="HU8" + new_hex(rng, 11).upper(),
            mirror_serial="FM" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            car_bt_mac=_mac(rng, "00:1B:DC"),
            mirror_mac=_mac(rng, "B8:27:EB").lower(),
            mirror_ble_mac=_mac(rng, "E4:5F:01"),
            car_imei=luhn_complete(new_digits(rng, 14, "86")),
            video_did=new_digits(rng, 19, "74"),
            video_iid=new_digits(rng, 19, "74"),
            email=f"li.wenjing{rng.randint(10, 99)}@post-example.cn",
            video_cdid=new_uuid(rng),
            video_clientudid=new_uuid(rng),
            edu_fid="c" + new_hex(rng, 21),
            photo_install=new_uuid(rng),
            health_install=new_uuid(rng).upper(),
            taxi_install=new_hex(rng, 32),
            ott_clid=".".join(new_digits(rng, 10) for _ in range(4)),
            ott_segment_anon=new_uuid(rng),
            book_install=new_uuid(rng),
            game_ym_uuid=new_hex(rng, 32),
            game_mtg_sysid=new_uuid(rng),
            video_user=new_digits(rng, 10, "2"),
            edu_user="stu" + new_digits(rng, 8),
            photo_user="m" + new_digits(rng, 9),
            health_member="HM-" + new_digits(rng, 9),
            taxi_driver="D" + new_digits(rng, 11),
            ott_user=new_hex(rng, 24),
            book_user=new_digits(rng, 9, "5"),
            game_player="p_" + new_hex(rng, 12),
            car_account="car_" + new_hex(rng, 10),
            mirror_user="mu" + new_digits(rng, 8),
        )


class FB(LabelledBuilder):
    """Phone10's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


BUILD = "UKQ1.231003.002"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; zh_CN; 23129RAA4G; Build/{BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android 14; 23129RAA4G Build/{BUILD})"


def points(rng: random.Random, n: int, w: int = 1080, h: int = 1440) -> list[list[float]]:
    """n image points clustered where a face would be (landmarks, or a decoy's route)."""
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.6)
    return [[round(cx + rng.gauss(0, 90), 2), round(cy + rng.gauss(0, 120), 2)] for _ in range(n)]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone10",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
