"""The set-122 devices and the flow builder that labels every identifier it inserts.

An Infinix Hot 40 (Android 14, dual SIM; the telco app reads IMEI 1) used by a
family between Ibadan, Enugu and Abuja; a satellite decoder in the sitting room
(serial, smartcard / IUC number, Wi-Fi MAC) paired with its companion app; and
earbuds whose Bluetooth MAC the music app reports. Since Android 8 every app sees
its own ANDROID_ID, so known.yaml lists one per app that sends one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_nolly": "android_id",
    "aid_decoder": "android_id",
    "aid_orin": "android_id",
    "aid_radio": "android_id",
    "aid_karatu": "android_id",
    "aid_ball": "android_id",
    "aid_owo": "android_id",
    "aid_telco": "android_id",
    "aid_ride": "android_id",
    "imei": "imei",
    "wifi_mac": "mac",
    "decoder_mac": "mac",
    "buds_mac": "mac",
    "decoder_serial": "serial",
    "smartcard": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "msisdn",
        "bvn",
        "nin",
        "nolly_user",
        "decoder_acct",
        "orin_user",
        "ball_user",
        "owo_user",
        "ride_driver",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone122(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_nolly: str
    aid_decoder: str
    aid_orin: str
    aid_radio: str
    aid_karatu: str
    aid_ball: str
    aid_owo: str
    aid_telco: str
    aid_ride: str
    imei: str
    wifi_mac: str
    decoder_mac: str
    buds_mac: str
    decoder_serial: str
    smartcard: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    nolly_install: str
    orin_fid: str
    radio_app_instance: str
    karatu_device: str
    ball_af_uid: str
    owo_adid: str
    owo_fp: str
    ride_install: str
    # accounts, phone numbers and national ids (never device identifiers)
    msisdn: str
    bvn: str
    nin: str
    nolly_user: str
    decoder_acct: str
    orin_user: str
    ball_user: str
    owo_user: str
    ride_driver: str
    model: str = "Infinix X6836"

    @classmethod
    def make(cls, rng: random.Random) -> Phone122:
        return cls(
            gaid=new_uuid(rng),
            aid_nolly=new_hex(rng, 16),
            aid_decoder=new_hex(rng, 16),
            aid_orin=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_karatu=new_hex(rng, 16),
            aid_ball=new_hex(rng, 16),
            aid_owo=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            wifi_mac=_mac(rng, "D0:37:45"),
            decoder_mac=_mac(rng, "00:1A:D0"),
            buds_mac=_mac(rng, "E8:07:BF"),
            decoder_serial="SD" + new_digits(rng, 10, "4"),
            smartcard=new_digits(rng, 10, "7"),
            email=f"adaeze.olawale{rng.randint(10, 99)}@mailbox-example.ng",
            nolly_install=new_uuid(rng),
            orin_fid="c" + new_hex(rng, 21),
            radio_app_instance=new_hex(rng, 32),
            karatu_device=new_uuid(rng).upper(),
            ball_af_uid=f"17311{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            owo_adid=new_hex(rng, 32),
            owo_fp=new_hex(rng, 40),
            ride_install=new_uuid(rng),
            msisdn="+23480" + new_digits(rng, 8),
            bvn="22" + new_digits(rng, 9),
            nin=new_digits(rng, 11, "5"),
            nolly_user="NL" + new_digits(rng, 8),
            decoder_acct=new_digits(rng, 9, "1"),
            orin_user="u_" + new_hex(rng, 12),
            ball_user=new_digits(rng, 7, "3"),
            owo_user="OWO-" + new_hex(rng, 10).upper(),
            ride_driver="DRV" + new_digits(rng, 7),
        )


class FB(LabelledBuilder):
    """Phone122's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; Infinix X6836 Build/UP1A.231005.007)"


def points(rng: random.Random, n: int, dims: int = 3) -> list[list[float]]:
    """Face points in normalised image space, `dims` coordinates each."""
    cx, cy = rng.uniform(0.4, 0.6), rng.uniform(0.4, 0.6)
    return [
        [round(cx + rng.gauss(0, 0.08), 4), round(cy + rng.gauss(0, 0.1), 4)]
        + ([round(rng.gauss(0, 0.03), 4)] if dims == 3 else [])
        for _ in range(n)
    ]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone122",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
