"""The set-31 devices and the flow builder that labels every identifier it inserts.

Not a phone: an Android Automotive OS head unit with Google built-in (a
Polestar / Volvo-like car, AAOS 13) in Sweden and Norway, with a telematics
control unit (its own LTE modem IMEI and SIM ICCID), the car's VIN, the head
unit's serial and Wi-Fi MAC, two phones paired over Bluetooth (their BT MACs
show up in the car's logs) and the driver's Pixel Watch (BLE MAC, serial).
Every AAOS app sees its own ANDROID_ID, so known.yaml lists one per app; the
car maker's system services and the voice assistant send the car's ids instead.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_video": "android_id",
    "aid_music": "android_id",
    "aid_pod": "android_id",
    "aid_kids": "android_id",
    "aid_game": "android_id",
    "aid_charge": "android_id",
    "vin": "serial",
    "hu_serial": "serial",
    "iccid": "serial",
    "watch_serial": "serial",
    "tcu_imei": "imei",
    "hu_wifi_mac": "mac",
    "phone_bt_mac": "mac",
    "guest_bt_mac": "mac",
    "watch_ble_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "video_user",
        "music_user",
        "pod_user",
        "kids_profile",
        "charge_user",
        "driver_profile",
        "voice_profile",
        "car_account",
    }
)
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"  # a VIN never uses I, O or Q


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def _alnum(rng: random.Random, n: int, chars: str = VIN_CHARS) -> str:
    return "".join(rng.choice(chars) for _ in range(n))


@dataclass(frozen=True, slots=True)
class HeadUnit31(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_video: str
    aid_music: str
    aid_pod: str
    aid_kids: str
    aid_game: str
    aid_charge: str
    vin: str
    hu_serial: str
    iccid: str
    watch_serial: str
    tcu_imei: str
    hu_wifi_mac: str
    phone_bt_mac: str
    guest_bt_mac: str
    watch_ble_mac: str
    email: str
    # ids that apps and SDKs make up (device_id, not in known.yaml)
    mux_viewer: str
    music_device: str
    pod_install: str
    kids_fid: str
    game_install: str
    charge_install: str
    # accounts and profiles (never labelled as device identifiers)
    video_user: str
    music_user: str
    pod_user: str
    kids_profile: str
    charge_user: str
    driver_profile: str
    voice_profile: str
    car_account: str
    model: str = "Polestar 2 (AAOS 13)"

    @classmethod
    def make(cls, rng: random.Random) -> HeadUnit31:
        return cls(
            gaid=new_uuid(rng),
            aid_video=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_pod=new_hex(rng, 16),
            aid_kids=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            aid_charge=new_hex(rng, 16),
            vin="LPSED3KA" + _alnum(rng, 9),
            hu_serial="HUA" + new_digits(rng, 4, "24") + _alnum(rng, 7),
            iccid=luhn_complete("894608" + new_digits(rng, 12)),
            watch_serial="3A1" + _alnum(rng, 9),
            tcu_imei=luhn_complete(new_digits(rng, 14, "35")),
            hu_wifi_mac=_mac(rng, "94:B2:CC"),
            phone_bt_mac=_mac(rng, "F8:3F:51"),
            guest_bt_mac=_mac(rng, "F0:D4:E2"),
            watch_ble_mac=_mac(rng, "3C:28:6D"),
            email=f"linnea.haugen{rng.randint(10, 99)}@postlada-example.se",
            mux_viewer=new_uuid(rng),
            music_device=new_hex(rng, 40),
            pod_install=new_uuid(rng).upper(),
            kids_fid="c" + new_hex(rng, 21),
            game_install=new_uuid(rng),
            charge_install=new_uuid(rng),
            video_user="sv" + new_digits(rng, 10),
            music_user="m" + new_hex(rng, 12),
            pod_user=new_digits(rng, 9, "5"),
            kids_profile="barn-" + new_hex(rng, 6),
            charge_user="CU" + new_digits(rng, 8),
            driver_profile="drv_" + new_hex(rng, 10),
            voice_profile="vp-" + new_hex(rng, 12),
            car_account=new_uuid(rng),
        )


class FB(LabelledBuilder):
    """HeadUnit31's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 13; Polestar 2 Build/TP1A.220624.014; automotive)"


def pts(rng: random.Random, n: int, w: int = 1280, h: int = 800) -> list[list[float]]:
    """A cloud of 2-D points around a face-sized region of a camera frame."""
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.6)
    return [[round(cx + rng.gauss(0, 55), 1), round(cy + rng.gauss(0, 70), 1)] for _ in range(n)]


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "HeadUnit31", "floats", "iso", "ms", "pts", "rf", "rid", "ua"]
