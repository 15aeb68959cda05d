"""The set-70 devices and the flow builder that labels every identifier it inserts.

A video creator's iPhone 16 Pro (iOS 18.1, model code iPhone17,1) in Toronto /
Montréal. Apple gives every vendor its own IDFV, so known.yaml lists one per
vendor that sends it; the IDFA only when the creator allowed tracking (ATT).
The creator owns an Apple Watch (a teleprompter remote) and AirPods Pro (a live
audio source); the studio's cameras, lights, DMX nodes and the rented lens are
NOT the creator's and live in `studio.py`, never here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "idfa": "advertising_id",
    "idfv_reel": "device_id",
    "idfv_glow": "device_id",
    "idfv_echo": "device_id",
    "idfv_live": "device_id",
    "idfv_prompt": "device_id",
    "idfv_stats": "device_id",
    "watch_serial": "serial",
    "airpods_serial": "serial",
    "airpods_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset({"email", "model", "reel_user", "glow_user", "echo_user", "live_user"})


def _upper_uuid(rng: random.Random) -> str:
    return new_uuid(rng).upper()


@dataclass(frozen=True, slots=True)
class Phone70(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_reel: str
    idfv_glow: str
    idfv_echo: str
    idfv_live: str
    idfv_prompt: str
    idfv_stats: str
    watch_serial: str
    airpods_serial: str
    airpods_mac: str
    email: str
    # install-scoped ids the SDKs make up (device_id, not in known.yaml)
    af_uid: str
    adjust_uuid: str
    fid_glow: str
    reel_install: str
    # account ids (never labelled as device ids)
    reel_user: str
    glow_user: str
    echo_user: str
    live_user: str
    model: str = "iPhone17,1"

    @classmethod
    def make(cls, rng: random.Random) -> Phone70:
        return cls(
            idfa=_upper_uuid(rng),
            idfv_reel=_upper_uuid(rng),
            idfv_glow=_upper_uuid(rng),
            idfv_echo=_upper_uuid(rng),
            idfv_live=_upper_uuid(rng),
            idfv_prompt=_upper_uuid(rng),
            idfv_stats=_upper_uuid(rng),
            watch_serial="G" + new_hex(rng, 9).upper().replace("0", "K"),
            airpods_serial="H" + new_hex(rng, 11).upper().replace("1", "W"),
            airpods_mac="BC:D0:74:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            email=f"maelle.tran.films{rng.randint(10, 99)}@mailbox-example.ca",
            af_uid=f"17415{new_digits(rng, 8)}-{new_digits(rng, 7)}",
            adjust_uuid=new_uuid(rng),
            fid_glow="c" + new_hex(rng, 21),
            reel_install=new_uuid(rng),
            reel_user="rh_" + new_digits(rng, 9),
            glow_user="gm" + new_hex(rng, 16),
            echo_user="usr_" + new_hex(rng, 20),
            live_user=new_digits(rng, 10, "7"),
        )


class FB(LabelledBuilder):
    """Phone70's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, build: str) -> str:
    """What URLSession sends on iOS 18.1: app/build CFNetwork Darwin."""
    return f"{app}/{build} CFNetwork/1568.200.51 Darwin/24.1.0"


def sdk_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPhone; iOS 18.1; Scale/3.00)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone70",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "sdk_ua",
    "ua",
]
