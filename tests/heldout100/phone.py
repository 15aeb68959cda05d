"""The set-100 device: a Swiss public librarian's iPhone 14 (iOS 17).

The IDFA is sent only by the ad SDK of her game (ATT allowed there); each
vendor sees its own IDFV. She pairs an Apple Watch-style fitness watch (its
serial) and earbuds (their BLE MAC). Library kiosks, RFID gates and the lent
tablets are the library's, not hers: their serials are never labelled.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "idfa": "advertising_id",
    "idfv_stream": "idfv",
    "idfv_bank": "idfv",
    "idfv_game": "idfv",
    "idfv_pod": "idfv",
    "watch_serial": "serial",
    "buds_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset({"email", "model", "stream_user", "bank_user", "pod_user", "patron"})


@dataclass(frozen=True, slots=True)
class Phone100(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_stream: str
    idfv_bank: str
    idfv_game: str
    idfv_pod: str
    watch_serial: str
    buds_mac: str
    email: str
    # SDK-made install ids (device_id, not in known.yaml)
    ga_instance: str
    adjust_adid: str
    # account ids (never labelled as device ids)
    stream_user: str
    bank_user: str
    pod_user: str
    patron: str
    model: str = "iPhone15,2"

    @classmethod
    def make(cls, rng: random.Random) -> Phone100:
        return cls(
            idfa=new_uuid(rng).upper(),
            idfv_stream=new_uuid(rng).upper(),
            idfv_bank=new_uuid(rng).upper(),
            idfv_game=new_uuid(rng).upper(),
            idfv_pod=new_uuid(rng).upper(),
            watch_serial="G99" + new_hex(rng, 9).upper(),
            buds_mac="AC:3C:0B:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            email=f"lea.caduff{rng.randint(10, 99)}@bluewin-example.ch",
            ga_instance=new_hex(rng, 32).upper(),
            adjust_adid=new_hex(rng, 32),
            stream_user="u" + new_digits(rng, 9),
            bank_user="CH" + new_digits(rng, 8),
            pod_user="p" + new_hex(rng, 12),
            patron="2" + new_digits(rng, 13),
        )


class FB(LabelledBuilder):
    """Phone100's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} CFNetwork/1490.0.4 Darwin/23.2.0"


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone100", "floats", "iso", "ms", "rf", "rid", "ua"]
