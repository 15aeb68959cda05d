"""The set-90 device and the flow builder that labels every identifier it inserts.

A flight attendant's iPhone 15 (iOS 17), based between Doha and Singapore. Her
own identifiers: the IDFA (ATT allowed for two apps), one IDFV per app vendor
(her streaming app, her bank, the game studio), her running watch's serial and
her earbuds' Bluetooth MAC. Everything else that looks like a device id in this
set belongs to the airline (cabin iPads, seat-back units, the duty-free card
terminal) or to nobody (request ids, tail numbers, ICAO24 addresses).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "idfa": "advertising_id",
    "idfv_stream": "device_id",
    "idfv_bank": "device_id",
    "idfv_games": "device_id",
    "watch_serial": "serial",
    "buds_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset({"email", "model", "stream_user", "bank_user", "crew_no", "pod_user"})


@dataclass(frozen=True, slots=True)
class Phone90(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_stream: str
    idfv_bank: str
    idfv_games: str
    watch_serial: str
    buds_mac: str
    email: str
    # ids SDKs make up (device_id, not in known.yaml)
    adjust_adid: str
    af_uid: str
    firebase_fid: str
    stream_device: str
    pod_install: str
    # accounts (never labelled)
    stream_user: str
    bank_user: str
    crew_no: str
    pod_user: str
    model: str = "iPhone15,4"

    @classmethod
    def make(cls, rng: random.Random) -> Phone90:
        return cls(
            idfa=new_uuid(rng).upper(),
            idfv_stream=new_uuid(rng).upper(),
            idfv_bank=new_uuid(rng).upper(),
            idfv_games=new_uuid(rng).upper(),
            watch_serial=new_digits(rng, 10, "35"),
            buds_mac="AC:80:0A:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            email=f"noor.alkuwari{rng.randint(10, 99)}@inbox-example.net",
            adjust_adid=new_hex(rng, 32),
            af_uid=f"17{new_digits(rng, 11)}-{new_digits(rng, 7)}",
            firebase_fid="c" + new_hex(rng, 21),
            stream_device=new_uuid(rng),
            pod_install=new_hex(rng, 24),
            stream_user="sv" + new_digits(rng, 9),
            bank_user="CIF" + new_digits(rng, 8),
            crew_no=new_digits(rng, 6, "3"),
            pod_user="p_" + new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    """Phone90's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str, build: str = "1") -> str:
    """NSURLSession's default User-Agent: App/build CFNetwork/x Darwin/y."""
    return f"{app}/{build}.{ver} CFNetwork/1494.0.7 Darwin/23.4.0"


def tail(rng: random.Random) -> str:
    """An aircraft registration (Qatar A7-, Singapore 9V-): public, no device id."""
    if rng.random() < 0.6:
        return "A7-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))
    return "9V-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))


def seat(rng: random.Random) -> str:
    return f"{rng.randint(1, 62)}{rng.choice('ABCDEFGHJK')}"


def fake_mac(rng: random.Random) -> str:
    """A MAC of something that is not hers (a seat-back unit, an airline iPad)."""
    return ":".join(new_hex(rng, 2).upper() for _ in range(6))


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone90",
    "fake_mac",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "seat",
    "tail",
    "ua",
]
