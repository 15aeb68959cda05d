"""The set-57 devices and the flow builder that labels every identifier it inserts.

A family iPad (iPadOS 17.4, IDFA allowed for the kids' games only, one IDFV per
vendor), the parent's iPhone (bank app) and the parent's Apple Watch (a surf
app's watch extension sends its own IDFV), plus the household's solar battery
inverter (serial and Wi-Fi MAC: a thing the family owns, so a device id).
IDFA / IDFV: Apple AdSupport `ASIdentifierManager.advertisingIdentifier` and
UIKit `UIDevice.identifierForVendor` (upper-case UUID strings).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.flowmodel import Context
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "idfa": "idfa",
    "idfv_games": "idfv",
    "idfv_shop": "idfv",
    "idfv_park": "idfv",
    "idfv_ride": "idfv",
    "idfv_bank": "idfv",
    "idfv_watch": "idfv",
    "idfv_kids": "idfv",
    "inverter_serial": "serial",
    "inverter_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "shop_card", "ride_user", "bank_user", "kids_profile", "pharm_user"}
)


def _uu(rng: random.Random) -> str:
    return new_uuid(rng).upper()


@dataclass(frozen=True, slots=True)
class Device57(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_games: str
    idfv_shop: str
    idfv_park: str
    idfv_ride: str
    idfv_bank: str
    idfv_watch: str
    idfv_kids: str
    inverter_serial: str
    inverter_mac: str
    email: str
    # ids SDKs make up (device ids, not in known.yaml)
    af_uid: str
    unity_idfi: str
    seg_anon: str
    drawing_install: str
    # accounts (never labelled as device ids)
    shop_card: str
    ride_user: str
    bank_user: str
    kids_profile: str
    pharm_user: str
    model: str = "iPad13,18"

    @classmethod
    def make(cls, rng: random.Random) -> Device57:
        oui = rng.choice(["E8:9F:6D", "48:E7:29"])
        return cls(
            idfa=_uu(rng),
            idfv_games=_uu(rng),
            idfv_shop=_uu(rng),
            idfv_park=_uu(rng),
            idfv_ride=_uu(rng),
            idfv_bank=_uu(rng),
            idfv_watch=_uu(rng),
            idfv_kids=_uu(rng),
            inverter_serial="SE" + new_hex(rng, 8).upper() + "-" + new_digits(rng, 2),
            inverter_mac=oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            email=f"aroha.mcgregor{rng.randint(10, 99)}@inbox-example.co.nz",
            af_uid=f"{int(1709800000000 + rng.randint(0, 10**8))}-{new_digits(rng, 19)}",
            unity_idfi=_uu(rng),
            seg_anon=new_uuid(rng),
            drawing_install=new_uuid(rng),
            shop_card="9355" + new_digits(rng, 9),
            ride_user="r_" + new_hex(rng, 20),
            bank_user=new_digits(rng, 9, "4"),
            kids_profile="kp-" + new_hex(rng, 10),
            pharm_user="PH" + new_digits(rng, 8),
        )


class FB(LabelledBuilder):
    """Device57's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str, build: str = "1") -> str:
    """The CFNetwork user agent an iPadOS 17.4 app sends by default."""
    return f"{app}/{build} CFNetwork/1494.0.7 Darwin/23.4.0"


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
    b.header("accept-language", c.rng.choice(["en-AU", "en-NZ", "mi-NZ"]))
    return b


def series(rng: random.Random, n: int, lo: float, hi: float, nd: int = 2) -> list[float]:
    return [round(rng.uniform(lo, hi), nd) for _ in range(n)]


def pts(rng: random.Random, n: int, w: int = 1024, h: int = 768) -> list[list[float]]:
    """A wandering 2-D path (a finger stroke, a polyline, a floor-plan outline)."""
    x, y = rng.uniform(0, w), rng.uniform(0, h)
    out = []
    for _ in range(n):
        x = min(w, max(0, x + rng.gauss(0, 9)))
        y = min(h, max(0, y + rng.gauss(0, 9)))
        out.append([round(x, 1), round(y, 1)])
    return out


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "Device57",
    "iso",
    "ms",
    "new",
    "pts",
    "rf",
    "rid",
    "series",
    "ua",
]
