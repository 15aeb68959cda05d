"""The set-45 device and the flow builder that labels every identifier it inserts.

An iPhone 15 (iOS 17.4) of an office worker who travels between Tokyo, Seoul
and Ho Chi Minh City. Most of its apps are ordinary (taxi, konbini / delivery,
step and sleep tracker, messenger, manga reader, study apps, news, a photo
booth camera, smart home and dashcam, games); only a music app, the news
app's video player, a bank's face / voice check, ad SDKs (IDFA when ATT
allows, IDFV per vendor) and device pairing carry sensitive data. iOS gives
every vendor its own IDFV, so known.yaml lists one per vendor that sends it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "idfa": "advertising_id",
    "idfv_taxi": "device_id",
    "idfv_bank": "device_id",
    "idfv_game": "device_id",
    "idfv_music": "device_id",
    "hub_mac": "mac",
    "hub_serial": "serial",
    "dash_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "taxi_user", "bank_user", "music_user", "msg_user", "apns_token"}
)
ZERO_IDFA = "00000000-0000-0000-0000-000000000000"
"""What AdSupport returns when the user denied App Tracking Transparency."""


@dataclass(frozen=True, slots=True)
class Phone45(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_taxi: str
    idfv_bank: str
    idfv_game: str
    idfv_music: str
    hub_mac: str
    hub_serial: str
    dash_serial: str
    email: str
    # ids that SDKs and apps make up (device_id, not in known.yaml)
    adjust_adid: str
    unity_idfi: str
    # account ids and tokens (not device identifiers; never labelled as such)
    taxi_user: str
    bank_user: str
    music_user: str
    msg_user: str
    apns_token: str
    model: str = "iPhone15,4"

    @classmethod
    def make(cls, rng: random.Random) -> Phone45:
        return cls(
            idfa=new_uuid(rng).upper(),
            idfv_taxi=new_uuid(rng).upper(),
            idfv_bank=new_uuid(rng).upper(),
            idfv_game=new_uuid(rng).upper(),
            idfv_music=new_uuid(rng).upper(),
            hub_mac="A4:C1:38:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            hub_serial="PNH" + new_digits(rng, 10),
            dash_serial="CM" + new_hex(rng, 12).upper(),
            email=f"haruka.nguyen{rng.randint(10, 99)}@example-mail.jp",
            adjust_adid=new_hex(rng, 32),
            unity_idfi=new_uuid(rng),
            taxi_user="u" + new_digits(rng, 10),
            bank_user=new_digits(rng, 12, "7"),
            music_user="m" + new_hex(rng, 16),
            msg_user="z" + new_digits(rng, 15),
            apns_token=new_hex(rng, 64),
        )


class FB(LabelledBuilder):
    """Phone45's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, build: str) -> str:
    """An iOS URLSession user agent, as CFNetwork writes it."""
    return f"{app}/{build} CFNetwork/1494.0.7 Darwin/23.4.0"


def sdk_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPhone; iOS 17.4.1; Scale/3.00)"


def series(rng: random.Random, n: int, base: float, spread: float, nd: int = 1) -> list[float]:
    """A plausible numeric series (heart rate, prices, speeds): look-alike of a vector."""
    out, v = [], base
    for _ in range(n):
        v += rng.gauss(0, spread)
        out.append(round(v, nd))
    return out


def coords(rng: random.Random, lat: float, lon: float, n: int) -> list[list[float]]:
    """A route as [lat, lon] pairs: a look-alike of landmark lists."""
    out = []
    for _ in range(n):
        lat += rng.gauss(0, 0.0008)
        lon += rng.gauss(0, 0.0008)
        out.append([round(lat, 6), round(lon, 6)])
    return out


CITIES = [(35.6812, 139.7671, "Asia/Tokyo"), (37.5665, 126.9780, "Asia/Seoul"),
          (10.7769, 106.7009, "Asia/Ho_Chi_Minh")]  # fmt: skip

rid = req_id

__all__ = [
    "CITIES",
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "ZERO_IDFA",
    "Phone45",
    "coords",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "sdk_ua",
    "series",
    "ua",
]  # fmt: skip
