"""The set-144 household's devices and the flow builder that labels every id it inserts.

A family in Seoul and Busan: a Galaxy S24 (Android 14) runs most apps, an iPhone 15
runs the OTT and messenger, and the family owns a smart TV with ACR, an IPTV
set-top box, a Galaxy Watch and a car whose infotainment app talks to the cloud.
Every Android app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.flowmodel import Context
from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "idfa": "advertising_id",
    "aid_ott": "android_id",
    "aid_music": "android_id",
    "aid_shop": "android_id",
    "aid_pod": "android_id",
    "aid_bank": "android_id",
    "aid_stock": "android_id",
    "aid_talk": "android_id",
    "aid_kids": "android_id",
    "aid_game": "android_id",
    "imei": "imei",
    "wifi_mac": "mac",
    "tv_mac": "mac",
    "stb_mac": "mac",
    "watch_bt_mac": "mac",
    "watch_serial": "serial",
    "stb_serial": "serial",
    "car_hu_serial": "serial",
    "idfv_ott": "device_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "phone_no",
        "ott_user",
        "music_user",
        "shop_user",
        "bank_cust",
        "stock_acct",
        "talk_user",
        "kids_profile",
        "game_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Household144(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    idfa: str
    aid_ott: str
    aid_music: str
    aid_shop: str
    aid_pod: str
    aid_bank: str
    aid_stock: str
    aid_talk: str
    aid_kids: str
    aid_game: str
    imei: str
    wifi_mac: str
    tv_mac: str
    stb_mac: str
    watch_bt_mac: str
    watch_serial: str
    stb_serial: str
    car_hu_serial: str
    idfv_ott: str
    email: str
    # ids SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    adbrix_uuid: str
    airbridge_uuid: str
    fcm_fid: str
    tv_psid: str
    ott_pcid: str
    bank_fds_token: str
    game_guest_key: str
    # accounts, phone numbers and tokens (never device ids)
    phone_no: str
    ott_user: str
    music_user: str
    shop_user: str
    bank_cust: str
    stock_acct: str
    talk_user: str
    kids_profile: str
    game_user: str
    model: str = "SM-S921N"

    @classmethod
    def make(cls, rng: random.Random) -> Household144:
        return cls(
            gaid=new_uuid(rng),
            idfa=new_uuid(rng).upper(),
            aid_ott=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_shop=new_hex(rng, 16),
            aid_pod=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_stock=new_hex(rng, 16),
            aid_talk=new_hex(rng, 16),
            aid_kids=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            wifi_mac=_mac(rng, "5C:CB:99"),
            tv_mac=_mac(rng, "64:1C:AE").lower(),
            stb_mac=_mac(rng, "00:1E:B8"),
            watch_bt_mac=_mac(rng, "A0:B7:65"),
            watch_serial="R9WT" + new_hex(rng, 7).upper(),
            stb_serial="KT" + new_digits(rng, 4) + "G" + new_hex(rng, 8).upper(),
            car_hu_serial="HUAVN" + new_digits(rng, 11),
            idfv_ott=new_uuid(rng).upper(),
            email=f"minji.park{rng.randint(10, 99)}@mail-example.kr",
            af_uid=f"17331{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adbrix_uuid=new_uuid(rng),
            airbridge_uuid=new_uuid(rng),
            fcm_fid="c" + new_hex(rng, 21),
            tv_psid=new_hex(rng, 32),
            ott_pcid="PC" + new_digits(rng, 17),
            bank_fds_token=new_hex(rng, 40),
            game_guest_key="G" + new_hex(rng, 23).upper(),
            phone_no="010-" + new_digits(rng, 4) + "-" + new_digits(rng, 4),
            ott_user="U" + new_digits(rng, 10),
            music_user=new_digits(rng, 9, "7"),
            shop_user="shp" + new_hex(rng, 10),
            bank_cust=new_digits(rng, 12, "9"),
            stock_acct=new_digits(rng, 8) + "-01",
            talk_user=new_digits(rng, 11, "2"),
            kids_profile="kp_" + new_hex(rng, 8),
            game_user="GU" + new_digits(rng, 12),
        )


class FB(LabelledBuilder):
    """Household144's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def galaxy_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; SM-S921N Build/UP1A.231005.007)"


def iphone_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPhone15,4; iOS 17.6.1; Scale/3.00)"


def builder(c: Context, sdk: str, method: str, url: str, agent: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", agent)
    b.header("accept-language", "ko-KR,ko;q=0.9")
    return b


def kst(c: Context) -> str:
    """Seoul local time as Korean backends print it (yyyyMMddHHmmss)."""
    from datetime import UTC, datetime, timedelta

    return (datetime.fromtimestamp(c.now, UTC) + timedelta(hours=9)).strftime("%Y%m%d%H%M%S")


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Household144",
    "builder",
    "floats",
    "galaxy_ua",
    "iphone_ua",
    "iso",
    "kst",
    "ms",
    "rf",
    "rid",
]
