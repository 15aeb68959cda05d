"""The dentist's own phone and the flow builder that labels every identifier it inserts.

A Galaxy S23 (Android 14). Her own apps: a series-streaming app (AppsFlyer and
Firebase Analytics inside), her bank (device binding, selfie check) and the
continuing-education platform. Since Android 8 each app sees its own ANDROID_ID.
The practice's equipment (scanners, sensors, chairs, autoclaves, the waiting-room
screen, staff tablets) is the business's, not hers: its serials and MACs are made
up inside the generators and never put on this object.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_series": "android_id",
    "aid_banco": "android_id",
    "aid_cursos": "android_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "series_user", "banco_user", "cursos_user", "staff_user", "nif"}
)


@dataclass(frozen=True, slots=True)
class Phone132(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_series: str
    aid_banco: str
    aid_cursos: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    fb_app_instance: str
    banco_install: str
    # accounts (never device identifiers)
    series_user: str
    banco_user: str
    cursos_user: str
    staff_user: str
    nif: str
    model: str = "SM-S911B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone132:
        return cls(
            gaid=new_uuid(rng),
            aid_series=new_hex(rng, 16),
            aid_banco=new_hex(rng, 16),
            aid_cursos=new_hex(rng, 16),
            email=f"dra.lucia.ferrer{rng.randint(10, 99)}@correo-example.es",
            af_uid=f"17311{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            fb_app_instance=new_hex(rng, 32),
            banco_install=new_uuid(rng).upper(),
            series_user="usr_" + new_digits(rng, 9),
            banco_user="ES" + new_digits(rng, 10),
            cursos_user=new_digits(rng, 7, "5"),
            staff_user="DR-" + new_digits(rng, 4),
            nif=new_digits(rng, 8) + "K",
        )


class FB(LabelledBuilder):
    """Phone132's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)"


def serial(rng: random.Random, prefix: str, n: int = 8) -> str:
    """A serial number of the practice's equipment (not the dentist's device)."""
    return prefix + new_digits(rng, n)


def mac(rng: random.Random, oui: str) -> str:
    """A MAC of the practice's equipment (not the dentist's device)."""
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone132",
    "floats",
    "iso",
    "mac",
    "ms",
    "rf",
    "rid",
    "serial",
    "ua",
]
