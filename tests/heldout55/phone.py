"""The set-55 phone and the flow builder that labels every identifier it inserts.

A small shop owner's Samsung Galaxy M34 5G (SM-M346B, Android 14) in Chennai,
also used on trips to Colombo. Since Android 8 each app sees its own ANDROID_ID,
so known.yaml lists one per app that sends it; Android 10+ apps cannot read the
IMEI or the hardware serial, so none are sent. The shop's Bluetooth receipt
printer has a serial number of its own: it is the shop's equipment, listed in
the billing app's settings, and is NOT an identifier of this phone (a decoy).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_upi": "android_id",
    "aid_kirana": "android_id",
    "aid_jodi": "android_id",
    "aid_haaziri": "android_id",
    "aid_padhai": "android_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "mobile", "vpa", "jodi_profile", "staff_code", "kirana_user", "fcm"}
)
MODEL = "SM-M346B"
BUILD = "UP1A.231005.007"


@dataclass(frozen=True, slots=True)
class Phone55(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_upi: str
    aid_kirana: str
    aid_jodi: str
    aid_haaziri: str
    aid_padhai: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    ct_kirana: str
    ct_jodi: str
    af_uid: str
    fid_cric: str
    upi_binding: str
    unity_idfi: str
    cric_device: str
    # account ids, phone numbers and tokens (not device identifiers; never labelled)
    mobile: str
    vpa: str
    jodi_profile: str
    staff_code: str
    kirana_user: str
    fcm: str
    model: str = MODEL

    @classmethod
    def make(cls, rng: random.Random) -> Phone55:
        return cls(
            gaid=new_uuid(rng),
            aid_upi=new_hex(rng, 16),
            aid_kirana=new_hex(rng, 16),
            aid_jodi=new_hex(rng, 16),
            aid_haaziri=new_hex(rng, 16),
            aid_padhai=new_hex(rng, 16),
            email=f"murugan.stores{rng.randint(10, 99)}@mailbox-example.in",
            ct_kirana="__" + new_hex(rng, 32),
            ct_jodi="__" + new_hex(rng, 32),
            af_uid=f"17321{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            fid_cric="c" + new_hex(rng, 21),
            upi_binding=new_hex(rng, 40),
            unity_idfi=new_uuid(rng),
            cric_device="CB-" + new_hex(rng, 24).upper(),
            mobile="9" + new_digits(rng, 9),
            vpa=f"muruganstores{rng.randint(10, 99)}@okaxis",
            jodi_profile="JM" + new_digits(rng, 7),
            staff_code="EMP" + new_digits(rng, 4),
            kirana_user="u_" + new_digits(rng, 9),
            fcm="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Phone55's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    """An app's own User-Agent in the OkHttp / Dalvik style Indian apps use."""
    return f"{app}/{ver} (Linux; U; Android 14; {MODEL} Build/{BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android 14; {MODEL} Build/{BUILD})"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "MODEL",
    "Phone55",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
