"""The set-104 devices and the flow builder that labels every identifier it inserts.

Lena, a freelance sound engineer and music teacher in Vienna, carries a Galaxy
A54 (Android 14) and wears her own true-wireless earbuds. Her ids: the phone's
advertising id, one ANDROID_ID per app that reads it, the earbuds' Bluetooth MAC
and serial. Mixing desks, stage boxes, wireless receivers and rehearsal-room
locks she touches at work belong to venues, studios and rental firms: their
serials and MACs are made per flow in the app modules and are never hers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_tuner": "android_id",
    "aid_tickets": "android_id",
    "aid_music": "android_id",
    "aid_bank": "android_id",
    "aid_hearing": "android_id",
    "buds_mac": "mac",
    "buds_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "music_user",
        "bank_customer",
        "ticket_user",
        "choir_member",
        "teacher_id",
        "daw_user",
        "radio_user",
    }
)


@dataclass(frozen=True, slots=True)
class Phone104(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_tuner: str
    aid_tickets: str
    aid_music: str
    aid_bank: str
    aid_hearing: str
    buds_mac: str
    buds_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    tuner_fid: str
    tickets_af_uid: str
    music_adid: str
    music_install: str
    music_fid: str
    bank_binding: str
    radio_listener: str
    # accounts (not device identifiers; never labelled as such)
    music_user: str
    bank_customer: str
    ticket_user: str
    choir_member: str
    teacher_id: str
    daw_user: str
    radio_user: str
    model: str = "SM-A546B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone104:
        return cls(
            gaid=new_uuid(rng),
            aid_tuner=new_hex(rng, 16),
            aid_tickets=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_hearing=new_hex(rng, 16),
            buds_mac="80:C3:BA:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            buds_serial=new_digits(rng, 10, "2"),
            email=f"lena.hofbauer{rng.randint(10, 99)}@posteo-example.at",
            tuner_fid=new_hex(rng, 32),
            tickets_af_uid=f"17318{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            music_adid=new_hex(rng, 32),
            music_install=new_uuid(rng),
            music_fid="c" + new_hex(rng, 21),
            bank_binding="DB-" + new_hex(rng, 24).upper(),
            radio_listener=new_uuid(rng),
            music_user="usr_" + new_hex(rng, 12),
            bank_customer=new_digits(rng, 9, "7"),
            ticket_user="TK" + new_digits(rng, 8),
            choir_member=new_digits(rng, 5, "3"),
            teacher_id="L-" + new_digits(rng, 6),
            daw_user=new_hex(rng, 20),
            radio_user="hoerer-" + new_digits(rng, 7),
        )


class FB(LabelledBuilder):
    """Phone104's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"


DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"

rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "DALVIK",
    "FB",
    "KNOWN_ATTRS",
    "Phone104",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
