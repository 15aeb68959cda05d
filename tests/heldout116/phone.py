"""The set-116 devices and the flow builder that labels every identifier it inserts.

The mechanic's own Samsung Galaxy A54 (Android 14) runs the garage's job-card app,
a diagnostics companion for the garage's OBD dongles, a parts catalogue, a claims
portal, the workshop's IoT dashboard, a VOD app, a music scrobbler, his bank's app,
his own car's app and his watch's companion. Only his own phone, his own car's
telematics modem and his own watch are "his devices": customers' cars, the garage's
scanners, dongles, lift and compressor are not, and never sit on this object.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_vod": "android_id",
    "aid_bank": "android_id",
    "aid_car": "android_id",
    "aid_watch": "android_id",
    "car_imei": "imei",
    "watch_mac": "mac",
    "watch_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset({"email", "model", "garage_user", "vod_user", "bank_client", "lastfm_sk"})


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone116(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_vod: str
    aid_bank: str
    aid_car: str
    aid_watch: str
    car_imei: str
    watch_mac: str
    watch_serial: str
    email: str
    # install-scoped ids SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    fb_instance: str
    vod_device: str
    bank_device: str
    own_vin: str
    # account ids and tokens (not device identifiers; never labelled as such)
    garage_user: str
    vod_user: str
    bank_client: str
    lastfm_sk: str
    model: str = "SM-A546B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone116:
        return cls(
            gaid=new_uuid(rng),
            aid_vod=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_car=new_hex(rng, 16),
            aid_watch=new_hex(rng, 16),
            car_imei=luhn_complete(new_digits(rng, 14, "35")),
            watch_mac=_mac(rng, "D0:03:DF"),
            watch_serial="R3AW" + new_hex(rng, 7).upper(),
            email=f"marek.kowalczyk{rng.randint(10, 99)}@poczta-example.pl",
            af_uid=f"17312{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            fb_instance=new_hex(rng, 32),
            vod_device=new_uuid(rng),
            bank_device="dv-" + new_hex(rng, 24),
            own_vin="TMBJR7NX" + new_digits(rng, 1) + "M" + new_digits(rng, 7),
            garage_user="mech-" + new_digits(rng, 6),
            vod_user=new_digits(rng, 9, "7"),
            bank_client=new_digits(rng, 8, "2"),
            lastfm_sk=new_hex(rng, 32),
        )


class FB(LabelledBuilder):
    """Phone116's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"


def vin(rng: random.Random) -> str:
    """A customer's VIN (WMI of a common make in Poland, then 14 characters)."""
    wmi = rng.choice(["WVW", "TMB", "WF0", "VF1", "WAU", "SUU", "ZFA", "W0L"])
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return wmi + "".join(rng.choice(alphabet) for _ in range(14))


def customer_imei(rng: random.Random) -> str:
    """A customer car's telematics-modem IMEI: another person's device."""
    return luhn_complete(new_digits(rng, 14, "86"))


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone116",
    "customer_imei",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
    "vin",
]
