"""The set-126 devices and the flow builder that labels every identifier it inserts.

The household: a Samsung Galaxy A54 (Android 14) in Kathmandu, a Xiaomi Mi Box S
(Android TV) on the living-room set in Pokhara, and an Apple Watch paired to the
iPhone the family set up for the grandmother in Kandy. All three are the tested
household's own devices, so their identifiers are device ids. Since Android 8
every app sees its own ANDROID_ID, so known.yaml lists one per app; the telco's
app holds carrier privileges and reads the IMEI; the TV box's system apps read
its Wi-Fi MAC and serial.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_ott": "android_id",
    "aid_lak": "android_id",
    "aid_isai": "android_id",
    "aid_cric": "android_id",
    "aid_wallet": "android_id",
    "aid_telco": "android_id",
    "aid_ride": "android_id",
    "aid_box": "android_id",
    "imei": "imei",
    "box_mac": "mac",
    "box_serial": "serial",
    "watch_serial": "serial",
    "idfv": "idfv",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "ott_user",
        "wallet_user",
        "msisdn",
        "ride_user",
        "cric_user",
        "pirith_user",
        "isai_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone126(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_ott: str
    aid_lak: str
    aid_isai: str
    aid_cric: str
    aid_wallet: str
    aid_telco: str
    aid_ride: str
    aid_box: str
    imei: str
    box_mac: str
    box_serial: str
    watch_serial: str
    idfv: str
    email: str
    # ids SDKs and apps make up (device_id, not in known.yaml)
    ott_ct_guid: str
    wallet_af_uid: str
    ride_af_uid: str
    cric_fid: str
    lak_install: str
    box_mistat: str
    telco_fp: str
    # accounts and numbers (never device identifiers)
    ott_user: str
    wallet_user: str
    msisdn: str
    ride_user: str
    cric_user: str
    pirith_user: str
    isai_user: str
    model: str = "SM-A546E"

    @classmethod
    def make(cls, rng: random.Random) -> Phone126:
        return cls(
            gaid=new_uuid(rng),
            aid_ott=new_hex(rng, 16),
            aid_lak=new_hex(rng, 16),
            aid_isai=new_hex(rng, 16),
            aid_cric=new_hex(rng, 16),
            aid_wallet=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_box=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            box_mac=_mac(rng, "50:EC:50"),
            box_serial=new_digits(rng, 5, "2") + "/" + new_digits(rng, 8, "8"),
            watch_serial="H" + new_hex(rng, 9).upper(),
            idfv=new_uuid(rng).upper(),
            email=f"sujata.shrestha{rng.randint(10, 99)}@mailbox-example.org",
            ott_ct_guid="__" + new_hex(rng, 32),
            wallet_af_uid=f"17301{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            ride_af_uid=f"17298{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            cric_fid="c" + new_hex(rng, 21),
            lak_install=new_uuid(rng),
            box_mistat=new_hex(rng, 32),
            telco_fp=new_hex(rng, 40),
            ott_user="np" + new_digits(rng, 9),
            wallet_user="W" + new_digits(rng, 11),
            msisdn="+97798" + new_digits(rng, 8),
            ride_user="rdr_" + new_hex(rng, 12),
            cric_user=new_digits(rng, 10, "5"),
            pirith_user="lk-" + new_digits(rng, 8),
            isai_user="u" + new_digits(rng, 9),
        )


class FB(LabelledBuilder):
    """Phone126's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"


BOX_UA = "Dalvik/2.1.0 (Linux; U; Android 9; MIBOX4 Build/PI)"
IOS_UA = "Bodhi/3.2 (iPhone; iOS 17.5.1; Scale/3.00)"
rid = req_id

__all__ = [
    "BOX_UA",
    "CONTACT_KINDS",
    "FB",
    "IOS_UA",
    "KNOWN_ATTRS",
    "Phone126",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
