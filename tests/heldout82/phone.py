"""The set-82 device and the flow builder that labels every identifier it inserts.

A Samsung Galaxy A54 (SM-A546E, Android 14, One UI 6) of a call-centre agent
working for a customer-support outsourcer in Manila and Pune. Most of her apps
are work apps whose traffic resembles sensitive data without being any (call
recordings of customers, QA scores, shared desk phones); a few are truly
sensitive (her streaming and podcast apps, her bank's selfie match and voice ID,
ad SDKs with the GAID, her own earbuds and watch). Since Android 8 every app
sees its own ANDROID_ID, so known.yaml lists one per app that sends it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_food": "android_id",
    "aid_ride": "android_id",
    "aid_game": "android_id",
    "aid_bank": "android_id",
    "aid_it": "android_id",
    "aid_stream": "android_id",
    "buds_mac": "mac",
    "watch_mac": "mac",
    "buds_serial": "serial",
    "watch_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "agent_id", "stream_user", "music_user", "bank_cust", "rider_user"}
)


def mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone82(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_food: str
    aid_ride: str
    aid_game: str
    aid_bank: str
    aid_it: str
    aid_stream: str
    buds_mac: str
    watch_mac: str
    buds_serial: str
    watch_serial: str
    email: str
    # ids SDKs and apps make up for this install (device_id, not in known.yaml)
    adjust_uuid: str
    af_uid: str
    unity_idfi: str
    stream_fid: str
    amp_device: str
    bank_binding: str
    # account ids (not device identifiers; never labelled as such)
    agent_id: str
    stream_user: str
    music_user: str
    bank_cust: str
    rider_user: str
    model: str = "SM-A546E"

    @classmethod
    def make(cls, rng: random.Random) -> Phone82:
        return cls(
            gaid=new_uuid(rng),
            aid_food=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_it=new_hex(rng, 16),
            aid_stream=new_hex(rng, 16),
            buds_mac=mac(rng, "A4:30:7A"),
            watch_mac=mac(rng, "5C:CB:99"),
            buds_serial="R3RW" + new_hex(rng, 7).upper(),
            watch_serial="RFAW" + new_hex(rng, 7).upper(),
            email=f"maricel.dizon{rng.randint(10, 99)}@mail-example.ph",
            adjust_uuid=new_uuid(rng),
            af_uid=f"17{new_digits(rng, 11)}-{new_digits(rng, 19)}",
            unity_idfi=new_uuid(rng),
            stream_fid="c" + new_hex(rng, 21),
            amp_device=new_uuid(rng) + "R",
            bank_binding="DB" + new_hex(rng, 30).upper(),
            agent_id="KCX-" + new_digits(rng, 6),
            stream_user="u_" + new_digits(rng, 10),
            music_user=new_hex(rng, 22),
            bank_cust="C" + new_digits(rng, 11),
            rider_user="PH" + new_digits(rng, 9),
        )


class FB(LabelledBuilder):
    """Phone82's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"


def series(rng: random.Random, n: int, base: float, spread: float, nd: int = 2) -> list[float]:
    """A numeric series (prices, loudness, MOS...): looks like a vector, is none."""
    return [round(base + rng.gauss(0, spread), nd) for _ in range(n)]


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "Phone82",
    "floats",
    "iso",
    "mac",
    "ms",
    "rf",
    "rid",
    "series",
    "ua",
]
