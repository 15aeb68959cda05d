"""The set-60 device: a student's Google Pixel 7a (Android 14) in Sweden, Norway
and Finland, and the flow builder that labels every identifier it inserts.

Since Android 8 each app sees its own ANDROID_ID, so known.yaml lists one per
app that sends it. The gym app pairs the student's own heart-rate strap (its
BLE MAC is a device identifier of a thing the tester owns); the shared sauna
and laundry machines, the shop's deposit machines and the lift gates are not.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_transit": "android_id",
    "aid_gym": "android_id",
    "aid_stream": "android_id",
    "aid_bank": "android_id",
    "aid_game": "android_id",
    "hr_mac": "mac",
    "imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "student_no", "food_user", "stream_user", "bank_user", "push_token"}
)


@dataclass(frozen=True, slots=True)
class Phone60(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_transit: str
    aid_gym: str
    aid_stream: str
    aid_bank: str
    aid_game: str
    hr_mac: str
    imei: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    food_fid: str
    market_fid: str
    food_af_uid: str
    ga_instance: str
    transit_install: str
    unity_install: str
    stream_device: str
    # account ids and tokens (never labelled as device identifiers)
    student_no: str
    food_user: str
    stream_user: str
    bank_user: str
    push_token: str
    model: str = "Pixel 7a"

    @classmethod
    def make(cls, rng: random.Random) -> Phone60:
        return cls(
            gaid=new_uuid(rng),
            aid_transit=new_hex(rng, 16),
            aid_gym=new_hex(rng, 16),
            aid_stream=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            hr_mac="A0:9E:1A:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            email=f"elin.virtanen{rng.randint(10, 99)}@student-example.fi",
            food_fid="c" + new_hex(rng, 21),
            market_fid="e" + new_hex(rng, 21),
            food_af_uid=f"17318{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            ga_instance=new_hex(rng, 32),
            transit_install=new_uuid(rng),
            unity_install=new_hex(rng, 32),
            stream_device=new_uuid(rng).upper(),
            student_no=new_digits(rng, 9, "01"),
            food_user="u_" + new_hex(rng, 12),
            stream_user=new_digits(rng, 10, "8"),
            bank_user="K" + new_digits(rng, 8),
            push_token="f" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 44),
        )


class FB(LabelledBuilder):
    """Phone60's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; Pixel 7a Build/AP2A.240905.003)"


def track(rng: random.Random, lat: float, lon: float, n: int) -> list[list[float]]:
    """A GPS track: a random walk of [lat, lon] pairs (a look-alike of landmark lists)."""
    out = []
    for _ in range(n):
        lat += rng.gauss(0, 0.0004)
        lon += rng.gauss(0, 0.0007)
        out.append([round(lat, 6), round(lon, 6)])
    return out


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone60",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "track",
    "ua",
]
