"""The set-113 devices and the flow builder that labels every identifier it inserts.

A family shared between Jakarta, Bandung, Surabaya and Kuala Lumpur: a Samsung
Galaxy A54 (Android 14) runs a sinetron streaming app, a short-video app, a
football / badminton streamer, a dangdut music app, an Islamic audio app (kajian,
murottal), a wayang channel, an e-wallet with face KYC, a bank with voice ID and
an ojek driver app with selfie checks. The household's Polytron Android TV (its
Wi-Fi MAC and serial) and a Mi Band-like band (BLE MAC, serial) are paired to it.
Every app sees its own ANDROID_ID (Android 8+), so known.yaml lists one per app.
The phone's IMEI leaves the phone once: the owner types it into the ministry's
IMEI registration check, as Indonesian buyers of imported phones do.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_layar": "android_id",
    "aid_klip": "android_id",
    "aid_bola": "android_id",
    "aid_dangdut": "android_id",
    "aid_ngaji": "android_id",
    "aid_wayang": "android_id",
    "aid_dompet": "android_id",
    "aid_bank": "android_id",
    "aid_ojek": "android_id",
    "aid_tv": "android_id",
    "imei": "imei",
    "tv_mac": "mac",
    "band_mac": "mac",
    "tv_serial": "serial",
    "band_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "msisdn",
        "layar_user",
        "klip_user",
        "dompet_user",
        "bank_cif",
        "ojek_driver",
        "ngaji_user",
        "fcm_token",
    }
)

MODEL = "SM-A546E"
BUILD = "UP1A.231005.007"


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone113(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_layar: str
    aid_klip: str
    aid_bola: str
    aid_dangdut: str
    aid_ngaji: str
    aid_wayang: str
    aid_dompet: str
    aid_bank: str
    aid_ojek: str
    aid_tv: str
    imei: str
    tv_mac: str
    band_mac: str
    tv_serial: str
    band_serial: str
    email: str
    # install-scoped ids SDKs and apps make up (device_id, not in known.yaml)
    moe_unique_id: str
    adjust_adid: str
    klip_did: str
    clevertap_id: str
    af_uid: str
    fb_app_instance: str
    ngaji_fid: str
    wayang_install: str
    vida_device: str
    ojek_install: str
    tv_acr_id: str
    # accounts, phone numbers and tokens (not device identifiers)
    msisdn: str
    layar_user: str
    klip_user: str
    dompet_user: str
    bank_cif: str
    ojek_driver: str
    ngaji_user: str
    fcm_token: str
    model: str = MODEL

    @classmethod
    def make(cls, rng: random.Random) -> Phone113:
        return cls(
            gaid=new_uuid(rng),
            aid_layar=new_hex(rng, 16),
            aid_klip=new_hex(rng, 16),
            aid_bola=new_hex(rng, 16),
            aid_dangdut=new_hex(rng, 16),
            aid_ngaji=new_hex(rng, 16),
            aid_wayang=new_hex(rng, 16),
            aid_dompet=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_ojek=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            tv_mac=_mac(rng, "00:1A:E8"),
            band_mac=_mac(rng, "C8:0F:10"),
            tv_serial="PLD43" + new_digits(rng, 10),
            band_serial="MB8" + new_hex(rng, 10).upper(),
            email=f"rizky.pratama{rng.randint(10, 99)}@surel-example.id",
            moe_unique_id=new_uuid(rng),
            adjust_adid=new_hex(rng, 32),
            klip_did=new_digits(rng, 19, "71"),
            clevertap_id="__g" + new_hex(rng, 32),
            af_uid=f"1717{new_digits(rng, 9)}-{new_digits(rng, 19)}",
            fb_app_instance=new_hex(rng, 32),
            ngaji_fid="c" + new_hex(rng, 21),
            wayang_install=new_uuid(rng),
            vida_device=new_hex(rng, 40),
            ojek_install=new_uuid(rng).upper(),
            tv_acr_id=new_hex(rng, 24),
            msisdn="+62812" + new_digits(rng, 8),
            layar_user="LYR" + new_digits(rng, 9),
            klip_user=new_digits(rng, 12, "6"),
            dompet_user="DK" + new_digits(rng, 11),
            bank_cif=new_digits(rng, 10, "0"),
            ojek_driver="MTR-" + new_digits(rng, 7),
            ngaji_user="u_" + new_hex(rng, 12),
            fcm_token="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 44),
        )


class FB(LabelledBuilder):
    """Phone113's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; {MODEL} Build/{BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android 14; {MODEL} Build/{BUILD})"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone113",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
