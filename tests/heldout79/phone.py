"""The set-79 devices and the flow builder that labels every identifier it inserts.

A Motorola moto g85 (Android 14) runs a Polish, a Czech and a Hungarian
streaming app, a football / handball app, a music and audiobook app, a bank with
face liveness, a voice-banking hotline app and a courier app with selfie checks.
The family's LG webOS TV (Wi-Fi MAC, LGUDID ad id) sends its content recognition.
Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_pl": "android_id",
    "aid_cz": "android_id",
    "aid_hu": "android_id",
    "aid_sport": "android_id",
    "aid_music": "android_id",
    "aid_bank": "android_id",
    "aid_voice": "android_id",
    "aid_courier": "android_id",
    "imei": "imei",
    "tv_mac": "mac",
    "wifi_mac": "mac",
    "tv_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "pl_user", "cz_user", "hu_user", "bank_user", "courier_user", "push"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone79(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_pl: str
    aid_cz: str
    aid_hu: str
    aid_sport: str
    aid_music: str
    aid_bank: str
    aid_voice: str
    aid_courier: str
    imei: str
    tv_mac: str
    wifi_mac: str
    tv_serial: str
    email: str
    # ids SDKs and apps make up (device_id, not in known.yaml)
    tv_udid: str
    app_instance: str
    af_uid: str
    adjust_uuid: str
    braze_device: str
    gemius_uid: str
    pl_install: str
    music_install: str
    bank_fp: str
    # accounts and tokens (never device identifiers)
    pl_user: str
    cz_user: str
    hu_user: str
    bank_user: str
    courier_user: str
    push: str
    model: str = "moto g85 5G"

    @classmethod
    def make(cls, rng: random.Random) -> Phone79:
        return cls(
            gaid=new_uuid(rng),
            aid_pl=new_hex(rng, 16),
            aid_cz=new_hex(rng, 16),
            aid_hu=new_hex(rng, 16),
            aid_sport=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_voice=new_hex(rng, 16),
            aid_courier=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            tv_mac=_mac(rng, "A8:23:FE").lower(),
            wifi_mac=_mac(rng, "9C:5A:81"),
            tv_serial="311KR" + new_hex(rng, 7).upper(),
            email=f"zofia.novakova{rng.randint(10, 99)}@poczta-example.pl",
            tv_udid=new_uuid(rng),
            app_instance=new_hex(rng, 32),
            af_uid=f"17{new_digits(rng, 11)}-{new_digits(rng, 19)}",
            adjust_uuid=new_uuid(rng),
            braze_device=new_uuid(rng),
            gemius_uid=new_hex(rng, 12) + "." + new_digits(rng, 10, "1"),
            pl_install=new_uuid(rng).upper(),
            music_install=new_hex(rng, 24),
            bank_fp=new_hex(rng, 64),
            pl_user="u" + new_digits(rng, 9),
            cz_user=new_digits(rng, 8, "7"),
            hu_user="hu-" + new_hex(rng, 12),
            bank_user="KL" + new_digits(rng, 10),
            courier_user="C" + new_digits(rng, 7),
            push="f" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Phone79's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; moto g85 5G Build/U1UUS34.16-41)"


def tv_ua() -> str:
    return "Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 Chrome/94.0 WebAppManager"


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone79", "floats", "iso", "ms", "rf", "rid", "tv_ua", "ua"]
