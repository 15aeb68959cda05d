"""The set-17 devices and the flow builder that labels every identifier it inserts.

An iPhone 14 Pro (iOS 17.5) runs eight apps: an Instagram-like social app, a
voice-journaling app, an e-scooter sharing app (the scooter's serial and its
IoT modem's IMEI), a hotel app (face check-in, digital room key), a sleep app
paired with a smart bed (the bed's serial and BLE address), a sports-league
streaming app, a kids' game with kid-safe ads and a passport-photo app. The
IDFA is shared by the apps that got ATT consent; every vendor has its own IDFV.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "idfa": "idfa",
    "idfv_social": "idfv",
    "idfv_journal": "idfv",
    "idfv_scoot": "idfv",
    "idfv_hotel": "idfv",
    "idfv_sleep": "idfv",
    "idfv_league": "idfv",
    "idfv_kids": "idfv",
    "idfv_passport": "idfv",
    "bed_ble": "mac",
    "bed_serial": "serial",
    "scoot_serial": "serial",
    "scoot_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "social_user",
        "journal_user",
        "scoot_user",
        "hotel_guest",
        "sleep_user",
        "league_user",
        "passport_order",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone17(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_social: str
    idfv_journal: str
    idfv_scoot: str
    idfv_hotel: str
    idfv_sleep: str
    idfv_league: str
    idfv_kids: str
    idfv_passport: str
    bed_ble: str
    bed_serial: str
    scoot_serial: str
    scoot_imei: str
    email: str
    # install-scoped ids SDKs make up (device_id, not in known.yaml)
    fb_anon_id: str
    adobe_ecid: str
    sa_dauid: str
    veriff_device: str
    journal_install: str
    kids_install: str
    lock_serial: str  # the hotel room lock's serial (a hardware serial, not the phone's)
    # account ids and tokens (not device identifiers)
    social_user: str
    journal_user: str
    scoot_user: str
    hotel_guest: str
    sleep_user: str
    league_user: str
    passport_order: str
    model: str = "iPhone15,2"

    @classmethod
    def make(cls, rng: random.Random) -> Phone17:
        return cls(
            idfa=new_uuid(rng).upper(),
            idfv_social=new_uuid(rng).upper(),
            idfv_journal=new_uuid(rng).upper(),
            idfv_scoot=new_uuid(rng).upper(),
            idfv_hotel=new_uuid(rng).upper(),
            idfv_sleep=new_uuid(rng).upper(),
            idfv_league=new_uuid(rng).upper(),
            idfv_kids=new_uuid(rng).upper(),
            idfv_passport=new_uuid(rng).upper(),
            bed_ble=_mac(rng, "D4:8C:49"),
            bed_serial="SN" + new_digits(rng, 4, "2") + new_hex(rng, 8).upper(),
            scoot_serial="NBK" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            scoot_imei=luhn_complete(new_digits(rng, 14, "35")),
            email=f"priya.lindqvist{rng.randint(10, 99)}@inbox-example.net",
            fb_anon_id="XZ" + new_uuid(rng).upper(),
            adobe_ecid=new_digits(rng, 38, "6"),
            sa_dauid=str(rng.randint(10**8, 2**31 - 1)),
            veriff_device=new_hex(rng, 32),
            journal_install=new_uuid(rng).lower(),
            kids_install=new_hex(rng, 24),
            social_user=new_digits(rng, 11, "5"),
            journal_user="usr_" + new_hex(rng, 20),
            scoot_user=new_digits(rng, 9, "7"),
            hotel_guest="G" + new_digits(rng, 10),
            sleep_user=new_digits(rng, 9, "1"),
            league_user="lg-" + new_hex(rng, 16),
            passport_order="PP" + new_digits(rng, 8),
            lock_serial="0" + new_hex(rng, 11).upper(),
        )


class FB(LabelledBuilder):
    """Phone17's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str, build: str = "1") -> str:
    """A URLSession-style user agent, as Alamofire and plain URLSession send it."""
    return f"{app}/{ver} (iPhone; iOS 17.5.1; Scale/3.00) CFNetwork/1496.0.7 Darwin/23.5.0 b{build}"


def points(rng: random.Random, n: int, w: int = 1179, h: int = 2556) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.5)
    return [[round(cx + rng.gauss(0, 90), 1), round(cy + rng.gauss(0, 120), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone17",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
