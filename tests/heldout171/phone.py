"""The set-171 devices and the flow builder that labels every identifier it inserts.

A family spread over Seoul, Busan and Daegu: the mother's Galaxy S24 (SM-S921N,
Android 14) runs the OTT streamer, the sermon app, the bank, the PASS-style
identity app, the delivery and navigation apps, Galaxy Wearable (a Galaxy Watch6
LTE and Galaxy Buds2 Pro) and SmartThings; the daughter's iPhone 15 runs the
webtoon portal and the music streamer (IDFA, one IDFV per vendor). The living
room has a Samsung TV with ACR and an IPTV set-top box leased from the telco.
Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
The set-top box is the telco's (rented): its MAC and serial are not the tester's
device identifiers and stay out of `device_attrs`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tests.heldout.flowmodel import Context
from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "idfa": "advertising_id",
    "idfv_toon": "device_id",
    "idfv_music": "device_id",
    "aid_ott": "android_id",
    "aid_sermon": "android_id",
    "aid_bank": "android_id",
    "aid_pass": "android_id",
    "aid_food": "android_id",
    "aid_navi": "android_id",
    "aid_wear": "android_id",
    "aid_st": "android_id",
    "phone_imei": "imei",
    "watch_imei": "imei",
    "watch_serial": "serial",
    "buds_serial": "serial",
    "watch_btmac": "mac",
    "buds_btmac": "mac",
    "tv_mac": "mac",
    "tv_duid": "device_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "phone_no",
        "pass_ci",
        "ott_user",
        "toon_user",
        "music_user",
        "sermon_user",
        "bank_cust",
        "food_user",
        "navi_user",
        "samsung_acct",
        "stb_mac",
        "stb_serial",
        "stb_said",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone171(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    idfa: str
    idfv_toon: str
    idfv_music: str
    aid_ott: str
    aid_sermon: str
    aid_bank: str
    aid_pass: str
    aid_food: str
    aid_navi: str
    aid_wear: str
    aid_st: str
    phone_imei: str
    watch_imei: str
    watch_serial: str
    buds_serial: str
    watch_btmac: str
    buds_btmac: str
    tv_mac: str
    tv_duid: str
    email: str
    # ids the SDKs and apps make up (device_id, not in known.yaml)
    ott_af_uid: str
    ott_dvc_key: str
    toon_ab_uuid: str
    toon_nnb: str
    music_hackle_id: str
    sermon_fid: str
    bank_fds_fp: str
    usim_iccid: str
    food_braze_id: str
    navi_install: str
    tv_tifa: str
    # accounts, tokens, and the telco's leased set-top box (never device ids here)
    phone_no: str
    pass_ci: str
    ott_user: str
    toon_user: str
    music_user: str
    sermon_user: str
    bank_cust: str
    food_user: str
    navi_user: str
    samsung_acct: str
    stb_mac: str
    stb_serial: str
    stb_said: str
    model: str = "SM-S921N"

    @classmethod
    def make(cls, rng: random.Random) -> Phone171:
        return cls(
            gaid=new_uuid(rng),
            idfa=new_uuid(rng).upper(),
            idfv_toon=new_uuid(rng).upper(),
            idfv_music=new_uuid(rng).upper(),
            aid_ott=new_hex(rng, 16),
            aid_sermon=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_pass=new_hex(rng, 16),
            aid_food=new_hex(rng, 16),
            aid_navi=new_hex(rng, 16),
            aid_wear=new_hex(rng, 16),
            aid_st=new_hex(rng, 16),
            phone_imei=luhn_complete(new_digits(rng, 14, "35")),
            watch_imei=luhn_complete(new_digits(rng, 14, "35")),
            watch_serial="R9W" + new_digits(rng, 3) + new_hex(rng, 5).upper(),
            buds_serial="R9PT" + new_digits(rng, 2) + new_hex(rng, 5).upper(),
            watch_btmac=_mac(rng, "B0:4A:6A"),
            buds_btmac=_mac(rng, "A8:79:8D"),
            tv_mac=_mac(rng, "70:2A:D5").lower(),
            tv_duid="0" + new_hex(rng, 12).upper(),
            email=f"seoyeon.kim{rng.randint(10, 99)}@example-mail.kr",
            ott_af_uid=f"17309{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            ott_dvc_key=new_uuid(rng),
            toon_ab_uuid=new_uuid(rng),
            toon_nnb=new_hex(rng, 13).upper(),
            music_hackle_id=new_uuid(rng),
            sermon_fid="e" + new_hex(rng, 21),
            bank_fds_fp=new_hex(rng, 40),
            usim_iccid="898205" + new_digits(rng, 13),
            food_braze_id=new_uuid(rng),
            navi_install=new_uuid(rng),
            tv_tifa=new_uuid(rng),
            phone_no="010" + new_digits(rng, 8),
            pass_ci=new_hex(rng, 44),
            ott_user="DB" + new_digits(rng, 10),
            toon_user="naver_" + new_hex(rng, 8),
            music_user=new_digits(rng, 9, "5"),
            sermon_user="m" + new_digits(rng, 6),
            bank_cust=new_digits(rng, 10, "2"),
            food_user=new_digits(rng, 11, "1"),
            navi_user="gz" + new_hex(rng, 12),
            samsung_acct=new_hex(rng, 10),
            stb_mac=_mac(rng, "00:1C:62"),
            stb_serial="HTV" + new_digits(rng, 11),
            stb_said="TT" + new_digits(rng, 9),
        )


class FB(LabelledBuilder):
    """Phone171's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


KST = timedelta(hours=9)


def kst14(c: Context) -> str:
    """The yyyyMMddHHmmss local-time stamp Korean backends write (KST, no zone)."""
    return (datetime.fromtimestamp(c.now, UTC) + KST).strftime("%Y%m%d%H%M%S")


def kst_iso(c: Context) -> str:
    return (datetime.fromtimestamp(c.now, UTC) + KST).strftime("%Y-%m-%dT%H:%M:%S+09:00")


def ua_android(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; SM-S921N Build/UP1A.231005.007; ko-KR)"


def ua_ios(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPhone15,4; iOS 17.6.1; ko_KR) CFNetwork/1498.700.2 Darwin/23.6.0"


def points(rng: random.Random, n: int, w: int = 720, h: int = 960) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.35, h * 0.6)
    return [[round(cx + rng.gauss(0, 70), 1), round(cy + rng.gauss(0, 90), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone171",
    "floats",
    "iso",
    "kst14",
    "kst_iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua_android",
    "ua_ios",
]
