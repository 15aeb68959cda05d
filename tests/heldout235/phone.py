"""The set-235 devices and the flow builder that labels every identifier it inserts.

One Slovak family, four phones and four other devices:

* otec (father, Bratislava): Samsung Galaxy S23 with the bank app (Innovatrics
  selfie onboarding, voice authentication) and the robot lawnmower's app; the
  living room holds an IPTV set-top box (an Android TV operator box on a
  Kaltura-OTT-style middleware) and a smart TV with automatic content
  recognition (ACR);
* mama (mother, Košice): Samsung Galaxy A35 with the Slovak radio / podcast /
  music app;
* syn (son, a student in Prague): Pixel 8 with the Slovak TV channels'
  streaming app and an LTE smartwatch (eSIM, so it has an IMEI);
* strýko (uncle, Košice): Xiaomi Redmi Note 13 with the Niké liga football app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_otec": "advertising_id",
    "gaid_mama": "advertising_id",
    "gaid_syn": "advertising_id",
    "gaid_stryko": "advertising_id",
    "aid_banka": "android_id",
    "aid_radio": "android_id",
    "aid_tv": "android_id",
    "aid_liga": "android_id",
    "aid_hodinky": "android_id",
    "aid_kosacka": "android_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "hodinky_mac": "mac",
    "kosacka_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
    "hodinky_serial": "serial",
    "kosacka_serial": "serial",
    "hodinky_imei": "imei",
}
NOT_DEVICE = frozenset(
    {
        "banka_klient",
        "tv_user",
        "radio_user",
        "liga_user",
        "hodinky_user",
        "kosacka_user",
        "box_ks",
        "smarttv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family235(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_otec: str
    gaid_mama: str
    gaid_syn: str
    gaid_stryko: str
    aid_banka: str
    aid_radio: str
    aid_tv: str
    aid_liga: str
    aid_hodinky: str
    aid_kosacka: str
    box_mac: str
    tv_mac: str
    hodinky_mac: str
    kosacka_mac: str
    box_serial: str
    tv_serial: str
    hodinky_serial: str
    kosacka_serial: str
    hodinky_imei: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    tv_fid: str
    tv_app_instance: str
    liga_af_uid: str
    liga_fb_anon: str
    radio_adjust_uuid: str
    banka_device_key: str
    smarttv_psid: str
    box_udid: str
    hodinky_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    banka_klient: str
    tv_user: str
    radio_user: str
    liga_user: str
    hodinky_user: str
    kosacka_user: str
    box_ks: str
    smarttv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family235:
        return cls(
            gaid_otec=new_uuid(rng),
            gaid_mama=new_uuid(rng),
            gaid_syn=new_uuid(rng),
            gaid_stryko=new_uuid(rng),
            aid_banka=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            aid_liga=new_hex(rng, 16),
            aid_hodinky=new_hex(rng, 16),
            aid_kosacka=new_hex(rng, 16),
            box_mac=_mac(rng, "E0:B7:B1"),
            tv_mac=_mac(rng, "54:E4:BD"),
            hodinky_mac=_mac(rng, "A4:C1:38"),
            kosacka_mac=_mac(rng, "24:0A:C4"),
            box_serial="SK" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            tv_serial=new_digits(rng, 2, "3") + "TV" + new_digits(rng, 9),
            hodinky_serial="W" + new_hex(rng, 11).upper(),
            kosacka_serial="RM" + new_digits(rng, 10, "2"),
            hodinky_imei=luhn_complete("35" + new_digits(rng, 12)),
            tv_fid="f" + new_hex(rng, 21),
            tv_app_instance=new_hex(rng, 32),
            liga_af_uid=f"17356{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            liga_fb_anon="XZ" + new_uuid(rng),
            radio_adjust_uuid=new_uuid(rng),
            banka_device_key=new_uuid(rng).upper(),
            smarttv_psid=new_hex(rng, 32),
            box_udid=new_hex(rng, 40),
            hodinky_install=new_uuid(rng),
            banka_klient="KL" + new_digits(rng, 8),
            tv_user="usr" + new_digits(rng, 9),
            radio_user=new_digits(rng, 8, "5"),
            liga_user="fan_" + new_hex(rng, 10),
            hodinky_user=new_digits(rng, 11, "7"),
            kosacka_user="mow-" + new_hex(rng, 12),
            box_ks="djJ8" + new_hex(rng, 60),
            smarttv_account="tva-" + new_hex(rng, 14),
        )


class FB(LabelledBuilder):
    """Family235's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "otec": ("14", "SM-S911B", "UP1A.231005.007"),
    "mama": ("14", "SM-A356B", "UP1A.231005.007"),
    "syn": ("15", "Pixel 8", "AP3A.241005.015"),
    "stryko": ("14", "23117RA68G", "UKQ1.231003.002"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik(who: str) -> str:
    osv, model, build = PHONES[who]
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "PHONES",
    "Family235",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
