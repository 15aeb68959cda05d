"""The set-181 household's devices and the flow builder that labels every id it inserts.

A family split between Tel Aviv, Haifa and Be'er Sheva: a Samsung Galaxy S23
(Android 14) runs the streaming, Torah-lessons, government, bank, navigation,
car and delivery apps (one ANDROID_ID per app since Android 8); an iPhone 15 runs
the Arabic-language music app (IDFA, and an IDFV per vendor: the music app's and
the bank's iOS build). The household also has a cable/IPTV box and a smart TV
(grandparents' room, Russian channels), AirPods paired to the iPhone and a car
whose telematics unit has its own LTE modem (IMEI) and the car's VIN.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "idfa": "advertising_id",
    "idfv_nagham": "device_id",
    "idfv_bank": "device_id",
    "aid_masach": "android_id",
    "aid_torah": "android_id",
    "aid_gov": "android_id",
    "aid_bank": "android_id",
    "aid_nav": "android_id",
    "aid_car": "android_id",
    "aid_deliv": "android_id",
    "car_imei": "imei",
    "tv_mac": "mac",
    "box_mac": "mac",
    "pods_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
    "pods_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "masach_user",
        "nagham_user",
        "torah_user",
        "teudat_zehut",
        "bank_customer",
        "nav_user",
        "deliv_user",
        "car_user",
        "phone_number",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone181(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    idfa: str
    idfv_nagham: str
    idfv_bank: str
    aid_masach: str
    aid_torah: str
    aid_gov: str
    aid_bank: str
    aid_nav: str
    aid_car: str
    aid_deliv: str
    car_imei: str
    tv_mac: str
    box_mac: str
    pods_mac: str
    box_serial: str
    tv_serial: str
    pods_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    masach_adid: str
    masach_player_uuid: str
    nagham_install: str
    torah_fiid: str
    gov_install: str
    bank_binding: str
    nav_install: str
    car_vin: str
    deliv_af_uid: str
    tv_acr_id: str
    # account ids, national id number, phone number (never device identifiers)
    masach_user: str
    nagham_user: str
    torah_user: str
    teudat_zehut: str
    bank_customer: str
    nav_user: str
    deliv_user: str
    car_user: str
    phone_number: str
    model: str = "SM-S911B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone181:
        return cls(
            gaid=new_uuid(rng),
            idfa=new_uuid(rng).upper(),
            idfv_nagham=new_uuid(rng).upper(),
            idfv_bank=new_uuid(rng).upper(),
            aid_masach=new_hex(rng, 16),
            aid_torah=new_hex(rng, 16),
            aid_gov=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_nav=new_hex(rng, 16),
            aid_car=new_hex(rng, 16),
            aid_deliv=new_hex(rng, 16),
            car_imei=luhn_complete(new_digits(rng, 14, "35")),
            tv_mac=_mac(rng, "8C:79:F5"),
            box_mac=_mac(rng, "00:1A:2B").lower(),
            pods_mac=_mac(rng, "F0:B3:EC"),
            box_serial="HTB" + new_digits(rng, 11),
            tv_serial="0F" + new_hex(rng, 12).upper(),
            pods_serial="H" + new_hex(rng, 11).upper(),
            email=f"noa.ben-david{rng.randint(10, 99)}@mail-example.co.il",
            masach_adid=new_hex(rng, 32),
            masach_player_uuid=new_uuid(rng),
            nagham_install=new_uuid(rng),
            torah_fiid="c" + new_hex(rng, 21),
            gov_install=new_uuid(rng),
            bank_binding=new_hex(rng, 40),
            nav_install=new_uuid(rng),
            car_vin="JTDKB" + new_digits(rng, 2) + "U" + new_hex(rng, 10).upper(),
            deliv_af_uid=f"17310{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            tv_acr_id=new_hex(rng, 24),
            masach_user="m" + new_digits(rng, 9),
            nagham_user="ng_" + new_hex(rng, 12),
            torah_user=new_digits(rng, 7, "3"),
            teudat_zehut=new_digits(rng, 9, "0"),
            bank_customer=new_digits(rng, 8, "5"),
            nav_user="u" + new_hex(rng, 14),
            deliv_user=new_digits(rng, 10, "9"),
            car_user="drv-" + new_hex(rng, 8),
            phone_number="+9725" + new_digits(rng, 8),
        )


class FB(LabelledBuilder):
    """Phone181's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)"


def ios_ua(app: str, ver: str, build: str = "1") -> str:
    return f"{app}/{ver} ({build}; iPhone15,4; iOS 17.5.1) Alamofire/5.9.1"


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone181", "floats", "ios_ua", "iso", "ms", "rf", "rid", "ua"]
