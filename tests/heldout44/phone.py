"""The set-44 device and the flow builder that labels every identifier it inserts.

A Huawei P60 Pro (MNA-LX9, EMUI 13.1 on an Android 12 base, no Google Mobile
Services) used in Cairo and Casablanca. Ads and attribution SDKs read the OAID
(Huawei's advertising id, from the ads-identifier SDK), every app sees its own
ANDROID_ID, HMS Core gives each app an AAID and a Push Kit token (Huawei's
docs: "a push token uniquely identifies an app on each device", so both are
labelled as install-scoped device ids, not known.yaml values). The e-wallet is
an operator's preinstalled wallet with carrier privileges, so it may read the
IMEI; the smart TV (paired through the TV app) reports its own Wi-Fi and
Ethernet MACs and serial.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "oaid": "advertising_id",
    "aid_sahra": "android_id",
    "aid_forja": "android_id",
    "aid_naghma": "android_id",
    "aid_tilawa": "android_id",
    "aid_wallet": "android_id",
    "aid_ride": "android_id",
    "aid_derma": "android_id",
    "aid_game": "android_id",
    "wallet_imei": "imei",
    "tv_wifi_mac": "mac",
    "tv_eth_mac": "mac",
    "tv_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "sahra_user",
        "forja_user",
        "naghma_user",
        "wallet_user",
        "ride_user",
        "derma_user",
        "tilawa_user",
        "msisdn",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def _token(rng: random.Random, n: int) -> str:
    alphabet = string.ascii_letters + string.digits + "-_"
    return "".join(rng.choice(alphabet) for _ in range(n))


@dataclass(frozen=True, slots=True)
class Phone44(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    oaid: str
    aid_sahra: str
    aid_forja: str
    aid_naghma: str
    aid_tilawa: str
    aid_wallet: str
    aid_ride: str
    aid_derma: str
    aid_game: str
    wallet_imei: str
    tv_wifi_mac: str
    tv_eth_mac: str
    tv_serial: str
    email: str
    # install-scoped ids that HMS, SDKs and apps make up (device_id, not in known.yaml)
    aaid_naghma: str
    aaid_wallet: str
    aaid_game: str
    push_sahra: str
    push_ride: str
    push_wallet: str
    sahra_device: str
    forja_install: str
    tilawa_install: str
    ride_install: str
    derma_install: str
    pangle_did: str
    unity_idfi: str
    mtg_sysid: str
    tv_psid: str
    # accounts and numbers (not device identifiers; never labelled as such)
    sahra_user: str
    forja_user: str
    naghma_user: str
    tilawa_user: str
    wallet_user: str
    ride_user: str
    derma_user: str
    msisdn: str
    model: str = "MNA-LX9"

    @classmethod
    def make(cls, rng: random.Random) -> Phone44:
        return cls(
            oaid=new_uuid(rng),
            aid_sahra=new_hex(rng, 16),
            aid_forja=new_hex(rng, 16),
            aid_naghma=new_hex(rng, 16),
            aid_tilawa=new_hex(rng, 16),
            aid_wallet=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_derma=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            wallet_imei=luhn_complete(new_digits(rng, 14, "86")),
            tv_wifi_mac=_mac(rng, "A8:23:FE").lower(),
            tv_eth_mac=_mac(rng, "5C:C1:D7"),
            tv_serial="NV55U" + new_digits(rng, 3) + new_hex(rng, 6).upper(),
            email=f"youssef.benali{rng.randint(10, 99)}@correo-ejemplo.net",
            aaid_naghma=new_hex(rng, 32),
            aaid_wallet=new_hex(rng, 32),
            aaid_game=new_hex(rng, 32),
            push_sahra="IQAAAACy0" + _token(rng, 120),
            push_ride="IQAAAACy0" + _token(rng, 120),
            push_wallet="IQAAAACy0" + _token(rng, 120),
            sahra_device=new_uuid(rng),
            forja_install=new_hex(rng, 24),
            tilawa_install=new_uuid(rng).upper(),
            ride_install=new_uuid(rng),
            derma_install="dm-" + new_hex(rng, 20),
            pangle_did=new_digits(rng, 19, "7"),
            unity_idfi=new_uuid(rng),
            mtg_sysid=new_hex(rng, 24),
            tv_psid="psid-" + new_hex(rng, 28),
            sahra_user="SH" + new_digits(rng, 9),
            forja_user="fj_" + new_hex(rng, 10),
            naghma_user=new_digits(rng, 9, "3"),
            tilawa_user="t" + new_digits(rng, 8),
            wallet_user="W" + new_digits(rng, 11),
            ride_user="cap_" + new_hex(rng, 12),
            derma_user=new_digits(rng, 7, "5"),
            msisdn="2010" + new_digits(rng, 8),
        )


class FB(LabelledBuilder):
    """Phone44's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 12; MNA-LX9 Build/HUAWEIMNA-L29)"


def dalvik() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 12; MNA-LX9 Build/HUAWEIMNA-L29)"


def points(rng: random.Random, n: int, w: int = 720, h: int = 960) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.35, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "Phone44",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
