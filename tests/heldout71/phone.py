"""The set-71 devices and the flow builder that labels every identifier it inserts.

A Samsung Galaxy A35 (SM-A356E, Android 14) in Almaty runs eight apps: two
streaming apps (Kinoteka KZ, Efir+ KG), a football / hockey app, a music and
audiobook app, a super-app bank with face liveness, a voice assistant with voice
login and a taxi app (the tester drives for it: selfie checks). The family's
Android TV box (an Infomir MAG 524-style box running a Ministra / Stalker portal
client) sends its Ethernet MAC, serial number and its own ANDROID_ID. Since
Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_kino": "android_id",
    "aid_efir": "android_id",
    "aid_sport": "android_id",
    "aid_muz": "android_id",
    "aid_bank": "android_id",
    "aid_voice": "android_id",
    "aid_taxi": "android_id",
    "aid_box": "android_id",
    "box_mac": "mac",
    "box_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "kino_user",
        "efir_user",
        "sport_user",
        "muz_user",
        "bank_user",
        "bank_push",
        "voice_user",
        "taxi_user",
        "stb_token",
        "sumsub_applicant",
    }
)


@dataclass(frozen=True, slots=True)
class Phone71(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_kino: str
    aid_efir: str
    aid_sport: str
    aid_muz: str
    aid_bank: str
    aid_voice: str
    aid_taxi: str
    aid_box: str
    box_mac: str
    box_serial: str
    email: str
    # ids that SDKs and apps make up (device_id, not in known.yaml)
    am_uuid: str
    am_deviceid: str
    fid: str
    app_instance: str
    af_uid: str
    adjust_uuid: str
    stb_device_id: str
    stb_device_id2: str
    stb_signature: str
    kino_install: str
    voice_device: str
    bank_fp: str
    mt_instance: str
    app_set_id: str
    # account ids and tokens (not device identifiers; never labelled as such)
    kino_user: str
    efir_user: str
    sport_user: str
    muz_user: str
    bank_user: str
    bank_push: str
    voice_user: str
    taxi_user: str
    stb_token: str
    sumsub_applicant: str
    model: str = "SM-A356E"

    @classmethod
    def make(cls, rng: random.Random) -> Phone71:
        return cls(
            gaid=new_uuid(rng),
            aid_kino=new_hex(rng, 16),
            aid_efir=new_hex(rng, 16),
            aid_sport=new_hex(rng, 16),
            aid_muz=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_voice=new_hex(rng, 16),
            aid_taxi=new_hex(rng, 16),
            aid_box=new_hex(rng, 16),
            box_mac="00:1A:79:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            box_serial=new_digits(rng, 6, "2") + "N" + new_digits(rng, 6),
            email=f"aigerim.nurlanqyzy{rng.randint(10, 99)}@mail-example.kz",
            am_uuid=new_hex(rng, 32),
            am_deviceid=new_hex(rng, 32),
            fid="c" + new_hex(rng, 21),
            app_instance=new_hex(rng, 32),
            af_uid=f"17318{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_uuid=new_uuid(rng),
            stb_device_id=new_hex(rng, 64).upper(),
            stb_device_id2=new_hex(rng, 64).upper(),
            stb_signature=new_hex(rng, 64).upper(),
            kino_install=new_uuid(rng),
            voice_device=new_uuid(rng).upper(),
            bank_fp=new_hex(rng, 40),
            mt_instance=new_hex(rng, 32),
            app_set_id=new_uuid(rng),
            kino_user=new_digits(rng, 9, "5"),
            efir_user="kg" + new_digits(rng, 8),
            sport_user="u_" + new_hex(rng, 12),
            muz_user=new_digits(rng, 10, "7"),
            bank_user="QB" + new_digits(rng, 10),
            bank_push="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
            voice_user="alem-" + new_hex(rng, 10),
            taxi_user="drv" + new_digits(rng, 8),
            stb_token=new_hex(rng, 32).upper(),
            sumsub_applicant=new_hex(rng, 24),
        )


class FB(LabelledBuilder):
    """Phone71's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A356E Build/UP1A.231005.007)"


def dalvik() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 14; SM-A356E Build/UP1A.231005.007)"


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone71", "dalvik", "floats", "iso", "ms", "rf", "rid", "ua"]
