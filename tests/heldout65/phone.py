"""The set-65 devices and the flow builder that labels every identifier it inserts.

A Samsung Galaxy A55 (Android 14, SM-A556E) in Johannesburg / Lagos runs a
Showmax-like streaming app, a football app, an Afrobeats music and podcast app,
a Christian radio / sermon app, a bank, a fintech wallet, a telco app (which
holds carrier privileges, so it may read the IMEI) and a ride-hailing driver
app; a Hisense VIDAA TV on the same Wi-Fi reports to its maker (ACR, ad id).
Since Android 8 every app sees its own ANDROID_ID: known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_stream": "android_id",
    "aid_kick": "android_id",
    "aid_vibe": "android_id",
    "aid_grace": "android_id",
    "aid_bank": "android_id",
    "aid_wallet": "android_id",
    "aid_telco": "android_id",
    "aid_ride": "android_id",
    "imei": "imei",
    "wifi_mac": "mac",
    "tv_mac": "mac",
    "tv_serial": "serial",
    "tv_adid": "advertising_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "stream_user", "kick_user", "vibe_user", "grace_user", "bank_user",
     "wallet_user", "telco_msisdn", "ride_driver", "push_token"}
)  # fmt: skip


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone65(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_stream: str
    aid_kick: str
    aid_vibe: str
    aid_grace: str
    aid_bank: str
    aid_wallet: str
    aid_telco: str
    aid_ride: str
    imei: str
    wifi_mac: str
    tv_mac: str
    tv_serial: str
    tv_adid: str
    email: str
    # ids SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    adjust_adid: str
    fb_instance: str
    unity_idfi: str
    pangle_did: str
    tv_acr_uuid: str
    bank_fp: str
    ride_install: str
    # accounts and tokens (never device identifiers)
    stream_user: str
    kick_user: str
    vibe_user: str
    grace_user: str
    bank_user: str
    wallet_user: str
    telco_msisdn: str
    ride_driver: str
    push_token: str
    model: str = "SM-A556E"

    @classmethod
    def make(cls, rng: random.Random) -> Phone65:
        return cls(
            gaid=new_uuid(rng),
            aid_stream=new_hex(rng, 16),
            aid_kick=new_hex(rng, 16),
            aid_vibe=new_hex(rng, 16),
            aid_grace=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_wallet=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            wifi_mac=_mac(rng, "A0:D7:F3"),
            tv_mac=_mac(rng, "C0:41:21").lower(),
            tv_serial="HS" + new_digits(rng, 4) + new_hex(rng, 10).upper(),
            tv_adid=new_uuid(rng),
            email=f"thandi.adebayo{rng.randint(10, 99)}@inbox-example.co.za",
            af_uid=f"17324{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            fb_instance=new_hex(rng, 32),
            unity_idfi=new_uuid(rng),
            pangle_did=new_digits(rng, 19, "7"),
            tv_acr_uuid=new_uuid(rng).upper(),
            bank_fp=new_hex(rng, 40),
            ride_install=new_uuid(rng),
            stream_user="SMX" + new_digits(rng, 9),
            kick_user="fan_" + new_hex(rng, 12),
            vibe_user=new_digits(rng, 10, "8"),
            grace_user="g" + new_digits(rng, 7),
            bank_user="CIF" + new_digits(rng, 10),
            wallet_user="WL-" + new_hex(rng, 16).upper(),
            telco_msisdn="2348" + new_digits(rng, 9),
            ride_driver="drv_" + new_hex(rng, 14),
            push_token="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Phone65's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A556E Build/UP1A.231005.007)"


def pts(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.35, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone65", "floats", "iso", "ms", "pts", "rf", "rid", "ua"]
