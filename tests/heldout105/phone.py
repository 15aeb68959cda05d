"""The set-105 devices and the flow builder that labels every identifier it inserts.

A family between Lagos, Kano and Kumasi shares one Tecno Camon 20 (Android 13,
HiOS 13): its own IMEI and serial are read only by privileged callers (Transsion's
system analytics, the telco app with carrier privileges). An Android TV box in the
parlour (Ethernet MAC, serial) and an Oraimo-style watch (BLE MAC, serial) are
paired to it. Since Android 8 each app sees its own ANDROID_ID, so known.yaml
lists one per app. BVN, NIN, phone numbers and accounts are no device ids.
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
    "aid_kanny": "android_id",
    "aid_ball": "android_id",
    "aid_music": "android_id",
    "aid_quran": "android_id",
    "aid_church": "android_id",
    "aid_fin": "android_id",
    "aid_telco": "android_id",
    "aid_ride": "android_id",
    "aid_bet": "android_id",
    "imei": "imei",
    "phone_serial": "serial",
    "box_mac": "mac",
    "box_serial": "serial",
    "watch_mac": "mac",
    "watch_serial": "serial",
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
        "kanny_user",
        "ball_user",
        "music_user",
        "church_member",
        "fin_user",
        "driver_id",
        "bet_user",
        "fcm_token",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone105(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_nolly: str
    aid_kanny: str
    aid_ball: str
    aid_music: str
    aid_quran: str
    aid_church: str
    aid_fin: str
    aid_telco: str
    aid_ride: str
    aid_bet: str
    imei: str
    phone_serial: str
    box_mac: str
    box_serial: str
    watch_mac: str
    watch_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    nolly_af_uid: str
    bet_af_uid: str
    music_app_instance: str
    ball_moe_id: str
    fb_anon_id: str
    athena_vaid: str
    fin_device_fp: str
    box_launcher_id: str
    # account ids, national ids and tokens (never device identifiers)
    msisdn: str
    bvn: str
    nin: str
    nolly_user: str
    kanny_user: str
    ball_user: str
    music_user: str
    church_member: str
    fin_user: str
    driver_id: str
    bet_user: str
    fcm_token: str
    model: str = "TECNO CK6n"

    @classmethod
    def make(cls, rng: random.Random) -> Phone105:
        return cls(
            gaid=new_uuid(rng),
            aid_nolly=new_hex(rng, 16),
            aid_kanny=new_hex(rng, 16),
            aid_ball=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_quran=new_hex(rng, 16),
            aid_church=new_hex(rng, 16),
            aid_fin=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_bet=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            phone_serial="0" + new_digits(rng, 3) + new_hex(rng, 10).upper(),
            box_mac=_mac(rng, "A8:1E:84").lower(),
            box_serial="X96Q" + new_hex(rng, 12).upper(),
            watch_mac=_mac(rng, "E4:7D:BD"),
            watch_serial="OSW" + new_digits(rng, 11),
            email=f"adaeze.bello{rng.randint(10, 99)}@mailbox-example.ng",
            nolly_af_uid=f"17301{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            bet_af_uid=f"17298{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            music_app_instance=new_hex(rng, 32),
            ball_moe_id=new_uuid(rng),
            fb_anon_id="XZ" + new_uuid(rng),
            athena_vaid=new_hex(rng, 32),
            fin_device_fp=new_hex(rng, 40),
            box_launcher_id=new_uuid(rng).upper(),
            msisdn="234803" + new_digits(rng, 7),
            bvn=new_digits(rng, 11, "22"),
            nin=new_digits(rng, 11, "7"),
            nolly_user="nf_" + new_digits(rng, 9),
            kanny_user=new_digits(rng, 7, "5"),
            ball_user="u" + new_hex(rng, 12),
            music_user=new_digits(rng, 10, "1"),
            church_member="RCG-" + new_digits(rng, 6),
            fin_user="CUS_" + new_hex(rng, 16),
            driver_id="drv_" + new_digits(rng, 8),
            bet_user=new_digits(rng, 8, "3"),
            fcm_token="c" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Phone105's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 13; TECNO CK6n Build/TP1A.220624.014)"


DALVIK = "Dalvik/2.1.0 (Linux; U; Android 13; TECNO CK6n Build/TP1A.220624.014)"

rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "DALVIK",
    "FB",
    "KNOWN_ATTRS",
    "Phone105",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
