"""The set-170 devices and the flow builder that labels every identifier it inserts.

A video analyst at a Porto football club carries her own Galaxy S23 (Android 14,
pt-PT). On it: the club's tactical-analysis app (work software on her own phone,
so its ANDROID_ID is hers), a music app paired with her earbuds, a streaming app
and her bank. The club's GPS vests, heart-rate belts, stadium screens, broadcast
encoders and the analysis tablet the club lends her are the employer's equipment:
their serials and MACs are made per flow and never labelled as device ids.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_tatica": "android_id",
    "aid_som": "android_id",
    "aid_ecra": "android_id",
    "aid_banco": "android_id",
    "earbuds_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "tatica_user", "som_user", "ecra_profile", "banco_nif", "banco_cliente"}
)


@dataclass(frozen=True, slots=True)
class Phone170(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_tatica: str
    aid_som: str
    aid_ecra: str
    aid_banco: str
    earbuds_mac: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    som_af_uid: str
    ecra_app_instance: str
    banco_instalacao: str
    banco_adjust_uuid: str
    # account ids (not device identifiers; never labelled as such)
    tatica_user: str
    som_user: str
    ecra_profile: str
    banco_nif: str
    banco_cliente: str
    model: str = "SM-S911B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone170:
        return cls(
            gaid=new_uuid(rng),
            aid_tatica=new_hex(rng, 16),
            aid_som=new_hex(rng, 16),
            aid_ecra=new_hex(rng, 16),
            aid_banco=new_hex(rng, 16),
            earbuds_mac="64:03:7F:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            email=f"ines.carvalho{rng.randint(10, 99)}@correio-exemplo.pt",
            som_af_uid=f"17301{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            ecra_app_instance=new_hex(rng, 32),
            banco_instalacao=new_uuid(rng).upper(),
            banco_adjust_uuid=new_uuid(rng),
            tatica_user="an" + new_digits(rng, 6),
            som_user=new_digits(rng, 10, "9"),
            ecra_profile="p_" + new_hex(rng, 12),
            banco_nif=new_digits(rng, 9, "2"),
            banco_cliente=new_digits(rng, 8, "5"),
        )


class FB(LabelledBuilder):
    """Phone170's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; pt-PT; SM-S911B Build/UP1A.231005.007)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone170",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
