"""The set-97 devices and the flow builder that labels every identifier it inserts.

A Samsung Galaxy S24 (Android 14, One UI 6.1) in a family that lives between
Catalonia, the Basque Country and Galicia runs nine apps: three regional
public-service streamers (Catalan, Basque, Galician, the Galician one with its
radio), a football / basque-pelota live app, a music and podcast app, a bank
with face liveness, a telco app with voice biometrics (a carrier app: it may read
the IMEI and the phone's serial, and it manages the family's fibre router), a
car-sharing app with selfie checks, and the family's LG webOS TV (ACR and the
LG ad id, its Wi-Fi MAC and serial). Since Android 8 each app sees its own
ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "tv_ifa": "advertising_id",
    "aid_p3": "android_id",
    "aid_iku": "android_id",
    "aid_vexo": "android_id",
    "aid_front": "android_id",
    "aid_entzun": "android_id",
    "aid_bank": "android_id",
    "aid_telco": "android_id",
    "aid_kotxe": "android_id",
    "imei": "imei",
    "phone_serial": "serial",
    "router_mac": "mac",
    "router_serial": "serial",
    "tv_mac": "mac",
    "tv_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "p3_user",
        "iku_user",
        "vexo_user",
        "front_user",
        "entzun_user",
        "bank_user",
        "telco_line",
        "kotxe_user",
        "push_token",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone97(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    tv_ifa: str
    aid_p3: str
    aid_iku: str
    aid_vexo: str
    aid_front: str
    aid_entzun: str
    aid_bank: str
    aid_telco: str
    aid_kotxe: str
    imei: str
    phone_serial: str
    router_mac: str
    router_serial: str
    tv_mac: str
    tv_serial: str
    email: str
    # ids SDKs and apps make up (device_id, not in known.yaml)
    p3_fid: str
    iku_adjust_uuid: str
    vexo_fid: str
    front_af_uid: str
    entzun_instance: str
    bank_fp: str
    kotxe_install: str
    cs_visitor: str
    tv_duid: str
    # accounts and tokens (never labelled)
    p3_user: str
    iku_user: str
    vexo_user: str
    front_user: str
    entzun_user: str
    bank_user: str
    telco_line: str
    kotxe_user: str
    push_token: str
    tv_account: str
    model: str = "SM-S921B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone97:
        return cls(
            gaid=new_uuid(rng),
            tv_ifa=new_uuid(rng),
            aid_p3=new_hex(rng, 16),
            aid_iku=new_hex(rng, 16),
            aid_vexo=new_hex(rng, 16),
            aid_front=new_hex(rng, 16),
            aid_entzun=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_kotxe=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            phone_serial="R5CX" + new_hex(rng, 7).upper(),
            router_mac=_mac(rng, "E4:AB:89"),
            router_serial="ZTEG" + new_hex(rng, 8).upper(),
            tv_mac=_mac(rng, "A8:23:FE").lower(),
            tv_serial="403" + "KR" + new_digits(rng, 7),
            email=f"maite.urrutia{rng.randint(10, 99)}@correu-exemple.cat",
            p3_fid="c" + new_hex(rng, 21),
            iku_adjust_uuid=new_uuid(rng),
            vexo_fid="e" + new_hex(rng, 21),
            front_af_uid=f"17319{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            entzun_instance=new_hex(rng, 32),
            bank_fp=new_hex(rng, 64),
            kotxe_install=new_uuid(rng).upper(),
            cs_visitor=new_hex(rng, 32).upper() + "-cs62",
            tv_duid=new_hex(rng, 32).upper(),
            p3_user="p3-" + new_digits(rng, 9),
            iku_user=new_hex(rng, 24),
            vexo_user="u" + new_digits(rng, 8),
            front_user=new_digits(rng, 7, "8"),
            entzun_user="ent_" + new_hex(rng, 12),
            bank_user="ES" + new_digits(rng, 10),
            telco_line="34" + new_digits(rng, 9, "6"),
            kotxe_user="k" + new_digits(rng, 10),
            push_token="f" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 44),
            tv_account=new_hex(rng, 20),
        )


class FB(LabelledBuilder):
    """Phone97's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)"


def exo_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux;Android 14) ExoPlayerLib/2.19.1"


TV_UA = (
    "Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/94.0.4606.128 Safari/537.36 WebAppManager"
)

rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "TV_UA",
    "Phone97",
    "exo_ua",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
