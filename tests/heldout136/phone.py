"""The set-136 household's devices and the flow builder that labels every identifier.

A Xiaomi 13 (Android 13) is the family phone; a Samsung Galaxy Tab A8 runs the
kids' cartoon app; a Philips HbbTV smart TV and a Xiaomi Mi Box S (Android TV)
sit in the Lviv flat; the Warsaw car's telematics unit reports through its
maker's app. Each app sees its own ANDROID_ID (Android 8+), so known.yaml lists
one per app; the tablet and the TV box have their own advertising id / serials.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "tab_gaid": "advertising_id",
    "aid_vod": "android_id",
    "aid_pb": "android_id",
    "aid_box": "android_id",
    "aid_music": "android_id",
    "aid_pod": "android_id",
    "aid_bank": "android_id",
    "aid_state": "android_id",
    "aid_door": "android_id",
    "aid_foot": "android_id",
    "aid_kids": "android_id",
    "aid_car": "android_id",
    "phone_imei": "imei",
    "car_imei": "imei",
    "tv_mac": "mac",
    "box_mac": "mac",
    "box_serial": "serial",
    "tab_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "vod_user",
        "bank_client",
        "state_user",
        "door_flat",
        "foot_user",
        "music_user",
        "car_user",
        "phone_number",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Household136(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    tab_gaid: str
    aid_vod: str
    aid_pb: str
    aid_box: str
    aid_music: str
    aid_pod: str
    aid_bank: str
    aid_state: str
    aid_door: str
    aid_foot: str
    aid_kids: str
    aid_car: str
    phone_imei: str
    car_imei: str
    tv_mac: str
    box_mac: str
    box_serial: str
    tab_serial: str
    email: str
    # ids that SDKs and apps make up per install (device_id, not in known.yaml)
    gemius_uid: str
    adjust_adid: str
    af_uid: str
    fb_instance: str
    didomi_uid: str
    ppg_subscriber: str
    uatv_device: str
    car_vin: str
    # accounts, numbers and tokens (never device identifiers)
    vod_user: str
    bank_client: str
    state_user: str
    door_flat: str
    foot_user: str
    music_user: str
    car_user: str
    phone_number: str
    model: str = "2211133G"

    @classmethod
    def make(cls, rng: random.Random) -> Household136:
        return cls(
            gaid=new_uuid(rng),
            tab_gaid=new_uuid(rng),
            aid_vod=new_hex(rng, 16),
            aid_pb=new_hex(rng, 16),
            aid_box=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_pod=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_state=new_hex(rng, 16),
            aid_door=new_hex(rng, 16),
            aid_foot=new_hex(rng, 16),
            aid_kids=new_hex(rng, 16),
            aid_car=new_hex(rng, 16),
            phone_imei=luhn_complete(new_digits(rng, 14, "86")),
            car_imei=luhn_complete(new_digits(rng, 14, "35")),
            tv_mac=_mac(rng, "70:AF:24"),
            box_mac=_mac(rng, "A0:4F:85").lower(),
            box_serial="19121" + new_digits(rng, 8) + "8L",
            tab_serial="R9T" + new_hex(rng, 8).upper(),
            email=f"oksana.nowak{rng.randint(10, 99)}@poczta-example.pl",
            gemius_uid=new_hex(rng, 40)[:2] + "." + new_hex(rng, 20),
            adjust_adid=new_hex(rng, 32),
            af_uid=f"17301{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            fb_instance=new_hex(rng, 32),
            didomi_uid=new_uuid(rng),
            ppg_subscriber=new_hex(rng, 24),
            uatv_device=new_uuid(rng).upper(),
            car_vin="TMBJJ7NE" + new_digits(rng, 1) + "L" + new_digits(rng, 7),
            vod_user="kt" + new_digits(rng, 9),
            bank_client=new_digits(rng, 8, "5"),
            state_user=new_digits(rng, 10, "3"),
            door_flat="kl2-m" + str(rng.randint(1, 120)),
            foot_user="f" + new_hex(rng, 12),
            music_user=new_digits(rng, 9, "7"),
            car_user="drv-" + new_hex(rng, 10),
            phone_number="+48 6" + new_digits(rng, 8),
        )


class FB(LabelledBuilder):
    """Household136's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 13; 2211133G Build/TKQ1.220829.002)"


def tablet_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 13; SM-X200 Build/TP1A.220624.014)"


BOX_UA = "Dalvik/2.1.0 (Linux; U; Android 9; MIBOX4 Build/PI)"
TV_UA = (
    "Mozilla/5.0 (Linux; Android 9) AppleWebKit/537.36 (KHTML, like Gecko) "
    "HbbTV/1.5.1 (+DRM; Philips; TPM211E; 2.0.1; ; ) Chrome/79.0.3945.136 Safari/537.36"
)

rid = req_id

__all__ = [
    "BOX_UA",
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "TV_UA",
    "Household136",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "tablet_ua",
    "ua",
]
