"""The set-150 devices and the flow builder that labels every identifier it inserts.

The tester is a hotel night manager in Lisbon. Their own devices are one Galaxy
S23 (Android 14): the hotel's staff apps run on it in a BYOD work profile (PMS,
mobile key, time clock), next to a streaming and a podcast app. Since Android 8
every app sees its own ANDROID_ID, so known.yaml lists one per app. Everything
else in the building (room TVs, door locks, encoders, CCTV cameras, signage
players, the Zebra handhelds, the check-in kiosk) belongs to the hotel: their
serials and MACs are sent in clear but are not the tester's device ids, so the
modules make them up per flow and call them decoys.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_pms": "android_id",
    "aid_keys": "android_id",
    "aid_clock": "android_id",
    "aid_play": "android_id",
    "imei": "imei",
    "serial": "serial",
    "wifi_mac": "mac",
}
NOT_DEVICE = frozenset({"staff_no", "play_account", "pc_account", "model"})


@dataclass(frozen=True, slots=True)
class Phone150(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_pms: str
    aid_keys: str
    aid_clock: str
    aid_play: str
    imei: str
    serial: str
    wifi_mac: str
    # ids SDKs and apps make up on the phone (device ids, not in known.yaml)
    key_endpoint: str
    af_uid: str
    app_instance: str
    # accounts (never device ids)
    staff_no: str
    play_account: str
    pc_account: str
    model: str = "SM-S911B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone150:
        return cls(
            gaid=new_uuid(rng),
            aid_pms=new_hex(rng, 16),
            aid_keys=new_hex(rng, 16),
            aid_clock=new_hex(rng, 16),
            aid_play=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            serial="R5CW" + new_hex(rng, 7).upper(),
            wifi_mac="b0:6f:e0:" + ":".join(new_hex(rng, 2) for _ in range(3)),
            key_endpoint="EP-" + new_hex(rng, 20).upper(),
            af_uid=f"17330{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            app_instance=new_hex(rng, 32),
            staff_no="MIR" + new_digits(rng, 5),
            play_account="u" + new_digits(rng, 9),
            pc_account=new_uuid(rng),
        )


class FB(LabelledBuilder):
    """Phone150's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; SM-S911B Build/UP1A.231005.007)"


def hotel_mac(rng: random.Random, oui: str) -> str:
    """A MAC of the hotel's equipment (not the tester's device)."""
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def room(rng: random.Random) -> int:
    return rng.randint(1, 7) * 100 + rng.randint(1, 24)


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone150", "hotel_mac", "iso", "ms", "rf", "rid", "room", "ua"]
