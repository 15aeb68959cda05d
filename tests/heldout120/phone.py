"""The set-120 devices and the flow builder that labels every identifier it inserts.

A family in Addis Ababa, Adama and Bahir Dar shares a Samsung Galaxy A34
(Android 14), a Hisense Android TV (its Wi-Fi MAC and serial) and a smartwatch
(its BLE MAC). The phone runs a movie/series app, a broadcaster's live app, a
music app, a radio/podcast app, church audio apps, a football app, a ride-hailing
driver app, a mobile-money app and the telco's app; each sees its own ANDROID_ID.
Phone numbers (MSISDNs) and account ids are accounts, never device identifiers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_film": "android_id",
    "aid_live": "android_id",
    "aid_music": "android_id",
    "aid_radio": "android_id",
    "aid_church": "android_id",
    "aid_ball": "android_id",
    "aid_ride": "android_id",
    "aid_bank": "android_id",
    "aid_telco": "android_id",
    "imei": "imei",
    "serial": "serial",
    "tv_serial": "serial",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "film_user", "msisdn", "driver_id", "bank_wallet", "church_user"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone120(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_film: str
    aid_live: str
    aid_music: str
    aid_radio: str
    aid_church: str
    aid_ball: str
    aid_ride: str
    aid_bank: str
    aid_telco: str
    imei: str
    serial: str
    tv_serial: str
    tv_mac: str
    watch_mac: str
    email: str
    # ids SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    adjust_adid: str
    fb_anon: str
    onesignal_id: str
    fid: str
    bank_binding: str
    tv_install: str
    # accounts (never device identifiers)
    film_user: str
    msisdn: str
    driver_id: str
    bank_wallet: str
    church_user: str
    model: str = "SM-A346E"

    @classmethod
    def make(cls, rng: random.Random) -> Phone120:
        return cls(
            gaid=new_uuid(rng),
            aid_film=new_hex(rng, 16),
            aid_live=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_church=new_hex(rng, 16),
            aid_ball=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            serial="R58W" + new_hex(rng, 7).upper(),
            tv_serial="HE55A6" + new_digits(rng, 10),
            tv_mac=_mac(rng, "6C:D7:1F"),
            watch_mac=_mac(rng, "D4:9A:20"),
            email=f"meron.tadesse{rng.randint(10, 99)}@mailbox-example.org",
            af_uid=f"17309{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            fb_anon="XZ" + new_uuid(rng),
            onesignal_id=new_uuid(rng),
            fid="c" + new_hex(rng, 21),
            bank_binding=new_hex(rng, 40),
            tv_install=new_uuid(rng),
            film_user="u" + new_digits(rng, 9),
            msisdn="2519" + new_digits(rng, 8),
            driver_id="DRV-" + new_digits(rng, 7),
            bank_wallet="W" + new_digits(rng, 10),
            church_user=new_digits(rng, 7, "7"),
        )


class FB(LabelledBuilder):
    """Phone120's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A346E Build/UP1A.231005.007)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone120",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
