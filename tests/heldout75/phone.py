"""The set-75 devices and the flow builder that labels every identifier it inserts.

A family in Sweden / Norway / Germany: the driver's Pixel 8 (Android 14, GAID,
one ANDROID_ID per app since Android 8) and the family's own car running Android
Automotive OS with Google built-in (its own GAID, the VIN, the head unit's serial,
the telematics modem's IMEI, the head unit's Bluetooth MAC), plus a connected
dashcam they own (serial, Wi-Fi MAC). All of these are the family's device ids.
The VIN goes to known.yaml as a `serial` (it is the car's serial number).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "car_gaid": "advertising_id",
    "aid_bank": "android_id",
    "aid_park": "android_id",
    "aid_dash": "android_id",
    "aid_pod": "android_id",
    "aid_car_video": "android_id",
    "aid_car_radio": "android_id",
    "vin": "serial",
    "hu_serial": "serial",
    "dash_serial": "serial",
    "modem_imei": "imei",
    "hu_bt_mac": "mac",
    "dash_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "user_id", "bank_user", "park_user", "pod_user", "video_user", "push"}
)

VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def _vin(rng: random.Random) -> str:
    """A Volvo-Cars-style VIN (YV1 / LPS world maker codes), 17 chars, no I/O/Q."""
    return rng.choice(["YV1", "LPS"]) + "".join(rng.choice(VIN_CHARS) for _ in range(14))


@dataclass(frozen=True, slots=True)
class Family75(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    car_gaid: str
    aid_bank: str
    aid_park: str
    aid_dash: str
    aid_pod: str
    aid_car_video: str
    aid_car_radio: str
    vin: str
    hu_serial: str
    dash_serial: str
    modem_imei: str
    hu_bt_mac: str
    dash_mac: str
    email: str
    # ids SDKs and apps make up (device_id, not in known.yaml)
    fa_instance: str
    adjust_adid: str
    adjust_uuid: str
    af_uid: str
    braze_device: str
    mp_device: str
    amp_device: str
    dms_unit: str
    voice_install: str
    radio_install: str
    park_install: str
    bank_binding: str
    # account ids and tokens (not device identifiers; never labelled)
    user_id: str
    bank_user: str
    park_user: str
    pod_user: str
    video_user: str
    push: str
    model: str = "Pixel 8"

    @classmethod
    def make(cls, rng: random.Random) -> Family75:
        return cls(
            gaid=new_uuid(rng),
            car_gaid=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_park=new_hex(rng, 16),
            aid_dash=new_hex(rng, 16),
            aid_pod=new_hex(rng, 16),
            aid_car_video=new_hex(rng, 16),
            aid_car_radio=new_hex(rng, 16),
            vin=_vin(rng),
            hu_serial="HU5" + new_hex(rng, 11).upper(),
            dash_serial="TH" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            modem_imei=luhn_complete(new_digits(rng, 14, "35")),
            hu_bt_mac=_mac(rng, "00:1E:AE"),
            dash_mac=_mac(rng, "58:D5:6E").lower(),
            email=f"ingrid.haugen{rng.randint(10, 99)}@posteksempel.no",
            fa_instance=new_hex(rng, 32),
            adjust_adid=new_hex(rng, 32),
            adjust_uuid=new_uuid(rng),
            af_uid=f"17618{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            braze_device=new_uuid(rng),
            mp_device=new_uuid(rng),
            amp_device=new_uuid(rng) + "R",
            dms_unit="DMC-" + new_hex(rng, 12).upper(),
            voice_install=new_uuid(rng),
            radio_install=new_hex(rng, 24),
            park_install=new_uuid(rng).upper(),
            bank_binding=new_hex(rng, 40),
            user_id=new_digits(rng, 10, "7"),
            bank_user="SE" + new_digits(rng, 10),
            park_user="ep" + new_digits(rng, 9),
            pod_user="u:" + new_hex(rng, 22),
            video_user=new_digits(rng, 9, "3"),
            push="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Family75's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str, car: bool = False) -> str:
    """User agents of the phone, or of the car's Android Automotive head unit."""
    dev = "Polaris 3; Build/UQ1A.240105.004" if car else "Pixel 8 Build/AP2A.240805.005"
    return f"{app}/{ver} (Linux; U; Android {14 if not car else 12}; {dev})"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Family75",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
