"""The set-173 devices and the flow builder that labels every identifier it inserts.

The tester is the production manager of a concert and events venue in
Stockholm. Her own Galaxy S23 (Android 14) runs the venue's operations app
(Scenkoll, the venue's in-house dashboard of scanners, gates, cameras, screens,
encoders, radio mics, lighting and the rented tablet / radio fleet), a music
app, a streaming app and her bank. Her own earbuds pair with the music app.
Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per
app. The venue's kit, the rented tablets and radios and the crew's badges are
not hers: their serials, MACs and IMEIs are made per flow and never labelled.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_ops": "android_id",
    "aid_music": "android_id",
    "aid_flim": "android_id",
    "aid_bank": "android_id",
    "buds_mac": "mac",
    "buds_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "staff_no",
        "ops_push",
        "music_user",
        "flim_profile",
        "bank_customer",
        "bank_push",
    }
)
MODEL = "SM-S911B"


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone173(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_ops: str
    aid_music: str
    aid_flim: str
    aid_bank: str
    buds_mac: str
    buds_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    ops_install: str
    ops_mux_viewer: str
    music_adid: str
    music_adjust_uuid: str
    flim_app_instance: str
    flim_fid: str
    bank_af_uid: str
    bank_device_key: str
    # account ids and tokens (not device identifiers; never labelled as such)
    staff_no: str
    ops_push: str
    music_user: str
    flim_profile: str
    bank_customer: str
    bank_push: str
    model: str = MODEL

    @classmethod
    def make(cls, rng: random.Random) -> Phone173:
        return cls(
            gaid=new_uuid(rng),
            aid_ops=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_flim=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            buds_mac=_mac(rng, "AC:80:0A"),
            buds_serial="YP4" + new_hex(rng, 9).upper(),
            email=f"karin.sundberg{rng.randint(10, 99)}@postlada-example.se",
            ops_install=new_uuid(rng),
            ops_mux_viewer=new_uuid(rng),
            music_adid=new_hex(rng, 32),
            music_adjust_uuid=new_uuid(rng),
            flim_app_instance=new_hex(rng, 32),
            flim_fid="c" + new_hex(rng, 21),
            bank_af_uid=f"17296{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            bank_device_key=new_hex(rng, 40),
            staff_no="P" + new_digits(rng, 5),
            ops_push="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
            music_user="lj" + new_digits(rng, 9),
            flim_profile=new_uuid(rng),
            bank_customer=new_digits(rng, 10, "8"),
            bank_push="f" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Phone173's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; {MODEL} Build/UP1A.231005.007)"


def kit_serial(rng: random.Random, prefix: str, n: int = 8) -> str:
    """A serial of venue or rented equipment: not the tester's, never labelled."""
    return prefix + new_digits(rng, n)


def kit_mac(rng: random.Random, oui: str = "00:0E:DD") -> str:
    """A MAC of venue or rented equipment: not the tester's, never labelled."""
    return _mac(rng, oui)


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone173",
    "floats",
    "iso",
    "kit_mac",
    "kit_serial",
    "ms",
    "rf",
    "rid",
    "ua",
]
