"""The set-125 phone and the flow builder that labels every identifier it inserts.

A Galaxy A54 (Android 14) issued by the station to one engineer and used by her
alone: the phone under test is hers, so its IMEI, serial and Wi-Fi MAC (sent by
the MDM agent's own check-in) are labelled. Her streaming app and her bank read
their own ANDROID_ID. The station's equipment and colleagues' phones appear in
many flows with serials and MACs of their own: those are not attributes here,
so they are never labelled as hers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_mare": "android_id",
    "aid_banco": "android_id",
    "imei": "imei",
    "serial": "serial",
    "wifi_mac": "mac",
}
NOT_DEVICE = frozenset(
    {"model", "work_email", "mare_user", "mare_profile", "banco_user", "mdm_enrolment"}
)


@dataclass(frozen=True, slots=True)
class Phone125(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_mare: str
    aid_banco: str
    imei: str
    serial: str
    wifi_mac: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    mare_af_uid: str
    mare_app_instance: str
    banco_install: str
    mdm_device_uuid: str
    # accounts and tokens (not device identifiers; never labelled as such)
    work_email: str
    mare_user: str
    mare_profile: str
    banco_user: str
    mdm_enrolment: str
    model: str = "SM-A546B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone125:
        return cls(
            gaid=new_uuid(rng),
            aid_mare=new_hex(rng, 16),
            aid_banco=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            serial="R5C" + new_digits(rng, 2) + new_hex(rng, 6).upper(),
            wifi_mac="a0:" + ":".join(new_hex(rng, 2) for _ in range(5)),
            mare_af_uid=f"17382{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            mare_app_instance=new_hex(rng, 32),
            banco_install=new_uuid(rng).upper(),
            mdm_device_uuid=new_uuid(rng),
            work_email=f"ines.carvalho{rng.randint(10, 99)}@antena-atlantica.example",
            mare_user="mp_" + new_digits(rng, 9),
            mare_profile=new_hex(rng, 12),
            banco_user=new_digits(rng, 10, "9"),
            mdm_enrolment="enr_" + new_hex(rng, 24),
        )


class FB(LabelledBuilder):
    """Phone125's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"


def station_mac(rng: random.Random, oui: str) -> str:
    """A MAC of the station's equipment or a colleague's phone (never the tester's)."""
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "Phone125",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "station_mac",
    "ua",
]
