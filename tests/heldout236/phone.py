"""The set-236 device and the flow builder that labels every identifier it inserts.

Uwase, a biomedical engineer at a referral hospital in Kigali, tests with her own
Samsung Galaxy A35 on the hospital Wi-Fi. Her own identifiers: the phone's
advertising id, one ANDROID_ID per app (Android 8+), her smartwatch's BLE MAC and
serial, and the ids SDKs make up (Firebase installation / app-instance ids,
AppsFlyer's uid, the wallet's device key, the watch app's install id, the MDM
work profile's enrolment id).

The hospital's equipment (pumps, monitors, ventilators, asset tags, carts,
terminals, waiting-room TVs, handhelds) is listed in `hospital.py`: the
institution's, not hers, so never labelled as a device identifier.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_stream": "android_id",
    "aid_wallet": "android_id",
    "aid_watch": "android_id",
    "aid_mdm": "android_id",
    "watch_mac": "mac",
    "watch_serial": "serial",
}
NOT_DEVICE = frozenset({"stream_user", "wallet_msisdn", "watch_user", "staff_no"})


@dataclass(frozen=True, slots=True)
class Engineer236(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_stream: str
    aid_wallet: str
    aid_watch: str
    aid_mdm: str
    watch_mac: str
    watch_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    stream_fid: str
    stream_app_instance: str
    stream_af_uid: str
    wallet_device_key: str
    watch_install: str
    mdm_enrollment: str
    # account ids (not device identifiers; never labelled as such)
    stream_user: str
    wallet_msisdn: str
    watch_user: str
    staff_no: str

    @classmethod
    def make(cls, rng: random.Random) -> Engineer236:
        return cls(
            gaid=new_uuid(rng),
            aid_stream=new_hex(rng, 16),
            aid_wallet=new_hex(rng, 16),
            aid_watch=new_hex(rng, 16),
            aid_mdm=new_hex(rng, 16),
            watch_mac="E4:7A:2C:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            watch_serial="AW7" + new_hex(rng, 9).upper(),
            stream_fid="f" + new_hex(rng, 21),
            stream_app_instance=new_hex(rng, 32),
            stream_af_uid=f"17402{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            wallet_device_key=new_uuid(rng).upper(),
            watch_install=new_uuid(rng),
            mdm_enrollment="enr_" + new_hex(rng, 24),
            stream_user="ik" + new_digits(rng, 8),
            wallet_msisdn="25078" + new_digits(rng, 7),
            watch_user=new_digits(rng, 10, "4"),
            staff_no="CHK-BME-" + new_digits(rng, 4),
        )


class EB(LabelledBuilder):
    """Engineer236's builder: which attributes are known.yaml kinds."""

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
    "EB",
    "KNOWN_ATTRS",
    "PHONE",
    "Engineer236",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
