"""The set-84 devices and the flow builder that labels every identifier it inserts.

An iPhone 15 (iOS 17.5) of a fitness instructor who teaches at a gym chain in
Australia and New Zealand. Apple gives every app vendor its own IDFV
(`identifierForVendor`), so known.yaml lists one per vendor whose app sends it;
the IDFA is sent only by apps she allowed under App Tracking Transparency (the
others send the all-zero IDFA iOS returns when tracking is denied, which is no
identifier). Her own Apple-Watch-like watch and earbuds have serials and BLE
MACs. The gym's shared treadmills, scales and heart-rate screens are NOT hers:
their serials are generated per flow in the app modules and are decoys.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "idfa": "advertising_id",
    "idfv_stream": "device_id",
    "idfv_game": "device_id",
    "idfv_bank": "device_id",
    "idfv_wear": "device_id",
    "watch_serial": "serial",
    "buds_serial": "serial",
    "watch_mac": "mac",
    "buds_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "gym_member", "stream_user", "bank_user", "game_user", "push_token"}
)
ZERO_IDFA = "00000000-0000-0000-0000-000000000000"


def mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def serial(rng: random.Random, prefix: str, n: int = 9) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return prefix + "".join(rng.choice(alphabet) for _ in range(n))


@dataclass(frozen=True, slots=True)
class Phone84(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_stream: str
    idfv_game: str
    idfv_bank: str
    idfv_wear: str
    watch_serial: str
    buds_serial: str
    watch_mac: str
    buds_mac: str
    email: str
    # install-scoped ids SDKs make up (device_id, not in known.yaml)
    af_uid: str
    adjust_adid: str
    mux_viewer: str
    firebase_instance: str
    # account ids and tokens (never labelled as device identifiers)
    gym_member: str
    stream_user: str
    bank_user: str
    game_user: str
    push_token: str
    model: str = "iPhone15,4"

    @classmethod
    def make(cls, rng: random.Random) -> Phone84:
        return cls(
            idfa=new_uuid(rng).upper(),
            idfv_stream=new_uuid(rng).upper(),
            idfv_game=new_uuid(rng).upper(),
            idfv_bank=new_uuid(rng).upper(),
            idfv_wear=new_uuid(rng).upper(),
            watch_serial=serial(rng, "H4", 10),
            buds_serial=serial(rng, "GX", 10),
            watch_mac=mac(rng, "F0:C3:71"),
            buds_mac=mac(rng, "AC:3C:0B"),
            email=f"aroha.mcallister{rng.randint(10, 99)}@mailbox-example.org",
            af_uid=f"17309{new_digits(rng, 8)}-{new_digits(rng, 7)}",
            adjust_adid=new_hex(rng, 32),
            mux_viewer=new_hex(rng, 24),
            firebase_instance=new_hex(rng, 32).upper(),
            gym_member="M" + new_digits(rng, 8),
            stream_user="usr_" + new_hex(rng, 16),
            bank_user=new_digits(rng, 9, "7"),
            game_user=new_digits(rng, 12),
            push_token=new_hex(rng, 64),
        )


class FB(LabelledBuilder):
    """Phone84's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str, build: int = 412) -> str:
    """The User-Agent URLSession writes for an iOS 17.5 app."""
    return f"{app}/{build} CFNetwork/1496.0.7 Darwin/23.5.0"


def sdk_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPhone; iOS 17.5.1; Scale/3.00)"


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "ZERO_IDFA",
    "Phone84",
    "floats",
    "iso",
    "mac",
    "ms",
    "rf",
    "rid",
    "sdk_ua",
    "serial",
    "ua",
]
