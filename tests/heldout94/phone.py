"""The set-94 device and the flow builder that labels every identifier it inserts.

A licensed tour guide's Samsung Galaxy A55 (Android 14) in Egypt and Jordan. His
own identifiers: the advertising id (GAID), one ANDROID_ID per app that reads
it (bank, streaming, podcasts), the phone's IMEI (read by his bank's device
binding), his Galaxy Watch (BLE MAC, serial) and Galaxy Buds (BLE MAC). The
tour company's headsets, the coach's GPS tracker, museum screens and ticket
scanners are NOT his: their ids are made up per flow, never device attributes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_bank": "android_id",
    "aid_stream": "android_id",
    "aid_pod": "android_id",
    "imei": "imei",
    "watch_mac": "mac",
    "buds_mac": "mac",
    "watch_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "bank_user", "stream_user", "pod_token", "guide_user", "guide_licence"}
)


def mac(rng: random.Random, oui: str) -> str:
    """A MAC with a vendor prefix (the last three octets random)."""
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone94(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_bank: str
    aid_stream: str
    aid_pod: str
    imei: str
    watch_mac: str
    buds_mac: str
    watch_serial: str
    email: str
    # install-scoped ids SDKs make up (device_id, not in known.yaml)
    adj_uuid: str
    stream_install: str
    # accounts, tokens, his guide licence (never device identifiers)
    bank_user: str
    stream_user: str
    pod_token: str
    guide_user: str
    guide_licence: str
    model: str = "SM-A556B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone94:
        return cls(
            gaid=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_stream=new_hex(rng, 16),
            aid_pod=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            watch_mac=mac(rng, "F8:77:B8"),
            buds_mac=mac(rng, "5C:CB:99"),
            watch_serial="RFAW" + new_hex(rng, 7).upper(),
            email=f"karim.eldeeb{rng.randint(10, 99)}@mailbox-example.org",
            adj_uuid=new_uuid(rng),
            stream_install="inst-" + new_hex(rng, 24),
            bank_user="CIB" + new_digits(rng, 10),
            stream_user="u_" + new_digits(rng, 9),
            pod_token=new_hex(rng, 40),
            guide_user="g" + new_digits(rng, 6),
            guide_licence="EG-TG-" + new_digits(rng, 5),
        )


class FB(LabelledBuilder):
    """Phone94's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A556B Build/UP1A.231005.007)"


def fleet_serial(rng: random.Random, prefix: str) -> str:
    """A serial of someone else's equipment (headset, scanner, screen)."""
    return prefix + new_digits(rng, 7)


def fleet_mac(rng: random.Random) -> str:
    return mac(rng, rng.choice(["00:1B:DC", "D0:39:72", "A4:C1:38"]))


def fleet_imei(rng: random.Random) -> str:
    """A Luhn-valid IMEI of a coach's GPS tracker: a look-alike, not his phone."""
    return luhn_complete(new_digits(rng, 14, "86"))


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone94",
    "fleet_imei",
    "fleet_mac",
    "fleet_serial",
    "floats",
    "iso",
    "mac",
    "ms",
    "rf",
    "rid",
    "ua",
]
