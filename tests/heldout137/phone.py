"""The set-137 household's devices and the flow builder that labels every identifier.

A family in Cairo: a Huawei phone without Google services (HMS Core: the OAID
is its advertising id, HMS push tokens route notifications), an iPhone (IDFA,
one IDFV per vendor), a smart TV, a smartwatch, and an IPTV set-top box that
the telco rents to the household. Each Android app sees its own ANDROID_ID.

The set-top box is the telco's equipment, rented with the subscription (its
contract says so and its own API says `ownership: rental`): by the issue's
definitions a rented device is not the tester's, so its MAC and serial are
labelled as decoys, never as device ids. Push tokens are routing tokens the
push service issues per app registration: labelled as tokens, not device ids.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "oaid": "advertising_id",
    "idfa": "advertising_id",
    "idfv_naghma": "device_id",
    "idfv_nasib": "device_id",
    "aid_sahra": "android_id",
    "aid_quran": "android_id",
    "aid_live": "android_id",
    "aid_ride": "android_id",
    "aid_wallet": "android_id",
    "aid_telco": "android_id",
    "aid_kids": "android_id",
    "imei": "imei",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "tv_serial": "serial",
    "watch_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "msisdn",
        "sahra_user",
        "wallet_user",
        "rider_user",
        "nasib_user",
        "telco_account",
        "hms_push_token",
        "apns_token",
        "stb_mac",
        "stb_serial",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Household(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    oaid: str
    idfa: str
    idfv_naghma: str
    idfv_nasib: str
    aid_sahra: str
    aid_quran: str
    aid_live: str
    aid_ride: str
    aid_wallet: str
    aid_telco: str
    aid_kids: str
    imei: str
    tv_mac: str
    watch_mac: str
    tv_serial: str
    watch_serial: str
    email: str
    # ids SDKs and apps make up per install (device_id, not in known.yaml)
    af_uid: str
    adjust_adid: str
    hms_aaid: str
    clevertap_id: str
    webengage_luid: str
    kids_install: str
    sahra_install: str
    # accounts, tokens and the rented set-top box (never device ids of the tester)
    msisdn: str
    sahra_user: str
    wallet_user: str
    rider_user: str
    nasib_user: str
    telco_account: str
    hms_push_token: str
    apns_token: str
    stb_mac: str
    stb_serial: str
    model: str = "HUAWEI nova 11"

    @classmethod
    def make(cls, rng: random.Random) -> Household:
        return cls(
            oaid=new_uuid(rng),
            idfa=new_uuid(rng).upper(),
            idfv_naghma=new_uuid(rng).upper(),
            idfv_nasib=new_uuid(rng).upper(),
            aid_sahra=new_hex(rng, 16),
            aid_quran=new_hex(rng, 16),
            aid_live=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_wallet=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_kids=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "86")),
            tv_mac=_mac(rng, "A8:23:FE"),
            watch_mac=_mac(rng, "E0:24:81"),
            tv_serial="SM" + new_digits(rng, 2) + new_hex(rng, 10).upper(),
            watch_serial="HWW" + new_hex(rng, 12).upper(),
            email=f"mariam.elsayed{rng.randint(10, 99)}@mail-example.eg",
            af_uid=f"17314{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            hms_aaid=new_uuid(rng),
            clevertap_id="__" + new_hex(rng, 32),
            webengage_luid=new_uuid(rng),
            kids_install=new_uuid(rng),
            sahra_install="d-" + new_hex(rng, 20),
            msisdn="+2010" + new_digits(rng, 8),
            sahra_user="u" + new_digits(rng, 9),
            wallet_user="W" + new_digits(rng, 11),
            rider_user=new_digits(rng, 10, "7"),
            nasib_user="nsb_" + new_hex(rng, 12),
            telco_account="ACC" + new_digits(rng, 9),
            hms_push_token="IQAAAACy0" + new_hex(rng, 60) + "AAAA",
            apns_token=new_hex(rng, 64),
            stb_mac=_mac(rng, "00:1A:2B"),
            stb_serial="ZX" + new_digits(rng, 12),
        )


class FB(LabelledBuilder):
    """The household's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 12; CTR-LX2 Build/HUAWEICTR-L29; HMSCore 6.13.0)"


def ios_ua(app: str, ver: str, build: str) -> str:
    return f"{app}/{ver} ({build}; iPhone14,5; iOS 17.5.1) Alamofire/5.9.1"


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "Household",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
