"""The set-162 devices and the flow builder that labels every identifier it inserts.

Only the cinema manager's own phone (a Galaxy S23, Android 14) is the tester's
device. The DCP servers, projectors, door scanners and signage players belong to
the cinema: their serials and MACs are sent often but are no device identifier of
the tester (decoys). Four personal apps run on the phone (a streaming app, a music
app that scrobbles, a bank with selfie liveness, and the staff-rota app that the
manager installed on her own phone); each sees its own ANDROID_ID.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_stream": "android_id",
    "aid_music": "android_id",
    "aid_bank": "android_id",
    "aid_rota": "android_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "stream_user", "music_user", "bank_customer", "rota_staff", "tms_user"}
)


@dataclass(frozen=True, slots=True)
class Phone162(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_stream: str
    aid_music: str
    aid_bank: str
    aid_rota: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    stream_fid: str
    stream_af_uid: str
    music_adid: str
    bank_install: str
    # account ids (not device identifiers; never labelled as such)
    stream_user: str
    music_user: str
    bank_customer: str
    rota_staff: str
    tms_user: str
    model: str = "SM-S911B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone162:
        return cls(
            gaid=new_uuid(rng),
            aid_stream=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_rota=new_hex(rng, 16),
            email=f"eilidh.macrae{rng.randint(10, 99)}@mailbox-example.org",
            stream_fid="c" + new_hex(rng, 21),
            stream_af_uid=f"17311{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            music_adid=new_hex(rng, 32),
            bank_install=new_uuid(rng).upper(),
            stream_user="sv_" + new_digits(rng, 9),
            music_user=f"eilidh_reels{rng.randint(10, 99)}",
            bank_customer="CU" + new_digits(rng, 10),
            rota_staff="EMP-" + new_digits(rng, 5),
            tms_user="mgr." + new_hex(rng, 6),
        )


class FB(LabelledBuilder):
    """Phone162's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)"


def kiosk_ua(app: str, ver: str) -> str:
    """The cinema's own equipment talks with its own clients, not the phone's."""
    return f"{app}/{ver} (Linux x86_64; embedded)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone162",
    "floats",
    "iso",
    "kiosk_ua",
    "ms",
    "rf",
    "rid",
    "ua",
]
