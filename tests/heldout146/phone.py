"""The set-146 devices and the flow builder that labels every identifier it inserts.

The tester is a school district's IT technician. Their own Galaxy A54 (Android 14)
runs the district's admin apps (MDM console, display and printer fleet, proctoring,
bus tracking: all about the DISTRICT's devices, never labelled as the tester's) and a
few private apps: a music app, an evening streaming app with an ad SDK and a bank.
Only those private apps send identifiers of the tester's own phone. Since Android 8
every app sees its own ANDROID_ID, so known.yaml lists one per private app.
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
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset({"email", "model", "music_user", "stream_user", "bank_user", "staff_id"})


@dataclass(frozen=True, slots=True)
class Phone146(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_music: str
    aid_stream: str
    aid_bank: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    music_af_uid: str
    stream_fid: str
    bank_install: str
    # account ids (not device identifiers; never labelled as such)
    music_user: str
    stream_user: str
    bank_user: str
    staff_id: str
    model: str = "SM-A546B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone146:
        return cls(
            gaid=new_uuid(rng),
            aid_music=new_hex(rng, 16),
            aid_stream=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            email=f"jussi.lindroos{rng.randint(10, 99)}@posti-example.fi",
            music_af_uid=f"17331{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            stream_fid=new_hex(rng, 32),
            bank_install=new_uuid(rng).upper(),
            music_user="s" + new_digits(rng, 9),
            stream_user="ik-" + new_hex(rng, 12),
            bank_user=new_digits(rng, 8, "7"),
            staff_id="hel-it-" + new_digits(rng, 5),
        )


class FB(LabelledBuilder):
    """Phone146's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"


def district_serial(rng: random.Random, prefix: str, n: int = 8) -> str:
    """A district-owned device's serial: looks like the tester's, belongs to the city."""
    return prefix + new_hex(rng, n).upper()


def district_mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def pupil_alias(rng: random.Random) -> str:
    return f"opp{new_digits(rng, 6)}"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone146",
    "district_mac",
    "district_serial",
    "floats",
    "iso",
    "ms",
    "pupil_alias",
    "rf",
    "rid",
    "ua",
]
