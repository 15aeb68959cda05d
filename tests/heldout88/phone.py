"""The set-88 devices and the flow builder that labels every identifier it inserts.

A Samsung Galaxy S23 (SM-S911B, Android 14) belonging to a real-estate agent in
Dubai. Her own identifiers: the Google advertising id, one ANDROID_ID per app
that reads it (Android 8+ scopes it per app signing key), her Galaxy Watch's BLE
MAC and serial, and her Galaxy Buds' BLE MAC. Lockboxes, sellers' thermostats,
the agency's shared drone and show-room screens are not hers: their serials and
MACs are made up inside the app modules and never labelled as device ids.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_bank": "android_id",
    "aid_game": "android_id",
    "aid_portal": "android_id",
    "watch_mac": "mac",
    "buds_mac": "mac",
    "watch_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "agent_id", "bank_cif", "stream_user", "bank_push", "listener_id"}
)


def mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone88(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_bank: str
    aid_game: str
    aid_portal: str
    watch_mac: str
    buds_mac: str
    watch_serial: str
    email: str
    # install-scoped ids SDKs and apps make up (device_id, not in known.yaml)
    portal_af_uid: str
    stream_device: str
    game_install: str
    # account ids and tokens (never device identifiers)
    agent_id: str
    bank_cif: str
    stream_user: str
    bank_push: str
    listener_id: str
    model: str = "SM-S911B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone88:
        return cls(
            gaid=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            aid_portal=new_hex(rng, 16),
            watch_mac=mac(rng, "A0:D0:5B"),
            buds_mac=mac(rng, "B4:9D:02"),
            watch_serial="R9W" + new_hex(rng, 8).upper(),
            email=f"layla.haddad{rng.randint(10, 99)}@realty-example.ae",
            portal_af_uid=f"17125{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            stream_device=new_uuid(rng),
            game_install=new_hex(rng, 32),
            agent_id="AGT-" + new_digits(rng, 6),
            bank_cif=new_digits(rng, 10, "7"),
            stream_user="u_" + new_hex(rng, 12),
            bank_push="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
            listener_id="L" + new_digits(rng, 9),
        )


class FB(LabelledBuilder):
    """Phone88's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)"


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone88", "floats", "iso", "mac", "ms", "rf", "rid", "ua"]
