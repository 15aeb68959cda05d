"""The set-176 devices and the flow builder that labels every identifier it inserts.

The nurse's own Samsung Galaxy S23 (Android 14) with a work profile (the hospital's
EHR app and Intune Company Portal run there; a work profile has its own ANDROID_ID),
and three personal apps: a music app (it reports her Galaxy Buds' Bluetooth address
when it routes audio there), a Nordic streaming app that casts to the household TV
(the TV's serial and Wi-Fi MAC) and a bank with face login. On the hospital guest
Wi-Fi the phone uses a randomised MAC; the captive portal registers it, and it is
still her phone's address on that network, so it is in known.yaml.

The hospital's own equipment (monitors, pumps, ventilators, badges, scanners, the
pharmacy robot, the shared ward tablet) lives in `ward.py`, never here: it is not
the tester's device.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_music": "android_id",
    "aid_stream": "android_id",
    "aid_bank": "android_id",
    "aid_work": "android_id",
    "wifi_mac": "mac",
    "buds_mac": "mac",
    "tv_mac": "mac",
    "tv_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "employee_no",
        "music_user",
        "stream_user",
        "bank_customer",
        "push_token",
    }
)


def mac_of(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class NursePhone(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_music: str
    aid_stream: str
    aid_bank: str
    aid_work: str
    wifi_mac: str
    buds_mac: str
    tv_mac: str
    tv_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    music_fid: str
    music_adjust_uuid: str
    music_adid: str
    stream_af_uid: str
    stream_app_instance: str
    bank_install: str
    intune_device: str
    # account ids and tokens (not device identifiers; never labelled as such)
    employee_no: str
    music_user: str
    stream_user: str
    bank_customer: str
    push_token: str
    model: str = "SM-S911B"

    @classmethod
    def make(cls, rng: random.Random) -> NursePhone:
        # a randomised (locally administered) MAC: second hex digit 2, 6, A or E
        wifi = rng.choice("0123456789abcdef") + rng.choice("26ae")
        return cls(
            gaid=new_uuid(rng),
            aid_music=new_hex(rng, 16),
            aid_stream=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_work=new_hex(rng, 16),
            wifi_mac=wifi + ":" + ":".join(new_hex(rng, 2) for _ in range(5)),
            buds_mac=mac_of(rng, "E8:7F:6B"),
            tv_mac=mac_of(rng, "7C:0A:3F").lower(),
            tv_serial="0F3K3" + new_hex(rng, 7).upper() + "H",
            email=f"sanna.virtanen{rng.randint(10, 99)}@posti-example.fi",
            music_fid="c" + new_hex(rng, 21),
            music_adjust_uuid=new_uuid(rng),
            music_adid=new_hex(rng, 32),
            stream_af_uid=f"17318{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            stream_app_instance=new_hex(rng, 32),
            bank_install=new_uuid(rng).upper(),
            intune_device=new_uuid(rng),
            employee_no="T" + new_digits(rng, 6),
            music_user="m" + new_digits(rng, 10),
            stream_user=new_uuid(rng),
            bank_customer=new_digits(rng, 8, "5"),
            push_token="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """NursePhone's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)"


def dalvik() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "NursePhone",
    "dalvik",
    "floats",
    "iso",
    "mac_of",
    "ms",
    "rf",
    "rid",
    "ua",
]
