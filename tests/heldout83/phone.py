"""The set-83 devices and the flow builder that labels every identifier it inserts.

A Samsung Galaxy A15 (SM-A155F, Android 14) in Dhaka runs a Bengali streaming
app, a cricket app, a music / audiobook app, a mobile-finance wallet with face
eKYC, a bank with voice-ID login and a ride-hailing driver app; a Walton-badged
Android TV box (Xiaomi-style Mi Box firmware) runs a Nepali streaming app.
Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per
app, plus the TV box's own ANDROID_ID, advertising id, Wi-Fi MAC and serial.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "tv_gaid": "advertising_id",
    "aid_chobi": "android_id",
    "aid_cricket": "android_id",
    "aid_gaan": "android_id",
    "aid_taka": "android_id",
    "aid_bank": "android_id",
    "aid_driver": "android_id",
    "tv_aid": "android_id",
    "tv_mac": "mac",
    "tv_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "chobi_user",
        "herne_user",
        "gaan_user",
        "taka_wallet",
        "taka_push",
        "bank_cust",
        "driver_code",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone83(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    tv_gaid: str
    aid_chobi: str
    aid_cricket: str
    aid_gaan: str
    aid_taka: str
    aid_bank: str
    aid_driver: str
    tv_aid: str
    tv_mac: str
    tv_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    fb_anon: str
    af_uid: str
    ga_instance: str
    unity_idfi: str
    chobi_device: str
    herne_install: str
    gaan_install: str
    taka_devfp: str
    driver_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    chobi_user: str
    herne_user: str
    gaan_user: str
    taka_wallet: str
    taka_push: str
    bank_cust: str
    driver_code: str
    model: str = "SM-A155F"

    @classmethod
    def make(cls, rng: random.Random) -> Phone83:
        return cls(
            gaid=new_uuid(rng),
            tv_gaid=new_uuid(rng),
            aid_chobi=new_hex(rng, 16),
            aid_cricket=new_hex(rng, 16),
            aid_gaan=new_hex(rng, 16),
            aid_taka=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_driver=new_hex(rng, 16),
            tv_aid=new_hex(rng, 16),
            tv_mac=_mac(rng, "64:CC:2E"),
            tv_serial=new_digits(rng, 5, "2") + "/" + new_hex(rng, 8).upper(),
            email=f"farhana.akter{rng.randint(10, 99)}@mail-example.com.bd",
            fb_anon="XZ" + new_uuid(rng),
            af_uid=f"17310{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            ga_instance=new_hex(rng, 32),
            unity_idfi=new_uuid(rng),
            chobi_device=new_uuid(rng),
            herne_install="hn-" + new_hex(rng, 20),
            gaan_install=new_uuid(rng).upper(),
            taka_devfp=new_hex(rng, 64),
            driver_install=new_uuid(rng),
            chobi_user="CH" + new_digits(rng, 9),
            herne_user="np" + new_digits(rng, 8),
            gaan_user=new_hex(rng, 24),
            taka_wallet="01" + new_digits(rng, 9, "7"),
            taka_push="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
            bank_cust="CIF" + new_digits(rng, 10),
            driver_code="DRV-" + new_digits(rng, 7),
        )


class FB(LabelledBuilder):
    """Phone83's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A155F Build/UP1A.231005.007)"


def tv_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 11; MiTV-AESP0 Build/RTT2.220118.001)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone83",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "tv_ua",
    "ua",
]
