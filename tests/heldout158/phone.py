"""The set-158 devices and the flow builder that labels every identifier it inserts.

The receptionist's own Galaxy A54 (Android 14, fr-FR) carries four personal
apps: Deezer, a French streaming app (Cinéflux), a bank with a selfie check and
the lost-pet matching app the clinic recommends. Since Android 8 every app sees
its own ANDROID_ID, so known.yaml lists one per app. The clinic's equipment
(reception PC, X-ray, analyser, chip scanners, waiting-room TV, kennel cams)
belongs to the employer: its serials and MACs are made per flow and labelled
as decoys, never as the tester's device identifiers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_deezer": "android_id",
    "aid_cine": "android_id",
    "aid_banque": "android_id",
    "aid_retrouve": "android_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "deezer_user",
        "deezer_sid",
        "cine_user",
        "banque_client",
        "onfido_applicant",
        "retrouve_user",
    }
)


@dataclass(frozen=True, slots=True)
class Phone158(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_deezer: str
    aid_cine: str
    aid_banque: str
    aid_retrouve: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    cine_af_uid: str
    cine_app_instance: str
    banque_install: str
    retrouve_fid: str
    # account ids and tokens (not device identifiers; never labelled as such)
    deezer_user: str
    deezer_sid: str
    cine_user: str
    banque_client: str
    onfido_applicant: str
    retrouve_user: str
    model: str = "SM-A546B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone158:
        return cls(
            gaid=new_uuid(rng),
            aid_deezer=new_hex(rng, 16),
            aid_cine=new_hex(rng, 16),
            aid_banque=new_hex(rng, 16),
            aid_retrouve=new_hex(rng, 16),
            email=f"margaux.tissot{rng.randint(10, 99)}@courriel-exemple.fr",
            cine_af_uid=f"17311{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            cine_app_instance=new_hex(rng, 32),
            banque_install=new_uuid(rng).upper(),
            retrouve_fid="c" + new_hex(rng, 21),
            deezer_user=new_digits(rng, 10, "5"),
            deezer_sid="fr" + new_hex(rng, 38),
            cine_user="abo-" + new_digits(rng, 9),
            banque_client=new_digits(rng, 11, "3"),
            onfido_applicant=new_uuid(rng),
            retrouve_user="u_" + new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    """Phone158's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; SM-A546B Build/UP1A.231005.007; fr_FR)"


WEB_UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36"
)
"""The reception PC's browser (the clinic's workstation, not the tester's phone)."""


def equipment_serial(rng: random.Random, prefix: str) -> str:
    return prefix + new_digits(rng, 8)


def equipment_mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def chip_number(rng: random.Random) -> str:
    """An ISO 11784 pet microchip number (250 = France, 124 = Canada): an animal's id."""
    return rng.choice(["250269", "250268", "124000"]) + new_digits(rng, 9)


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "WEB_UA",
    "Phone158",
    "chip_number",
    "equipment_mac",
    "equipment_serial",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
