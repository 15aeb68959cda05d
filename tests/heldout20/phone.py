"""The set-20 devices and the flow builder that labels every identifier it inserts.

A family's iPhone SE (3rd gen, iOS 17.5) in Brazil runs six apps: a streaming
app that casts to a Samsung Tizen TV (the TV's DUID and Wi-Fi MAC), a football
club's fan app with face entry at the turnstiles, a Pix payments app, a
short-video app, a telehealth app and a kids' game. The IDFA is readable only
by the apps the family allowed to track (streaming, short video); every vendor
sees its own IDFV, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "idfa": "advertising_id",
    "idfv_tela": "device_id",
    "idfv_club": "device_id",
    "idfv_pix": "device_id",
    "idfv_kwai": "device_id",
    "idfv_saude": "device_id",
    "idfv_kids": "device_id",
    "tv_duid": "device_id",
    "tv_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "tela_user", "club_member", "pix_user", "kwai_user", "saude_patient"}
)


def _uuid_up(rng: random.Random) -> str:
    return new_uuid(rng).upper()


@dataclass(frozen=True, slots=True)
class Phone20(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_tela: str
    idfv_club: str
    idfv_pix: str
    idfv_kwai: str
    idfv_saude: str
    idfv_kids: str
    tv_duid: str
    tv_mac: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    tela_install: str
    kwai_did: str
    kwai_egid: str
    pix_binding: str
    kids_gid: str
    # account ids (not device identifiers; never labelled as such)
    tela_user: str
    club_member: str
    pix_user: str
    kwai_user: str
    saude_patient: str
    model: str = "iPhone14,6"

    @classmethod
    def make(cls, rng: random.Random) -> Phone20:
        return cls(
            idfa=_uuid_up(rng),
            idfv_tela=_uuid_up(rng),
            idfv_club=_uuid_up(rng),
            idfv_pix=_uuid_up(rng),
            idfv_kwai=_uuid_up(rng),
            idfv_saude=_uuid_up(rng),
            idfv_kids=_uuid_up(rng),
            tv_duid="uuid:" + new_uuid(rng),
            tv_mac="70:2A:D5:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            email=f"familia.souza{rng.randint(10, 99)}@correio-exemplo.com.br",
            tela_install=new_hex(rng, 32),
            kwai_did="IOS_" + new_hex(rng, 16).upper(),
            kwai_egid="DFP" + new_hex(rng, 61).upper(),
            pix_binding="bnd_" + new_hex(rng, 40),
            kids_gid=new_hex(rng, 24),
            tela_user="g" + new_digits(rng, 9),
            club_member="SOC-" + new_digits(rng, 8),
            pix_user=new_digits(rng, 11, "3"),
            kwai_user=new_digits(rng, 10, "2"),
            saude_patient="pac_" + new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    """Phone20's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPhone; iOS 17.5.1; Scale/2.00)"


def cfnet(app: str, build: str) -> str:
    return f"{app}/{build} CFNetwork/1496.0.7 Darwin/23.5.0"


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone20", "cfnet", "floats", "iso", "ms", "rf", "rid", "ua"]
