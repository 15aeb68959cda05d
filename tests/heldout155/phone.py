"""The set-155 devices and the flow builder that labels every identifier it inserts.

A family in Dhaka (and the grandparents in Chittagong) share one account set: a
Walton Primo phone on Android 13 runs the apps, an Android TV box in the living
room runs the Bangladeshi OTT, a smart TV reports what it shows (ACR), and a
smartwatch pairs with the phone. Since Android 8 each app sees its own ANDROID_ID.
The telco app has carrier privileges, so it may read the phone's IMEI.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_bongo": "android_id",
    "aid_kolkata": "android_id",
    "aid_gaan": "android_id",
    "aid_waz": "android_id",
    "aid_wallet": "android_id",
    "aid_bank": "android_id",
    "aid_telco": "android_id",
    "aid_ride": "android_id",
    "aid_news": "android_id",
    "imei": "imei",
    "box_serial": "serial",
    "tv_serial": "serial",
    "watch_serial": "serial",
    "box_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "msisdn",
        "nid_no",
        "bongo_user",
        "wallet_user",
        "bank_cif",
        "ride_user",
        "waz_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone155(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_bongo: str
    aid_kolkata: str
    aid_gaan: str
    aid_waz: str
    aid_wallet: str
    aid_bank: str
    aid_telco: str
    aid_ride: str
    aid_news: str
    imei: str
    box_serial: str
    tv_serial: str
    watch_serial: str
    box_mac: str
    tv_mac: str
    watch_mac: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    bongo_af_uid: str
    kolkata_npaw_uuid: str
    gaan_fid: str
    ride_adid: str
    news_anon_id: str
    wallet_fp: str
    tv_acr_psid: str
    # accounts, phone numbers, national id (never device identifiers)
    msisdn: str
    nid_no: str
    bongo_user: str
    wallet_user: str
    bank_cif: str
    ride_user: str
    waz_user: str
    model: str = "Walton Primo RX9"

    @classmethod
    def make(cls, rng: random.Random) -> Phone155:
        msisdn = "8801" + rng.choice(["7", "9", "8", "3"]) + new_digits(rng, 8)
        return cls(
            gaid=new_uuid(rng),
            aid_bongo=new_hex(rng, 16),
            aid_kolkata=new_hex(rng, 16),
            aid_gaan=new_hex(rng, 16),
            aid_waz=new_hex(rng, 16),
            aid_wallet=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_news=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            box_serial="XB" + new_hex(rng, 12).upper(),
            tv_serial="WTV" + new_digits(rng, 11),
            watch_serial="R" + new_hex(rng, 10).upper(),
            box_mac=_mac(rng, "A8:B5:7C"),
            tv_mac=_mac(rng, "5C:C9:D3").lower(),
            watch_mac=_mac(rng, "E4:7D:BD"),
            email=f"rahman.tania{rng.randint(10, 99)}@mail-example.com.bd",
            bongo_af_uid=f"17{new_digits(rng, 11)}-{new_digits(rng, 19)}",
            kolkata_npaw_uuid=new_uuid(rng),
            gaan_fid="c" + new_hex(rng, 21),
            ride_adid=new_hex(rng, 32),
            news_anon_id="XZ" + new_uuid(rng),
            wallet_fp=new_hex(rng, 40),
            tv_acr_psid=new_hex(rng, 24).upper(),
            msisdn=msisdn,
            nid_no=new_digits(rng, 10, "4"),
            bongo_user="bf" + new_digits(rng, 9),
            wallet_user=msisdn[2:],
            bank_cif="CIF" + new_digits(rng, 9),
            ride_user=new_digits(rng, 8, "7"),
            waz_user="w_" + new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    """Phone155's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 13; Primo RX9 Build/TP1A.220624.014)"


def bd_time(c_now: float) -> str:
    """Bangladesh Standard Time (UTC+6) as the apps' servers log it."""
    from datetime import UTC, datetime, timedelta

    return (datetime.fromtimestamp(c_now, UTC) + timedelta(hours=6)).strftime("%Y-%m-%d %H:%M:%S")


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone155",
    "bd_time",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
