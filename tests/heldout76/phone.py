"""The set-76 devices and the flow builder that labels every identifier it inserts.

A journalist's iPhone 15 Pro (iPhone16,1, iOS 17.5) in Germany and the
Netherlands. IDFA only where App Tracking Transparency was allowed (the other
apps send the all-zero IDFA), one IDFV per vendor, and her own Apple Watch and
AirPods (serials, Bluetooth addresses). The newsroom's shared cameras, drones
and microphones are NOT hers: their serials are made in `equipment.py` and are
never device attributes here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "idfa": "idfa",
    "idfv_stream": "idfv",
    "idfv_bank": "idfv",
    "idfv_game": "idfv",
    "idfv_voice": "idfv",
    "idfv_run": "idfv",
    "watch_serial": "serial",
    "pods_serial": "serial",
    "watch_bt": "mac",
    "pods_bt": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "stream_user", "bank_user", "voice_user", "run_user", "apns_token"}
)
ZERO_IDFA = "00000000-0000-0000-0000-000000000000"


def _uuid_upper(rng: random.Random) -> str:
    return new_uuid(rng).upper()


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone76(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_stream: str
    idfv_bank: str
    idfv_game: str
    idfv_voice: str
    idfv_run: str
    watch_serial: str
    pods_serial: str
    watch_bt: str
    pods_bt: str
    email: str
    # install-scoped ids SDKs make up (device_id, not in known.yaml)
    adjust_adid: str
    ga_user_id: str
    facetec_device_key: str
    # accounts and tokens (never labelled as device identifiers)
    stream_user: str
    bank_user: str
    voice_user: str
    run_user: str
    apns_token: str
    model: str = "iPhone16,1"

    @classmethod
    def make(cls, rng: random.Random) -> Phone76:
        return cls(
            idfa=_uuid_upper(rng),
            idfv_stream=_uuid_upper(rng),
            idfv_bank=_uuid_upper(rng),
            idfv_game=_uuid_upper(rng),
            idfv_voice=_uuid_upper(rng),
            idfv_run=_uuid_upper(rng),
            watch_serial="H" + new_hex(rng, 9).upper(),
            pods_serial="GX" + new_hex(rng, 10).upper(),
            watch_bt=_mac(rng, "F0:C3:71"),
            pods_bt=_mac(rng, "AC:90:85"),
            email=f"j.vandermeer{rng.randint(10, 99)}@redaktion-example.de",
            adjust_adid=new_hex(rng, 32),
            ga_user_id=new_uuid(rng),
            facetec_device_key="dK" + new_hex(rng, 30),
            stream_user="fl" + new_digits(rng, 9),
            bank_user=new_digits(rng, 10, "4"),
            voice_user="u-" + new_hex(rng, 12),
            run_user=new_digits(rng, 8, "7"),
            apns_token=new_hex(rng, 64),
        )


class FB(LabelledBuilder):
    """Phone76's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    """What URLSession sends on iOS 17.5."""
    return f"{app}/{ver} CFNetwork/1496.0.7 Darwin/23.5.0"


def web_ua() -> str:
    return (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Mobile/15E148"
    )


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "ZERO_IDFA",
    "Phone76",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
    "web_ua",
]
