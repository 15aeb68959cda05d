"""The set-198 devices and the flow builder that labels every identifier it inserts.

A Samsung Galaxy A15 (SM-A155F, Android 14) in Miami runs the streamer, the
radio / podcast app, the remittance app and the church livestream app; since
Android 8 each app sees its own ANDROID_ID. A Tecno Spark 4 (KC8, Android 9)
in Cap-Haïtien runs the prepaid top-up app, which on Android 9 may still read
the IMEI with READ_PHONE_STATE and binds the account to it. An Android TV box
in Port-au-Prince (serial, Wi-Fi and Ethernet MACs) runs the box maker's
launcher with ACR.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "gaid_tecno": "advertising_id",
    "aid_tele": "android_id",
    "aid_radyo": "android_id",
    "aid_voye": "android_id",
    "aid_legliz": "android_id",
    "aid_rechaj": "android_id",
    "box_wifi_mac": "mac",
    "box_eth_mac": "mac",
    "box_serial": "serial",
    "tecno_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "tele_user",
        "radyo_user",
        "voye_user",
        "voye_push",
        "legliz_user",
        "rechaj_msisdn",
        "box_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone198(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    gaid_tecno: str
    aid_tele: str
    aid_radyo: str
    aid_voye: str
    aid_legliz: str
    aid_rechaj: str
    box_wifi_mac: str
    box_eth_mac: str
    box_serial: str
    tecno_imei: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    meta_anon: str
    adjust_uuid: str
    adjust_uuid_voye: str
    tele_install: str
    radyo_install: str
    applovin_token: str
    voye_fp: str
    legliz_install: str
    box_duid: str
    rechaj_key: str
    # account ids and tokens (not device identifiers; never labelled as such)
    tele_user: str
    radyo_user: str
    voye_user: str
    voye_push: str
    legliz_user: str
    rechaj_msisdn: str
    box_account: str
    model: str = "SM-A155F"

    @classmethod
    def make(cls, rng: random.Random) -> Phone198:
        return cls(
            gaid=new_uuid(rng),
            gaid_tecno=new_uuid(rng),
            aid_tele=new_hex(rng, 16),
            aid_radyo=new_hex(rng, 16),
            aid_voye=new_hex(rng, 16),
            aid_legliz=new_hex(rng, 16),
            aid_rechaj=new_hex(rng, 16),
            box_wifi_mac=_mac(rng, "B8:13:32"),
            box_eth_mac=_mac(rng, "00:1E:B8").lower(),
            box_serial="HTB" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            tecno_imei=luhn_complete(new_digits(rng, 14, "35")),
            email=f"nadege.pierrelouis{rng.randint(10, 99)}@mailbox-example.org",
            meta_anon="XZ" + new_uuid(rng),
            adjust_uuid=new_uuid(rng),
            adjust_uuid_voye=new_uuid(rng),
            tele_install=new_uuid(rng).upper(),
            radyo_install="ri-" + new_hex(rng, 24),
            applovin_token=new_hex(rng, 40),
            voye_fp=new_hex(rng, 64),
            legliz_install=new_uuid(rng),
            box_duid="LKB" + new_hex(rng, 20).upper(),
            rechaj_key="dk_" + new_hex(rng, 32),
            tele_user="ltv" + new_digits(rng, 9),
            radyo_user="u" + new_digits(rng, 8),
            voye_user="VL" + new_digits(rng, 10),
            voye_push="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
            legliz_user=new_digits(rng, 7, "5"),
            rechaj_msisdn="+509" + new_digits(rng, 8, "3"),
            box_account="acct-" + new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    """Phone198's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A155F Build/UP1A.231005.007)"


def ua_tecno(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 9; TECNO KC8 Build/PPR1.180610.011)"


DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; SM-A155F Build/UP1A.231005.007)"
rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "DALVIK",
    "FB",
    "KNOWN_ATTRS",
    "Phone198",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
    "ua_tecno",
]
