"""The set-220 devices and the flow builder that labels every identifier it inserts.

One person, two devices: the ground-handling shift supervisor at Almaty
airport (ALA) carries a Samsung Galaxy A35 and a smartwatch paired over BLE.

* the phone runs the airport's supervisor app (flights, crew rosters, baggage,
  belts, apron vehicles, gate displays, staff handhelds under the airport's
  MDM, e-gate face-match alerts), a Kazakh streaming app (series, football)
  with Firebase and AppsFlyer, a bank app with selfie login, and the watch's
  companion app;
* the watch (BLE MAC, serial) syncs through the companion app.

The airport's scanners, belt sensors, handhelds, displays and vehicles have
serials, IMEIs and MACs of their own: they are the institution's equipment,
not her devices, and are no device identifier of the tester. Since Android 8
every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_kino": "android_id",
    "aid_bank": "android_id",
    "aid_ops": "android_id",
    "aid_sagat": "android_id",
    "watch_mac": "mac",
    "watch_serial": "serial",
}
NOT_DEVICE = frozenset({"kino_user", "bank_user", "staff_no", "sagat_user", "ops_token"})


@dataclass(frozen=True, slots=True)
class Supervisor220(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_kino: str
    aid_bank: str
    aid_ops: str
    aid_sagat: str
    watch_mac: str
    watch_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    kino_fid: str
    kino_app_instance: str
    kino_af_uid: str
    bank_device_key: str
    sagat_install: str
    ops_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    kino_user: str
    bank_user: str
    staff_no: str
    sagat_user: str
    ops_token: str

    @classmethod
    def make(cls, rng: random.Random) -> Supervisor220:
        return cls(
            gaid=new_uuid(rng),
            aid_kino=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_ops=new_hex(rng, 16),
            aid_sagat=new_hex(rng, 16),
            watch_mac="D4:3B:04:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            watch_serial="SW5" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            kino_fid="f" + new_hex(rng, 21),
            kino_app_instance=new_hex(rng, 32),
            kino_af_uid=f"17302{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            bank_device_key=new_uuid(rng).upper(),
            sagat_install=new_uuid(rng),
            ops_install=new_hex(rng, 24),
            kino_user="kz" + new_digits(rng, 9),
            bank_user=new_digits(rng, 12, "9"),  # IIN-like client number
            staff_no="ALA-GH-" + new_digits(rng, 5),
            sagat_user=new_digits(rng, 10, "5"),
            ops_token=new_hex(rng, 40),
        )


class SB(LabelledBuilder):
    """Supervisor220's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONE = ("14", "SM-A356E", "UP1A.231005.007")


def ua(app: str, ver: str) -> str:
    osv, model, build = PHONE
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik() -> str:
    osv, model, build = PHONE
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


rid = req_id

__all__ = [
    "KNOWN_ATTRS",
    "PHONE",
    "SB",
    "Supervisor220",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
