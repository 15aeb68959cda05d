"""The set-68 device and the flow builder that labels every identifier it inserts.

A tourist's Google Pixel 9 (Android 15, GAID, one ANDROID_ID per app since
Android 8) travelling in Spain, Italy and the USA. Its own paired thing is a
pair of earbuds (BLE address, serial). Everything else the apps talk about (the
hotel's room TV, the rented car, shared scooters, museum beacons) belongs to
someone else and is generated fresh per flow, never stored here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_stream": "android_id",
    "aid_buds": "android_id",
    "aid_game": "android_id",
    "aid_esim": "android_id",
    "imei": "imei",
    "buds_mac": "mac",
    "buds_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset({"email", "model", "stream_user", "air_user", "buds_user", "game_user"})


@dataclass(frozen=True, slots=True)
class Phone68(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_stream: str
    aid_buds: str
    aid_game: str
    aid_esim: str
    imei: str
    buds_mac: str
    buds_serial: str
    email: str
    # ids that apps and SDKs make up (device_id, not in known.yaml)
    eid: str
    stream_install: str
    adjust_uuid: str
    conviva_clid: str
    # account ids (not device identifiers; never labelled as such)
    stream_user: str
    air_user: str
    buds_user: str
    game_user: str
    model: str = "Pixel 9"

    @classmethod
    def make(cls, rng: random.Random) -> Phone68:
        return cls(
            gaid=new_uuid(rng),
            aid_stream=new_hex(rng, 16),
            aid_buds=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            aid_esim=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            buds_mac="F8:0F:F9:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            buds_serial="5B" + new_digits(rng, 2) + "Y" + new_hex(rng, 8).upper(),
            email=f"lena.marchetti{rng.randint(10, 99)}@post-example.net",
            eid="89049032" + new_digits(rng, 24),
            stream_install=new_uuid(rng),
            adjust_uuid=new_uuid(rng),
            conviva_clid=".".join(new_digits(rng, 10) for _ in range(4)),
            stream_user="usr_" + new_hex(rng, 12),
            air_user="SX" + new_digits(rng, 9),
            buds_user=new_uuid(rng),
            game_user="p" + new_digits(rng, 10),
        )


class FB(LabelledBuilder):
    """Phone68's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 15; Pixel 9 Build/AP4A.250105.002)"


def points(rng: random.Random, n: int, lat: float, lon: float) -> list[list[float]]:
    """A coordinate list near a place (a route, a polygon): no one's biometrics."""
    return [
        [round(lat + rng.gauss(0, 0.004), 6), round(lon + rng.gauss(0, 0.004), 6)] for _ in range(n)
    ]


CITIES = [
    ("Madrid", 40.4168, -3.7038, "es-ES", "EUR"),
    ("Sevilla", 37.3891, -5.9845, "es-ES", "EUR"),
    ("Roma", 41.9028, 12.4964, "it-IT", "EUR"),
    ("Firenze", 43.7696, 11.2558, "it-IT", "EUR"),
    ("New York", 40.7128, -74.0060, "en-US", "USD"),
    ("San Francisco", 37.7749, -122.4194, "en-US", "USD"),
]

rid = req_id

__all__ = [
    "CITIES",
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone68",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
