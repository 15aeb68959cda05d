"""The set-121 devices and the flow builder that labels every identifier it inserts.

A family in Quezon City, Davao and Iloilo: a Samsung Galaxy A55 (Android 14,
one ANDROID_ID per app, a Google advertising id), an iPhone 13 (IDFA, IDFV of
the rosary app), a Xiaomi TV box (Wi-Fi MAC, serial) and a fitness band (BLE
MAC, serial). Accounts, mobile numbers and the rider's fleet id are not device
identifiers and are never labelled as such.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "idfa": "idfa",
    "idfv_rosary": "idfv",
    "aid_sine": "android_id",
    "aid_tanghali": "android_id",
    "aid_palaro": "android_id",
    "aid_awit": "android_id",
    "aid_wallet": "android_id",
    "aid_bangko": "android_id",
    "aid_rider": "android_id",
    "aid_bentahan": "android_id",
    "box_mac": "mac",
    "band_mac": "mac",
    "box_serial": "serial",
    "band_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "sine_user", "wallet_user", "mobile", "bangko_cif", "rider_no", "seller"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone121(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    idfa: str
    idfv_rosary: str
    aid_sine: str
    aid_tanghali: str
    aid_palaro: str
    aid_awit: str
    aid_wallet: str
    aid_bangko: str
    aid_rider: str
    aid_bentahan: str
    box_mac: str
    band_mac: str
    box_serial: str
    band_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    af_uid_wallet: str
    adjust_adid: str
    fb_instance: str
    awit_install: str
    bangko_devbind: str
    # account ids (not device identifiers)
    sine_user: str
    wallet_user: str
    mobile: str
    bangko_cif: str
    rider_no: str
    seller: str
    model: str = "SM-A556E"

    @classmethod
    def make(cls, rng: random.Random) -> Phone121:
        return cls(
            gaid=new_uuid(rng),
            idfa=new_uuid(rng).upper(),
            idfv_rosary=new_uuid(rng).upper(),
            aid_sine=new_hex(rng, 16),
            aid_tanghali=new_hex(rng, 16),
            aid_palaro=new_hex(rng, 16),
            aid_awit=new_hex(rng, 16),
            aid_wallet=new_hex(rng, 16),
            aid_bangko=new_hex(rng, 16),
            aid_rider=new_hex(rng, 16),
            aid_bentahan=new_hex(rng, 16),
            box_mac=_mac(rng, "64:B4:73"),
            band_mac=_mac(rng, "E8:9F:6D"),
            box_serial="MDZ" + new_digits(rng, 5) + "/" + new_digits(rng, 8),
            band_serial="XMSH" + new_hex(rng, 10).upper(),
            email=f"ligaya.dimaculangan{rng.randint(10, 99)}@mailbox-example.ph",
            af_uid_wallet=f"17309{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            fb_instance=new_hex(rng, 32),
            awit_install=new_uuid(rng),
            bangko_devbind="DB-" + new_hex(rng, 24).upper(),
            sine_user="SP" + new_digits(rng, 9),
            wallet_user="W" + new_digits(rng, 11),
            mobile="+63917" + new_digits(rng, 7),
            bangko_cif=new_digits(rng, 10, "7"),
            rider_no="HR-DVO-" + new_digits(rng, 5),
            seller="tindahan_ni_" + new_hex(rng, 4),
        )


class FB(LabelledBuilder):
    """Phone121's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def android_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A556E Build/UP1A.231005.007)"


def ios_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPhone14,5; iOS 17.6.1; Scale/3.00)"


def box_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 9; MiBOX4 Build/PI)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone121",
    "android_ua",
    "box_ua",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "rf",
    "rid",
]
