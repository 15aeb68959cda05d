"""The set-187 devices and the flow builder that labels every identifier it inserts.

The technician's own Samsung Galaxy S23 (Android 14) and her own Galaxy Buds are
the only devices of the tester. Everything else the shop's apps send about
devices (customers' phones and TVs, the loan-phone pool, the shop's cameras and
NVR) belongs to someone else and is made up per flow, never stored here: the
guard must not see it as hers. Since Android 8 every app sees its own
ANDROID_ID, so known.yaml lists one per app that reads it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_fixdesk": "android_id",
    "aid_diag": "android_id",
    "aid_flick": "android_id",
    "aid_tunely": "android_id",
    "aid_bank": "android_id",
    "own_imei": "imei",
    "own_serial": "serial",
    "own_wifi_mac": "mac",
    "buds_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "staff_id", "flick_profile", "tunely_user", "bank_customer", "shop_abn"}
)


def mac_of(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def imei_of(rng: random.Random, tac: str) -> str:
    """A Luhn-valid IMEI with a real-looking 8-digit TAC (a customer's, a loan phone's)."""
    return luhn_complete(tac + new_digits(rng, 6))


@dataclass(frozen=True, slots=True)
class Phone187(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_fixdesk: str
    aid_diag: str
    aid_flick: str
    aid_tunely: str
    aid_bank: str
    own_imei: str
    own_serial: str
    own_wifi_mac: str
    buds_mac: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    fixdesk_install: str
    flick_af_uid: str
    tunely_fid: str
    bank_device_fp: str
    # account ids (not device identifiers; never labelled as such)
    staff_id: str
    flick_profile: str
    tunely_user: str
    bank_customer: str
    shop_abn: str
    model: str = "SM-S911B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone187:
        return cls(
            gaid=new_uuid(rng),
            aid_fixdesk=new_hex(rng, 16),
            aid_diag=new_hex(rng, 16),
            aid_flick=new_hex(rng, 16),
            aid_tunely=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            own_imei=imei_of(rng, "35091945"),
            own_serial="R5CW" + new_digits(rng, 3) + new_hex(rng, 4).upper(),
            own_wifi_mac=mac_of(rng, "A8:79:8D").lower(),
            buds_mac=mac_of(rng, "B0:4A:6A"),
            email=f"linh.papadakis{rng.randint(10, 99)}@mailbox-example.com.au",
            fixdesk_install=new_uuid(rng),
            flick_af_uid=f"17329{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            tunely_fid="c" + new_hex(rng, 21),
            bank_device_fp=new_hex(rng, 40),
            staff_id="tech-" + new_digits(rng, 4),
            flick_profile="p" + new_digits(rng, 9),
            tunely_user="u_" + new_hex(rng, 12),
            bank_customer=new_digits(rng, 8, "7"),
            shop_abn=new_digits(rng, 11, "5"),
        )


class FB(LabelledBuilder):
    """Phone187's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def points(rng: random.Random, n: int, w: int = 720, h: int = 960) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.3, w * 0.7), rng.uniform(h * 0.3, h * 0.7)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; SM-S911B Build/UP1A.231005.007)"


CUSTOMER_MODELS = [
    ("iPhone 13", "35395811"),
    ("iPhone 12 Pro", "35302211"),
    ("Galaxy A54 5G", "35091334"),
    ("Galaxy S21", "35289011"),
    ("Pixel 7a", "35847612"),
    ("OPPO A78", "86780306"),
]
CUSTOMERS = [
    ("Nguyen Van Minh", "vi"),
    ("Tran Thi Lan", "vi"),
    ("Giorgos Karras", "el"),
    ("Eleni Mavros", "el"),
    ("Jack O'Brien", "en"),
    ("Priya Raman", "en"),
]


def customer_device(rng: random.Random) -> dict[str, str]:
    """A customer's phone as the shop records it (not the tester's device)."""
    model, tac = rng.choice(CUSTOMER_MODELS)
    serial = (
        "".join(rng.choice("CDFGHJKLMNPQRTVWXY0123456789") for _ in range(10))
        if model.startswith("iPhone")
        else "R5C" + new_hex(rng, 8).upper()
    )
    return {
        "model": model,
        "imei": imei_of(rng, tac),
        "serial": serial,
        "wifiMac": mac_of(rng, rng.choice(["F0:18:98", "5C:E9:1E", "A8:79:8D"])),
    }


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "CUSTOMERS",
    "FB",
    "KNOWN_ATTRS",
    "Phone187",
    "customer_device",
    "floats",
    "imei_of",
    "iso",
    "mac_of",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
