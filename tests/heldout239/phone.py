"""The set-239 devices and the flow builder that labels every identifier it inserts.

Ingrid, a studio engineer at an Oslo broadcaster (fictional "Fjordkringkastingen"),
carries a Samsung Galaxy S23 with a Norwegian streaming app (series and sport),
a podcast app, her bank's app (BankID, selfie onboarding) and the companion app
of her sports watch. Since Android 8 every app sees its own ANDROID_ID, so
known.yaml lists one per app; the watch adds its Bluetooth MAC and serial.

The broadcaster's equipment that shows up on the studio network (cameras,
beltpacks, replay servers, the newsroom's MDM handhelds, access terminals) is
the institution's, not hers: its MACs, serials and IMEIs are no attribute here
and never labelled as her device's identifiers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_seher": "android_id",
    "aid_lytt": "android_id",
    "aid_bank": "android_id",
    "aid_klokke": "android_id",
    "klokke_mac": "mac",
    "klokke_serial": "serial",
}
NOT_DEVICE = frozenset({"seher_user", "lytt_user", "bank_user", "klokke_user", "staff_no"})


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Engineer239(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_seher: str
    aid_lytt: str
    aid_bank: str
    aid_klokke: str
    klokke_mac: str
    klokke_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    seher_fid: str
    seher_af_uid: str
    seher_app_instance: str
    lytt_install: str
    bank_device_key: str
    klokke_install: str
    # account ids (not device identifiers; never labelled as such)
    seher_user: str
    lytt_user: str
    bank_user: str
    klokke_user: str
    staff_no: str

    @classmethod
    def make(cls, rng: random.Random) -> Engineer239:
        return cls(
            gaid=new_uuid(rng),
            aid_seher=new_hex(rng, 16),
            aid_lytt=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_klokke=new_hex(rng, 16),
            klokke_mac=_mac(rng, "EC:81:93"),
            klokke_serial="5J" + new_digits(rng, 7) + new_hex(rng, 3).upper(),
            seher_fid="f" + new_hex(rng, 21),
            seher_af_uid=f"17344{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            seher_app_instance=new_hex(rng, 32),
            lytt_install=new_uuid(rng),
            bank_device_key=new_uuid(rng).upper(),
            klokke_install=new_uuid(rng),
            seher_user="sh-" + new_digits(rng, 9),
            lytt_user=new_hex(rng, 24),
            bank_user="K" + new_digits(rng, 8),
            klokke_user=new_digits(rng, 9, "7"),
            staff_no="FK" + new_digits(rng, 5),
        )


class EB(LabelledBuilder):
    """Engineer239's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONE = ("14", "SM-S911B", "UP1A.231005.007")


def ua(app: str, ver: str) -> str:
    osv, model, build = PHONE
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik() -> str:
    osv, model, build = PHONE
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


rid = req_id

__all__ = [
    "EB",
    "KNOWN_ATTRS",
    "PHONE",
    "Engineer239",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
