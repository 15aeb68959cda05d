"""The set-98 device and the flow builder that labels every identifier it inserts.

A film-festival programmer's iPhone 15 Pro (iOS 17.5) in Busan, Seoul and Tokyo.
IDFA exists (she allowed tracking in the streaming app and the game); each vendor
gets its own IDFV. She pairs a smartwatch and wireless earbuds (their serials and
Bluetooth addresses are hers). Projectors, media blocks, shuttle buses and signage
players that show up in the festival apps belong to venues, not to her.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "idfa": "advertising_id",
    "idfv_fest": "device_id",
    "idfv_stream": "device_id",
    "idfv_bank": "device_id",
    "idfv_game": "device_id",
    "idfv_pod": "device_id",
    "watch_serial": "serial",
    "buds_serial": "serial",
    "watch_mac": "mac",
    "buds_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "fest_user", "stream_user", "bank_user", "pod_user", "game_user"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone98(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_fest: str
    idfv_stream: str
    idfv_bank: str
    idfv_game: str
    idfv_pod: str
    watch_serial: str
    buds_serial: str
    watch_mac: str
    buds_mac: str
    email: str
    # ids SDKs make up (device_id, not in known.yaml)
    adjust_uuid: str
    braze_device: str
    game_install: str
    # accounts (not device identifiers)
    fest_user: str
    stream_user: str
    bank_user: str
    pod_user: str
    game_user: str
    model: str = "iPhone16,1"

    @classmethod
    def make(cls, rng: random.Random) -> Phone98:
        return cls(
            idfa=new_uuid(rng).upper(),
            idfv_fest=new_uuid(rng).upper(),
            idfv_stream=new_uuid(rng).upper(),
            idfv_bank=new_uuid(rng).upper(),
            idfv_game=new_uuid(rng).upper(),
            idfv_pod=new_uuid(rng).upper(),
            watch_serial="R9W" + new_hex(rng, 8).upper(),
            buds_serial="5" + new_digits(rng, 6) + "E",
            watch_mac=_mac(rng, "D0:03:DF"),
            buds_mac=_mac(rng, "AC:80:0A"),
            email=f"seo.jiwon{rng.randint(10, 99)}@filmmail-example.kr",
            adjust_uuid=new_uuid(rng),
            braze_device=new_uuid(rng),
            game_install=new_hex(rng, 32),
            fest_user="BIFF-P" + new_digits(rng, 6),
            stream_user="m" + new_digits(rng, 10),
            bank_user=new_digits(rng, 12, "3"),
            pod_user="u" + new_hex(rng, 12),
            game_user=new_digits(rng, 9, "7"),
        )


class FB(LabelledBuilder):
    """Phone98's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    """CFNetwork user agent as iOS apps send it."""
    return f"{app}/{ver} CFNetwork/1494.0.7 Darwin/23.4.0"


def ios_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPhone; iOS 17.5; Scale/3.00)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone98",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
