"""The set-92 device and the flow builder that labels every identifier it inserts.

A Samsung Galaxy XCover 7 (SM-G556B, Android 14) carried by a shopping-mall
security supervisor in Johannesburg and Cape Town. Most of its apps are work
tools whose traffic names cameras, radios, body-cams, door readers and signage
players: those belong to the mall or the security company, not to the tester,
and are never labelled. His own things are the phone (GAID, one ANDROID_ID per
app that reads it, IMEI), his Galaxy Watch (BLE MAC, serial) and his Galaxy
Buds (BT MAC).
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
    "aid_game": "android_id",
    "aid_patrol": "android_id",
    "imei": "imei",
    "watch_mac": "mac",
    "buds_mac": "mac",
    "watch_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "bank_user", "stream_user", "pod_user", "guard_no", "push_token"}
)


def mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone92(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_bank: str
    aid_stream: str
    aid_game: str
    aid_patrol: str
    imei: str
    watch_mac: str
    buds_mac: str
    watch_serial: str
    email: str
    # install-scoped ids that SDKs make up (device_id, not in known.yaml)
    stream_fid: str
    bank_device_fp: str
    game_install: str
    pod_install: str
    # account ids and tokens (never labelled as device identifiers)
    bank_user: str
    stream_user: str
    pod_user: str
    guard_no: str
    push_token: str
    model: str = "SM-G556B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone92:
        return cls(
            gaid=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_stream=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            aid_patrol=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            watch_mac=mac(rng, "B0:4A:6A"),
            buds_mac=mac(rng, "5C:CB:99"),
            watch_serial="R9" + new_hex(rng, 9).upper(),
            email=f"sipho.dlamini{rng.randint(10, 99)}@mailbox-example.co.za",
            stream_fid="c" + new_hex(rng, 21),
            bank_device_fp=new_hex(rng, 40),
            game_install=new_uuid(rng),
            pod_install=new_uuid(rng).upper(),
            bank_user="CIF" + new_digits(rng, 9),
            stream_user="kyk_" + new_hex(rng, 12),
            pod_user=new_digits(rng, 8, "7"),
            guard_no="PSIRA-" + new_digits(rng, 7),
            push_token="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Phone92's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-G556B Build/UP1A.231005.007)"


def serial(rng: random.Random, prefix: str, n: int = 9) -> str:
    """A serial number of somebody else's equipment (mall, security company)."""
    return prefix + new_hex(rng, n).upper()


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone92",
    "floats",
    "iso",
    "mac",
    "ms",
    "rf",
    "rid",
    "serial",
    "ua",
]
