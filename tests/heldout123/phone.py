"""The set-123 household's devices and the flow builder that labels every id it inserts.

A Samsung Galaxy S24 (Android 14) runs the apps; an iPad runs the public
broadcaster's player too (its IDFV); a streaming stick with its own advertising
id (a Roku-style RIDA) and serial sits under the smart TV, which reports what is
on screen (ACR) with its Wi-Fi MAC and serial; a video doorbell and a smart
speaker are paired to the phone (their serials and MACs). Since Android 8 every
app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "stick_rida": "advertising_id",
    "aid_catchup": "android_id",
    "aid_lark": "android_id",
    "aid_pod": "android_id",
    "aid_radio": "android_id",
    "aid_club": "android_id",
    "aid_bank": "android_id",
    "aid_bell": "android_id",
    "aid_date": "android_id",
    "aid_speaker": "android_id",
    "ipad_idfv": "idfv",
    "tv_mac": "mac",
    "bell_mac": "mac",
    "speaker_mac": "mac",
    "tv_serial": "serial",
    "stick_serial": "serial",
    "bell_serial": "serial",
    "speaker_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "catchup_user",
        "lark_user",
        "pod_user",
        "club_user",
        "bank_customer",
        "bell_user",
        "date_user",
        "speaker_household",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Household123(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    stick_rida: str
    aid_catchup: str
    aid_lark: str
    aid_pod: str
    aid_radio: str
    aid_club: str
    aid_bank: str
    aid_bell: str
    aid_date: str
    aid_speaker: str
    ipad_idfv: str
    tv_mac: str
    bell_mac: str
    speaker_mac: str
    tv_serial: str
    stick_serial: str
    bell_serial: str
    speaker_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    catchup_install: str
    catchup_piano_vid: str
    lark_adjust_adid: str
    lark_conviva_cid: str
    pod_device_uuid: str
    radio_listener: str
    club_braze_device: str
    bank_fiid: str
    date_af_uid: str
    tv_psid: str
    # account ids and tokens (not device identifiers; never labelled as such)
    catchup_user: str
    lark_user: str
    pod_user: str
    club_user: str
    bank_customer: str
    bell_user: str
    date_user: str
    speaker_household: str
    model: str = "SM-S921B"

    @classmethod
    def make(cls, rng: random.Random) -> Household123:
        return cls(
            gaid=new_uuid(rng),
            stick_rida=new_uuid(rng),
            aid_catchup=new_hex(rng, 16),
            aid_lark=new_hex(rng, 16),
            aid_pod=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_club=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_bell=new_hex(rng, 16),
            aid_date=new_hex(rng, 16),
            aid_speaker=new_hex(rng, 16),
            ipad_idfv=new_uuid(rng).upper(),
            tv_mac=_mac(rng, "8C:79:F5"),
            bell_mac=_mac(rng, "34:3E:A4").lower(),
            speaker_mac=_mac(rng, "F0:81:73"),
            tv_serial="0B7S3" + new_hex(rng, 9).upper(),
            stick_serial="YH00" + new_hex(rng, 8).upper(),
            bell_serial="DB4" + new_digits(rng, 11),
            speaker_serial="G0K" + new_hex(rng, 12).upper(),
            email=f"fiona.mcallister{rng.randint(10, 99)}@mailbox-example.co.uk",
            catchup_install=new_uuid(rng),
            catchup_piano_vid=new_uuid(rng),
            lark_adjust_adid=new_hex(rng, 32),
            lark_conviva_cid=".".join(str(rng.randint(10**8, 2**31)) for _ in range(4)),
            pod_device_uuid=new_uuid(rng),
            radio_listener=new_uuid(rng),
            club_braze_device=new_uuid(rng),
            bank_fiid="c" + new_hex(rng, 21),
            date_af_uid=f"17321{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            tv_psid=new_hex(rng, 40),
            catchup_user="pid-" + new_hex(rng, 24),
            lark_user=new_digits(rng, 9, "7"),
            pod_user=new_uuid(rng),
            club_user="LUFC" + new_digits(rng, 8),
            bank_customer=new_digits(rng, 10, "3"),
            bell_user="hh_" + new_hex(rng, 16),
            date_user="m" + new_digits(rng, 11),
            speaker_household="HH-" + new_hex(rng, 10).upper(),
        )


class FB(LabelledBuilder):
    """Household123's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)"


def ipad_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPad; iPadOS 17.5.1; Scale/2.00)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Household123",
    "floats",
    "ipad_ua",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
