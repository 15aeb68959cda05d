"""The set-245 devices and the flow builder that labels every identifier it inserts.

The depot supervisor (Lisbon, tram and metro depot) carries a company-issued
Samsung Galaxy XCover6 Pro enrolled in the operator's MDM as a fully managed
device, so the MDM agent may read the IMEI, the serial and the Wi-Fi MAC. She
also uses it for her own apps (a streamer, a podcast app, her bank) and pairs
her watch to it. Since Android 8 every app sees its own ANDROID_ID, so
known.yaml lists one per app.

The operator's vehicles (VINs, telematics modem IMEIs), ticket validators,
onboard cameras, infotainment screens and the staff handhelds are the
institution's equipment, not her device: their identifiers live in
`fleet.py` and are never labelled as hers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "imei": "imei",
    "serial": "serial",
    "wifi_mac": "mac",
    "aid_ops": "android_id",
    "aid_sofa": "android_id",
    "aid_ondas": "android_id",
    "aid_banco": "android_id",
    "aid_pulso": "android_id",
    "watch_mac": "mac",
    "watch_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "staff_no",
        "sofa_user",
        "ondas_user",
        "banco_user",
        "pulso_user",
        "mdm_token",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Supervisora(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    imei: str
    serial: str
    wifi_mac: str
    aid_ops: str
    aid_sofa: str
    aid_ondas: str
    aid_banco: str
    aid_pulso: str
    watch_mac: str
    watch_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    mdm_device_id: str
    sofa_fid: str
    sofa_app_instance: str
    sofa_af_uid: str
    ondas_install: str
    banco_device_key: str
    pulso_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    staff_no: str
    sofa_user: str
    ondas_user: str
    banco_user: str
    pulso_user: str
    mdm_token: str

    @classmethod
    def make(cls, rng: random.Random) -> Supervisora:
        return cls(
            gaid=new_uuid(rng),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            serial="R5CW" + new_digits(rng, 2) + new_hex(rng, 5).upper(),
            wifi_mac=_mac(rng, "8C:F5:A3"),
            aid_ops=new_hex(rng, 16),
            aid_sofa=new_hex(rng, 16),
            aid_ondas=new_hex(rng, 16),
            aid_banco=new_hex(rng, 16),
            aid_pulso=new_hex(rng, 16),
            watch_mac=_mac(rng, "D4:3A:2C"),
            watch_serial="PW3" + new_hex(rng, 10).upper(),
            mdm_device_id=new_uuid(rng),
            sofa_fid="d" + new_hex(rng, 21),
            sofa_app_instance=new_hex(rng, 32),
            sofa_af_uid=f"17341{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            ondas_install=new_uuid(rng),
            banco_device_key=new_hex(rng, 40),
            pulso_install=new_uuid(rng).upper(),
            staff_no="M" + new_digits(rng, 6),
            sofa_user="sf" + new_digits(rng, 9),
            ondas_user=new_digits(rng, 8, "4"),
            banco_user="PT" + new_digits(rng, 10),
            pulso_user=new_digits(rng, 10, "6"),
            mdm_token=new_hex(rng, 48),
        )


class LB(LabelledBuilder):
    """Supervisora's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


MODEL = "SM-G736B"
BUILD = "UP1A.231005.007"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; {MODEL} Build/{BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android 14; {MODEL} Build/{BUILD})"


rid = req_id

__all__ = [
    "BUILD",
    "KNOWN_ATTRS",
    "LB",
    "MODEL",
    "Supervisora",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
