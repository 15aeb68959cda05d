"""The set-80 device: a hospitality worker's Xiaomi Redmi Note 13 (Android 14).

Most of her apps handle the HOTEL's or RESTAURANT's things (room TVs, door
locks, POS tablets, printers, card terminals, CCTV cameras, laundry machines):
their serials and MACs are not her device identifiers and are never labelled.
Her own devices are the phone (GAID, one ANDROID_ID per app that reads it), a
Xiaomi smartwatch and Redmi earbuds paired to it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_stream": "android_id",
    "aid_bank": "android_id",
    "aid_game": "android_id",
    "aid_fit": "android_id",
    "watch_mac": "mac",
    "buds_mac": "mac",
    "watch_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "staff_no", "stream_user", "pod_user", "bank_user", "fit_user"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone80(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_stream: str
    aid_bank: str
    aid_game: str
    aid_fit: str
    watch_mac: str
    buds_mac: str
    watch_serial: str
    email: str
    # ids SDKs and apps make up (device_id, not in known.yaml)
    stream_install: str
    pod_install: str
    adjust_uuid: str
    af_uid: str
    # account ids (never labelled)
    staff_no: str
    stream_user: str
    pod_user: str
    bank_user: str
    fit_user: str
    model: str = "23124RA7EO"

    @classmethod
    def make(cls, rng: random.Random) -> Phone80:
        return cls(
            gaid=new_uuid(rng),
            aid_stream=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            aid_fit=new_hex(rng, 16),
            watch_mac=_mac(rng, "D4:43:8A"),
            buds_mac=_mac(rng, "9C:9E:D5"),
            watch_serial=new_digits(rng, 5, "5") + "/" + new_hex(rng, 8).upper(),
            email=f"ines.carvalho{rng.randint(10, 99)}@correio-exemplo.pt",
            stream_install=new_uuid(rng),
            pod_install=new_uuid(rng).upper(),
            adjust_uuid=new_uuid(rng),
            af_uid=f"17329{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            staff_no="HX" + new_digits(rng, 6),
            stream_user="u" + new_digits(rng, 10),
            pod_user=new_hex(rng, 24),
            bank_user="PT" + new_digits(rng, 9),
            fit_user=new_digits(rng, 10, "6"),
        )


class FB(LabelledBuilder):
    """Phone80's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; 23124RA7EO Build/UKQ1.231003.002)"


def b_(c, sdk: str, method: str, url: str, app: str = "okhttp", ver: str = "4.12.0") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", ua(app, ver) if app != "okhttp" else "okhttp/4.12.0")
    return b


def serial(rng: random.Random, prefix: str, n: int = 8) -> str:
    """A serial of some hotel/restaurant equipment (not hers: never labelled)."""
    return prefix + new_hex(rng, n).upper()


def mac(rng: random.Random, oui: str) -> str:
    return _mac(rng, oui)


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "Phone80",
    "b_",
    "floats",
    "iso",
    "mac",
    "ms",
    "rf",
    "rid",
    "serial",
    "ua",
]
