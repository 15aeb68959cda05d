"""The set-217 devices and the flow builder that labels every identifier it inserts.

Femke, IT and care coordinator of a care home in Utrecht:

* her own Pixel 8: a streaming app (AppsFlyer, an OpenRTB ad exchange), her
  bank's app with selfie KYC, and the companion app of her smartwatch;
* one residents' tablet (a Galaxy Tab A9 under the home's MDM) whose serial
  and IMEI she knows from the asset list;
* the home's room sensors, nurse-call pendants, day-room TV, video-call robot,
  medication carts, fall-detection cameras and the staff face-login terminal,
  which mostly talk about rooms, residents' care and status, not identifiers.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_kijk": "android_id",
    "aid_bank": "android_id",
    "aid_horloge": "android_id",
    "watch_mac": "mac",
    "tablet_serial": "serial",
    "tablet_imei": "imei",
}
NOT_DEVICE = frozenset({"kijk_user", "bank_user", "watch_user", "staff_no"})


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Home217(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_kijk: str
    aid_bank: str
    aid_horloge: str
    watch_mac: str
    tablet_serial: str
    tablet_imei: str
    # install-scoped or vendor ids (device_id, not in known.yaml)
    kijk_af_uid: str
    bank_device_key: str
    fall_sensor_mac: str
    bed_sensor_serial: str
    tablet_mdm_id: str
    # account ids (not device identifiers; never labelled as such)
    kijk_user: str
    bank_user: str
    watch_user: str
    staff_no: str

    @classmethod
    def make(cls, rng: random.Random) -> Home217:
        return cls(
            gaid=new_uuid(rng),
            aid_kijk=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_horloge=new_hex(rng, 16),
            watch_mac=_mac(rng, "D4:3A:2C"),
            tablet_serial="R9" + new_digits(rng, 1) + "W" + new_hex(rng, 7).upper(),
            tablet_imei=luhn_complete("35" + new_digits(rng, 12)),
            kijk_af_uid=f"17330{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            bank_device_key=new_uuid(rng).upper(),
            fall_sensor_mac=_mac(rng, "00:17:88"),
            bed_sensor_serial="BS" + new_digits(rng, 8),
            tablet_mdm_id=new_hex(rng, 24),
            kijk_user="kb" + new_digits(rng, 8),
            bank_user="NL" + new_digits(rng, 9),
            watch_user=new_digits(rng, 10, "4"),
            staff_no="M" + new_digits(rng, 5),
        )


class HB(LabelledBuilder):
    """Home217's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"


TABLET_UA = "Dalvik/2.1.0 (Linux; U; Android 14; SM-X110 Build/UP1A.231005.007)"
rid = req_id

__all__ = ["HB", "KNOWN_ATTRS", "TABLET_UA", "Home217", "floats", "iso", "ms", "rf", "rid", "ua"]
