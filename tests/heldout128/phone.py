"""The set-128 device and the flow builder that labels every identifier it inserts.

A Samsung Galaxy A54 (Android 14), issued to a control-room operator at a Kuala
Lumpur mall and carried on every shift: it is the phone under test, so its own
identifiers (advertising id, ANDROID_IDs, IMEI, serial, Wi-Fi MAC, the install
ids its SDKs make up) are the tester's device identifiers. The mall's cameras,
radios, tablets, signage players and door controllers that her apps list are
a business's equipment and never labelled as hers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_ops": "android_id",
    "aid_mdm": "android_id",
    "aid_siar": "android_id",
    "aid_wallet": "android_id",
    "imei": "imei",
    "serial": "serial",
    "wifi_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "staff_no", "siar_user", "wallet_user", "wallet_push", "msisdn"}
)


@dataclass(frozen=True, slots=True)
class Phone128(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_ops: str
    aid_mdm: str
    aid_siar: str
    aid_wallet: str
    imei: str
    serial: str
    wifi_mac: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    siar_fid: str
    siar_app_instance: str
    wallet_device: str
    # account ids, numbers and tokens (not device identifiers; never labelled as such)
    staff_no: str
    siar_user: str
    wallet_user: str
    wallet_push: str
    msisdn: str
    model: str = "SM-A546E"

    @classmethod
    def make(cls, rng: random.Random) -> Phone128:
        return cls(
            gaid=new_uuid(rng),
            aid_ops=new_hex(rng, 16),
            aid_mdm=new_hex(rng, 16),
            aid_siar=new_hex(rng, 16),
            aid_wallet=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            serial="R5CW" + new_digits(rng, 3) + new_hex(rng, 4).upper(),
            wifi_mac="a8:79:8d:" + ":".join(new_hex(rng, 2) for _ in range(3)),
            email=f"nurul.aisyah{rng.randint(10, 99)}@lamanseri-ops.example",
            siar_fid="c" + new_hex(rng, 21),
            siar_app_instance=new_hex(rng, 32),
            wallet_device=new_uuid(rng).upper(),
            staff_no="LS-SEC-" + new_digits(rng, 4),
            siar_user=new_digits(rng, 9, "7"),
            wallet_user="DK" + new_digits(rng, 10),
            wallet_push=new_hex(rng, 11) + ":APA91b" + new_hex(rng, 40),
            msisdn="+6012" + new_digits(rng, 7),
        )


class FB(LabelledBuilder):
    """Phone128's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"


def dalvik() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"


def mall_mac(rng: random.Random, oui: str) -> str:
    """A MAC of the mall's equipment (cameras, screens, controllers): not the tester's."""
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone128",
    "dalvik",
    "floats",
    "iso",
    "mall_mac",
    "ms",
    "rf",
    "rid",
    "ua",
]
