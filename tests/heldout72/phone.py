"""The set-72 devices and the flow builder that labels every identifier it inserts.

A school teacher's own iPad Air (iPad13,16, iPadOS 17.5) in Texas: IDFA only for
the one game that asked and was allowed (Apple AdSupport
`ASIdentifierManager.advertisingIdentifier`), one IDFV per vendor (UIKit
`UIDevice.identifierForVendor`, upper-case UUID strings). The teacher also owns
an Apple Watch and AirPods Pro (serials, the AirPods' Bluetooth address). Every
school device the apps talk about (cart iPads, Chromebooks, the whiteboard, the
document camera, the PE heart-rate straps, the bus GPS units) belongs to the
district, not to the teacher: those identifiers are made per flow from the rng
and are never attributes here, so they are decoys, not device ids.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.flowmodel import Context
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "idfa": "idfa",
    "idfv_stream": "idfv",
    "idfv_bank": "idfv",
    "idfv_voice": "idfv",
    "idfv_game": "idfv",
    "idfv_words": "idfv",
    "idfv_health": "idfv",
    "watch_serial": "serial",
    "pods_serial": "serial",
    "pods_bt": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "staff_id", "stream_profile", "bank_user", "voice_user", "apple_dsid"}
)


def _uu(rng: random.Random) -> str:
    return new_uuid(rng).upper()


def mac(rng: random.Random, oui: str, upper: bool = True) -> str:
    """A MAC address under a vendor prefix (school equipment makes its own per flow)."""
    tail = ":".join(new_hex(rng, 2) for _ in range(3))
    out = oui + ":" + tail
    return out.upper() if upper else out.lower()


def apple_serial(rng: random.Random) -> str:
    """A 10-character randomised Apple serial (the 2021+ scheme)."""
    return "".join(rng.choice("BCDFGHJKLMNPQRTVWXY0123456789") for _ in range(10))


@dataclass(frozen=True, slots=True)
class Device72(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_stream: str
    idfv_bank: str
    idfv_voice: str
    idfv_game: str
    idfv_words: str
    idfv_health: str
    watch_serial: str
    pods_serial: str
    pods_bt: str
    email: str
    # ids SDKs make up (device ids, not in known.yaml)
    fa_instance: str
    branch_token: str
    stream_install: str
    # accounts (never labelled as device ids)
    staff_id: str
    stream_profile: str
    bank_user: str
    voice_user: str
    apple_dsid: str
    model: str = "iPad13,16"

    @classmethod
    def make(cls, rng: random.Random) -> Device72:
        return cls(
            idfa=_uu(rng),
            idfv_stream=_uu(rng),
            idfv_bank=_uu(rng),
            idfv_voice=_uu(rng),
            idfv_game=_uu(rng),
            idfv_words=_uu(rng),
            idfv_health=_uu(rng),
            watch_serial=apple_serial(rng),
            pods_serial=apple_serial(rng),
            pods_bt=mac(rng, "F4:34:F0"),
            email=f"l.garza{rng.randint(10, 99)}@teacher-example.net",
            fa_instance=new_hex(rng, 32).upper(),
            branch_token=new_digits(rng, 19, "1"),
            stream_install=new_uuid(rng),
            staff_id="E" + new_digits(rng, 6),
            stream_profile="p_" + new_hex(rng, 12),
            bank_user=new_digits(rng, 10, "7"),
            voice_user="amzn1.account." + new_hex(rng, 20).upper(),
            apple_dsid=new_digits(rng, 11, "1"),
        )


class FB(LabelledBuilder):
    """Device72's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, build: str = "1") -> str:
    """The CFNetwork user agent an iPadOS 17.5 app sends by default."""
    return f"{app}/{build} CFNetwork/1496.0.7 Darwin/23.5.0"


def new(
    c: Context,
    sdk: str,
    method: str,
    url: str,
    agent: str,
    params: list[tuple[str, str]] | None = None,
) -> FB:
    b = FB(c, sdk, method, url, params)
    b.header("user-agent", agent)
    b.header("accept-language", c.rng.choice(["en-US", "en-US", "es-US"]))
    return b


def series(rng: random.Random, n: int, lo: float, hi: float, nd: int = 2) -> list[float]:
    return [round(rng.uniform(lo, hi), nd) for _ in range(n)]


def pts(rng: random.Random, n: int, w: float = 1180, h: float = 820) -> list[list[float]]:
    """A wandering 2-D path (an ink stroke, a seat row, a bus route polyline)."""
    x, y = rng.uniform(0, w), rng.uniform(0, h)
    out = []
    for _ in range(n):
        x = min(w, max(0, x + rng.gauss(0, 9)))
        y = min(h, max(0, y + rng.gauss(0, 9)))
        out.append([round(x, 1), round(y, 1)])
    return out


def student(rng: random.Random) -> str:
    """A district student number (an account id, never a device id)."""
    return "S" + new_digits(rng, 7, "2")


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "Device72",
    "apple_serial",
    "iso",
    "mac",
    "ms",
    "new",
    "pts",
    "rf",
    "rid",
    "series",
    "student",
    "ua",
]
