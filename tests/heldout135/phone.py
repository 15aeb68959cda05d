"""The set-135 devices and the flow builder that labels every identifier it inserts.

A family between Osaka and Sapporo: the father's Sony Xperia 1 V (Android 14)
runs a catch-up TV portal, an anime streaming app, a radio simulcast app, a
karaoke app, a bank/securities app with eKYC, a dating app and a fitness app;
the daughter's iPhone runs a manga app and a vtuber avatar app (IDFA, IDFV).
The household also has a smart TV with a Hybridcast data-broadcast app (Wi-Fi
MAC, serial), a game console (serial, MAC) and a car navigation unit (serial,
LTE module IMEI). Every Android app sees its own ANDROID_ID.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "idfa": "advertising_id",
    "aid_catchup": "android_id",
    "aid_anime": "android_id",
    "aid_radio": "android_id",
    "aid_karaoke": "android_id",
    "aid_bank": "android_id",
    "aid_date": "android_id",
    "aid_fit": "android_id",
    "idfv": "device_id",
    "tv_mac": "mac",
    "console_mac": "mac",
    "tv_serial": "serial",
    "console_serial": "serial",
    "navi_serial": "serial",
    "navi_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "catchup_user", "anime_user", "bank_user", "date_user", "manga_user"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone135(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    idfa: str
    aid_catchup: str
    aid_anime: str
    aid_radio: str
    aid_karaoke: str
    aid_bank: str
    aid_date: str
    aid_fit: str
    idfv: str
    tv_mac: str
    console_mac: str
    tv_serial: str
    console_serial: str
    navi_serial: str
    navi_imei: str
    email: str
    # ids that SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    adjust_adid: str
    fb_instance: str
    repro_device: str
    anime_tanmatsu: str
    manga_install: str
    vtuber_install: str
    # accounts (never device identifiers)
    catchup_user: str
    anime_user: str
    bank_user: str
    date_user: str
    manga_user: str
    model: str = "XQ-DQ44"

    @classmethod
    def make(cls, rng: random.Random) -> Phone135:
        return cls(
            gaid=new_uuid(rng),
            idfa=new_uuid(rng).upper(),
            aid_catchup=new_hex(rng, 16),
            aid_anime=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_karaoke=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_date=new_hex(rng, 16),
            aid_fit=new_hex(rng, 16),
            idfv=new_uuid(rng).upper(),
            tv_mac=_mac(rng, "FC:F1:52"),
            console_mac=_mac(rng, "70:9E:29").lower(),
            tv_serial="KJ" + new_digits(rng, 8, "7"),
            console_serial="E" + new_digits(rng, 11, "9"),
            navi_serial="NX" + new_hex(rng, 8).upper(),
            navi_imei=luhn_complete(new_digits(rng, 14, "35")),
            email=f"takeshi.yamaguchi{rng.randint(10, 99)}@mail-example.jp",
            af_uid=f"17301{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            fb_instance=new_hex(rng, 32),
            repro_device=new_uuid(rng).upper(),
            anime_tanmatsu="AN" + new_hex(rng, 20),
            manga_install=new_uuid(rng),
            vtuber_install=new_hex(rng, 24),
            catchup_user="mp" + new_digits(rng, 10),
            anime_user=new_digits(rng, 9, "3"),
            bank_user="KZ" + new_digits(rng, 7),
            date_user="u" + new_hex(rng, 12),
            manga_user=new_digits(rng, 8, "6"),
        )


class FB(LabelledBuilder):
    """Phone135's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; ja-JP; XQ-DQ44 Build/67.1.A.2.118)"


def ios_ua(app: str, ver: str, build: str = "1") -> str:
    return f"{app}/{ver} ({build}) CFNetwork/1494.0.7 Darwin/23.4.0"


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone135", "floats", "ios_ua", "iso", "ms", "rf", "rid", "ua"]
