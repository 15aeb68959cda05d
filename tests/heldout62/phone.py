"""The set-62 devices and the flow builder that labels every identifier it inserts.

A retired couple's Samsung Galaxy Tab S9 (SM-X710, Android 14) used in Italy,
Greece and Portugal. Their own things are device identifiers too: a Netatmo
thermostat (relay and thermostat radio addresses, which are MACs), a Rachio
irrigation controller (serial and Wi-Fi MAC), a blood-glucose meter (serial) and a
pair of hearing aids (serials and BLE MACs). Since Android 8 each app sees its own
ANDROID_ID, so known.yaml lists one per app that sends it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_pharma": "android_id",
    "aid_games": "android_id",
    "aid_tv": "android_id",
    "aid_bank": "android_id",
    "aid_health": "android_id",
    "thermo_relay": "mac",
    "thermo_module": "mac",
    "rachio_mac": "mac",
    "hear_l_mac": "mac",
    "hear_r_mac": "mac",
    "rachio_serial": "serial",
    "meter_serial": "serial",
    "hear_l_serial": "serial",
    "hear_r_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "pharma_user", "bank_applicant", "tv_user", "calls_user", "push_token"}
)


def _mac(rng: random.Random, oui: str, sep: str = ":") -> str:
    return sep.join([*oui.split(":"), *(new_hex(rng, 2) for _ in range(3))])


@dataclass(frozen=True, slots=True)
class Tab62(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_pharma: str
    aid_games: str
    aid_tv: str
    aid_bank: str
    aid_health: str
    thermo_relay: str
    thermo_module: str
    rachio_mac: str
    hear_l_mac: str
    hear_r_mac: str
    rachio_serial: str
    meter_serial: str
    hear_l_serial: str
    hear_r_serial: str
    email: str
    # ids that SDKs, apps and vendors make up (device_id, not in known.yaml)
    news_fid: str
    rachio_uuid: str
    kiosk_install: str
    tv_install: str
    calls_device: str
    # accounts and tokens (never labelled as device ids)
    pharma_user: str
    bank_applicant: str
    tv_user: str
    calls_user: str
    push_token: str
    model: str = "SM-X710"

    @classmethod
    def make(cls, rng: random.Random) -> Tab62:
        return cls(
            gaid=new_uuid(rng),
            aid_pharma=new_hex(rng, 16),
            aid_games=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_health=new_hex(rng, 16),
            thermo_relay=_mac(rng, "70:ee:50"),
            thermo_module=_mac(rng, "04:00:00"),
            rachio_mac=_mac(rng, "00:1d:c9").upper(),
            hear_l_mac=_mac(rng, "00:0b:d5").upper(),
            hear_r_mac=_mac(rng, "00:0b:d5").upper(),
            rachio_serial="RCH3" + new_hex(rng, 8).upper(),
            meter_serial="7" + new_digits(rng, 9),
            hear_l_serial="2245" + new_digits(rng, 6) + "L",
            hear_r_serial="2245" + new_digits(rng, 6) + "R",
            email=f"giuseppe.marchetti{rng.randint(40, 60)}@posta-example.it",
            news_fid="c" + new_hex(rng, 21),
            rachio_uuid=new_uuid(rng),
            kiosk_install=new_uuid(rng).upper(),
            tv_install=new_hex(rng, 32),
            calls_device="dv-" + new_hex(rng, 20),
            pharma_user="CF" + new_digits(rng, 8),
            bank_applicant=new_uuid(rng),
            tv_user="u" + new_digits(rng, 10),
            calls_user="n" + new_digits(rng, 9),
            push_token="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 60),
        )


class FB(LabelledBuilder):
    """Tab62's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


BUILD = "UP1A.231005.007"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-X710 Build/{BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android 14; SM-X710 Build/{BUILD})"


def hexs(rng: random.Random, n: int) -> str:
    """A hash-looking hex string (photo checksum, cache key, trace id)."""
    return new_hex(rng, n)


def digits(rng: random.Random, n: int, first: str = "") -> str:
    return new_digits(rng, n, first)


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Tab62",
    "dalvik",
    "digits",
    "floats",
    "hexs",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
