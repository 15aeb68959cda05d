"""The set-281 devices and the flow builder that labels every identifier it inserts.

Three people, three phones:

* Leota (Apia): Samsung Galaxy A15 with the remittance app (Tupe Samoa, Adjust)
  and the fale-rental app (Fale Mautū, Branch);
* Mele (Auckland): Pixel 6a with her church's livestream app (Firebase), the
  rugby club's gym app and a Tongan radio app; her nephew's school lends him a
  laptop whose check-ins show on the same home network;
* Sione (Nukuʻalofa): iPhone 13 with a Tongan streaming app (Vakai TV, Braze);
  he allowed tracking, so the IDFA is real, and the IDFV is the app vendor's.

The church's hall screens, the rugby club's check-in kiosks and the school's
loan laptops are the institutions' own equipment: their serials and MACs are
not a person's device identifiers and are not in this object.
Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_leota": "advertising_id",
    "gaid_mele": "advertising_id",
    "idfa_sione": "advertising_id",
    "idfv_sione": "device_id",
    "aid_tupe": "android_id",
    "aid_fale": "android_id",
    "aid_ekalesia": "android_id",
    "aid_lakapi": "android_id",
    "aid_letio": "android_id",
}
NOT_DEVICE = frozenset(
    {
        "tupe_user",
        "fale_user",
        "ekalesia_member",
        "lakapi_member",
        "vakai_user",
        "letio_user",
    }
)


@dataclass(frozen=True, slots=True)
class Aiga281(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_leota: str
    gaid_mele: str
    idfa_sione: str
    idfv_sione: str
    aid_tupe: str
    aid_fale: str
    aid_ekalesia: str
    aid_lakapi: str
    aid_letio: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    tupe_adid: str
    tupe_adjust_uuid: str
    fale_branch_token: str
    ekalesia_fid: str
    vakai_braze_device: str
    letio_install: str
    # account ids (not device identifiers; never labelled as such)
    tupe_user: str
    fale_user: str
    ekalesia_member: str
    lakapi_member: str
    vakai_user: str
    letio_user: str

    @classmethod
    def make(cls, rng: random.Random) -> Aiga281:
        return cls(
            gaid_leota=new_uuid(rng),
            gaid_mele=new_uuid(rng),
            idfa_sione=new_uuid(rng).upper(),
            idfv_sione=new_uuid(rng).upper(),
            aid_tupe=new_hex(rng, 16),
            aid_fale=new_hex(rng, 16),
            aid_ekalesia=new_hex(rng, 16),
            aid_lakapi=new_hex(rng, 16),
            aid_letio=new_hex(rng, 16),
            tupe_adid=new_hex(rng, 32),
            tupe_adjust_uuid=new_uuid(rng),
            fale_branch_token=new_digits(rng, 19, "1"),
            ekalesia_fid="d" + new_hex(rng, 21),
            vakai_braze_device=new_uuid(rng),
            letio_install=new_uuid(rng),
            tupe_user="TS" + new_digits(rng, 8),
            fale_user="fm_" + new_hex(rng, 10),
            ekalesia_member="EK-" + new_digits(rng, 5),
            lakapi_member=new_digits(rng, 6, "4"),
            vakai_user="vk" + new_digits(rng, 9),
            letio_user=new_digits(rng, 7, "8"),
        )


class AB(LabelledBuilder):
    """Aiga281's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "leota": ("14", "SM-A155F", "UP1A.231005.007"),
    "mele": ("14", "Pixel 6a", "AP2A.240905.003"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def ios_ua(app: str, ver: str, build: str) -> str:
    return f"{app}/{build} CFNetwork/1494.0.7 Darwin/23.4.0"


rid = req_id


def mac(rng: random.Random, oui: str) -> str:
    """A MAC of an institution's own equipment (never one of the phones')."""
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


__all__ = [
    "AB",
    "KNOWN_ATTRS",
    "PHONES",
    "Aiga281",
    "floats",
    "ios_ua",
    "iso",
    "mac",
    "ms",
    "rf",
    "rid",
    "ua",
]
