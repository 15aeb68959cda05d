"""The set-86 device: a radio host's Samsung Galaxy S24 (Android 14) in Italy and Malta.

Her own devices are the phone (GAID, one ANDROID_ID per app since Android 8),
her Galaxy Buds (BLE MAC) and her Galaxy Watch (serial, Wi-Fi MAC). The
station's studio equipment (desk, codecs, microphones, encoders) is NOT hers and
is not listed here: its serials and MACs are decoys made in `studio.py`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_stream": "android_id",
    "aid_bank": "android_id",
    "aid_game": "android_id",
    "aid_wear": "android_id",
    "buds_mac": "mac",
    "watch_mac": "mac",
    "watch_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "stream_user", "bank_user", "pod_token", "game_user", "host_user"}
)


def mac(rng: random.Random, oui: str) -> str:
    """A MAC with a real vendor prefix and a random tail."""
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone86(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_stream: str
    aid_bank: str
    aid_game: str
    aid_wear: str
    buds_mac: str
    watch_mac: str
    watch_serial: str
    email: str
    # install-scoped ids SDKs make up (device_id, not in known.yaml)
    stream_fid: str
    af_uid: str
    unity_install: str
    # accounts and tokens (not device identifiers; never labelled)
    stream_user: str
    bank_user: str
    pod_token: str
    game_user: str
    host_user: str
    model: str = "SM-S921B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone86:
        return cls(
            gaid=new_uuid(rng),
            aid_stream=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            aid_wear=new_hex(rng, 16),
            buds_mac=mac(rng, "A4:30:7A"),  # Samsung Electronics OUI
            watch_mac=mac(rng, "8C:71:F8").lower(),  # Samsung Electronics OUI
            watch_serial="R" + new_digits(rng, 2, "9") + "W" + new_hex(rng, 8).upper(),
            email=f"giulia.camilleri{rng.randint(10, 99)}@posta-example.it",
            stream_fid="c" + new_hex(rng, 21),
            af_uid=f"17325{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            unity_install=new_uuid(rng),
            stream_user="u" + new_digits(rng, 10),
            bank_user="BL" + new_digits(rng, 9),
            pod_token=new_hex(rng, 40),
            game_user="p_" + new_hex(rng, 12),
            host_user="gcamilleri",
        )


class FB(LabelledBuilder):
    """Phone86's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)"
