"""The set-214 devices and the flow builder that labels every identifier it inserts.

One person, Jonas, fleet manager at a Berlin car-sharing and e-scooter
operator (FlinkFahrt, fictional), with his own devices:

* a Pixel 8 carrying the operator's fleet-ops app (his work tool), his own
  streaming app (with AppsFlyer, Conviva and an ad exchange) and his bank app
  (selfie KYC, face login);
* a smartwatch paired to the Pixel (BLE MAC, serial).

The fleet's cars, telematics boxes, scooters, IoT modules, chargers and the
workshop's diagnostic tools are NOT his devices: their IMEIs, serials and VINs
are made up per flow in `flotte.py` and labelled as ordinary fleet data.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_flotte": "android_id",
    "aid_kino": "android_id",
    "aid_bank": "android_id",
    "aid_uhr": "android_id",
    "uhr_mac": "mac",
    "uhr_serial": "serial",
}
NOT_DEVICE = frozenset({"flotte_user", "kino_user", "bank_user", "uhr_user", "flotte_token"})


@dataclass(frozen=True, slots=True)
class Jonas214(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_flotte: str
    aid_kino: str
    aid_bank: str
    aid_uhr: str
    uhr_mac: str
    uhr_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    kino_af_uid: str
    kino_fid: str
    flotte_install: str
    bank_geraet: str
    uhr_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    flotte_user: str
    kino_user: str
    bank_user: str
    uhr_user: str
    flotte_token: str

    @classmethod
    def make(cls, rng: random.Random) -> Jonas214:
        first = rng.choice("02468ace")
        return cls(
            gaid=new_uuid(rng),
            aid_flotte=new_hex(rng, 16),
            aid_kino=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_uhr=new_hex(rng, 16),
            uhr_mac=(
                new_hex(rng, 1) + first + ":" + ":".join(new_hex(rng, 2) for _ in range(5))
            ).upper(),
            uhr_serial="R9" + new_hex(rng, 2).upper() + new_digits(rng, 8) + "X",
            kino_af_uid=f"17413{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            kino_fid="f" + new_hex(rng, 21),
            flotte_install=new_uuid(rng),
            bank_geraet=new_hex(rng, 40),
            uhr_install=new_uuid(rng).upper(),
            flotte_user="MA-" + new_digits(rng, 5),
            kino_user="k" + new_digits(rng, 9),
            bank_user=new_digits(rng, 10, "4"),
            uhr_user=new_digits(rng, 9, "7"),
            flotte_token=new_hex(rng, 48),
        )


class JB(LabelledBuilder):
    """Jonas214's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


UA_PHONE = "Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} ({UA_PHONE})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 ({UA_PHONE})"


rid = req_id

__all__ = ["JB", "KNOWN_ATTRS", "Jonas214", "dalvik", "floats", "iso", "ms", "rf", "rid", "ua"]
