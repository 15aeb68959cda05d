"""The set-138 device and the flow builder that labels every identifier it inserts.

A Pixel 8 (Android 14, fr-CA / en-CA) of a freelance video producer and sound
engineer who works between Toronto and Montreal. Most of its apps handle other
people's equipment and footage (rented cameras, a studio's grading panel, a
client's cut); only the tester's own phone ids are device identifiers. Since
Android 8 each app sees its own ANDROID_ID, so known.yaml lists one per app that
sends one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_veillee": "android_id",
    "aid_bank": "android_id",
    "aid_mots": "android_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "veillee_profile", "bank_member", "frameio_user", "rental_account"}
)


@dataclass(frozen=True, slots=True)
class Phone138(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_veillee: str
    aid_bank: str
    aid_mots: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    veillee_install: str
    adjust_adid: str
    applovin_uid: str
    # account ids (not device identifiers; never labelled as such)
    veillee_profile: str
    bank_member: str
    frameio_user: str
    rental_account: str
    model: str = "Pixel 8"

    @classmethod
    def make(cls, rng: random.Random) -> Phone138:
        return cls(
            gaid=new_uuid(rng),
            aid_veillee=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_mots=new_hex(rng, 16),
            email=f"m.tremblay.son{rng.randint(10, 99)}@courriel-example.ca",
            veillee_install=new_uuid(rng),
            adjust_adid=new_hex(rng, 32),
            applovin_uid=new_uuid(rng).replace("-", "")[:24],
            veillee_profile="pf_" + new_hex(rng, 12),
            bank_member=new_digits(rng, 9, "8"),
            frameio_user=new_uuid(rng),
            rental_account="LCM-" + new_digits(rng, 6),
        )


class FB(LabelledBuilder):
    """Phone138's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; fr_CA; Pixel 8 Build/AP2A.240805.005)"


def new_builder(c: object, sdk: str, method: str, url: str, agent: str) -> FB:
    b = FB(c, sdk, method, url)  # type: ignore[arg-type]
    b.header("user-agent", agent)
    return b


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone138",
    "floats",
    "iso",
    "ms",
    "new_builder",
    "rf",
    "rid",
    "ua",
]
