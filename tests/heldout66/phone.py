"""The set-66 devices and the flow builder that labels every identifier it inserts.

An iPhone 15 (iOS 17.5) in Singapore and Malaysia, paired with an Apple Watch.
ATT is allowed for the super-app, the dating app and the game only, so only
their SDKs see the IDFA; every vendor sees its own IDFV (one per vendor, so
known.yaml lists one per app vendor that sends it). The watch's serial and
Bluetooth MAC are the tester's own paired device.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "idfa": "advertising_id",
    "idfv_super": "device_id",
    "idfv_fit": "device_id",
    "idfv_date": "device_id",
    "idfv_game": "device_id",
    "idfv_tv": "device_id",
    "watch_serial": "serial",
    "watch_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "super_user", "fit_user", "date_user", "bank_user", "tv_user", "push"}
)


@dataclass(frozen=True, slots=True)
class Phone66(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_super: str
    idfv_fit: str
    idfv_date: str
    idfv_game: str
    idfv_tv: str
    watch_serial: str
    watch_mac: str
    email: str
    # ids SDKs make up (device_id, not in known.yaml)
    af_uid: str
    adjust_adid: str
    ga_instance: str
    tv_device: str
    unity_install: str
    # accounts and tokens (never labelled)
    super_user: str
    fit_user: str
    date_user: str
    bank_user: str
    tv_user: str
    push: str
    model: str = "iPhone15,4"

    @classmethod
    def make(cls, rng: random.Random) -> Phone66:
        return cls(
            idfa=new_uuid(rng).upper(),
            idfv_super=new_uuid(rng).upper(),
            idfv_fit=new_uuid(rng).upper(),
            idfv_date=new_uuid(rng).upper(),
            idfv_game=new_uuid(rng).upper(),
            idfv_tv=new_uuid(rng).upper(),
            watch_serial="H" + new_hex(rng, 9).upper(),
            watch_mac=":".join(new_hex(rng, 2) for _ in range(6)),
            email=f"wei.ling.tan{rng.randint(10, 99)}@mail-example.sg",
            af_uid=f"17327{new_digits(rng, 8)}-{new_digits(rng, 7)}",
            adjust_adid=new_hex(rng, 32),
            ga_instance=new_hex(rng, 32).upper(),
            tv_device=new_uuid(rng),
            unity_install=new_hex(rng, 32),
            super_user="SGPAX" + new_digits(rng, 9),
            fit_user="m_" + new_digits(rng, 8),
            date_user=new_hex(rng, 24),
            bank_user="S" + new_digits(rng, 7) + "D",
            tv_user="mc" + new_digits(rng, 10),
            push=new_hex(rng, 64),
        )


class FB(LabelledBuilder):
    """Phone66's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPhone; iOS 17.5.1; Scale/3.00)"


def cfn(app: str, build: str) -> str:
    """A plain NSURLSession user agent (CFNetwork/Darwin), as most iOS apps send."""
    return f"{app}/{build} CFNetwork/1496.0.7 Darwin/23.5.0"


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone66", "cfn", "floats", "iso", "ms", "rf", "rid", "ua"]
