"""The set-223 devices and the flow builder that labels every identifier it inserts.

The juristic-office manager (ผู้จัดการนิติบุคคล) of a condominium tower on
Sukhumvit, Bangkok, carries a Samsung Galaxy A55 (SM-A556E, Thai locale) and a
smartwatch paired to it. Her phone runs the building's admin apps (the
face-access vendor's console, the residents' app admin console, the lift,
parking, signage, amenity, parcel-locker and CCTV apps) and her own apps (a Thai
drama streamer, a LINE-like messenger, a bank with selfie login, the watch's
companion app).

Only her phone's and her watch's identifiers are device identifiers here; the
building's turnstiles, lifts, barriers, screens, treadmills, lockers and NVRs
are the building's equipment (their serials and MACs are literals in the app
modules, never attributes of this object). Since Android 8 every app sees its
own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_lakorn": "android_id",
    "aid_chat": "android_id",
    "aid_bank": "android_id",
    "aid_watch": "android_id",
    "aid_console": "android_id",
    "aid_access": "android_id",
    "watch_mac": "mac",
    "watch_serial": "serial",
}
NOT_DEVICE = frozenset(
    {"lakorn_user", "chat_mid", "bank_cif", "watch_user", "console_staff", "access_account"}
)


@dataclass(frozen=True, slots=True)
class Manager223(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_lakorn: str
    aid_chat: str
    aid_bank: str
    aid_watch: str
    aid_console: str
    aid_access: str
    watch_mac: str
    watch_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    lakorn_fid: str
    lakorn_app_instance: str
    lakorn_af_uid: str
    chat_udid: str
    bank_device_uuid: str
    watch_install: str
    # account ids (not device identifiers; never labelled as such)
    lakorn_user: str
    chat_mid: str
    bank_cif: str
    watch_user: str
    console_staff: str
    access_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Manager223:
        return cls(
            gaid=new_uuid(rng),
            aid_lakorn=new_hex(rng, 16),
            aid_chat=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_watch=new_hex(rng, 16),
            aid_console=new_hex(rng, 16),
            aid_access=new_hex(rng, 16),
            watch_mac="F4:60:77:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            watch_serial="KW7" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            lakorn_fid="d" + new_hex(rng, 21),
            lakorn_app_instance=new_hex(rng, 32),
            lakorn_af_uid=f"17355{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            chat_udid=new_hex(rng, 32),
            bank_device_uuid=new_uuid(rng).upper(),
            watch_install=new_uuid(rng),
            lakorn_user="lk" + new_digits(rng, 9),
            chat_mid="u" + new_hex(rng, 32),
            bank_cif=new_digits(rng, 10, "6"),
            watch_user=new_digits(rng, 10, "8"),
            console_staff="JM-" + new_digits(rng, 5),
            access_account="sukhumvit-sky-" + new_digits(rng, 4),
        )


class FB(LabelledBuilder):
    """Manager223's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


MODEL = "SM-A556E"
BUILD = "UP1A.231005.007"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; th-TH; {MODEL} Build/{BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android 14; {MODEL} Build/{BUILD})"


rid = req_id

__all__ = [
    "BUILD",
    "FB",
    "KNOWN_ATTRS",
    "MODEL",
    "Manager223",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
