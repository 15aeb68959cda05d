"""The set-256 devices and the flow builder that labels every identifier it inserts.

One Fijian family (iTaukei and Fiji-Hindi speaking relatives), four phones and
two other devices:

* tata (father Josefa, Suva): Samsung Galaxy A35 with the bank app and the
  pay-TV app; the living room holds the pay-TV satellite decoder (its serial,
  Ethernet MAC and conditional-access smart card number);
* mausi (aunt Sunita, Labasa): an old Galaxy A10s still on Android 9, so the
  mobile-money wallet can read the IMEI; she also uses the Pacific / Bollywood
  music, kirtan and radio app;
* ravi (cousin Ravinesh, Lautoka): Redmi Note 13 with the rugby and football
  live app;
* tevita (son, Auckland): Pixel 8 with the Pacific series / rugby / Bollywood
  streaming app and an LTE smartwatch (its serial, Bluetooth MAC and IMEI).

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_tata": "advertising_id",
    "gaid_mausi": "advertising_id",
    "gaid_ravi": "advertising_id",
    "gaid_tevita": "advertising_id",
    "aid_bank": "android_id",
    "aid_sky": "android_id",
    "aid_lavo": "android_id",
    "aid_dhun": "android_id",
    "aid_qito": "android_id",
    "aid_sarava": "android_id",
    "aid_cakau": "android_id",
    "imei_mausi": "imei",
    "watch_imei": "imei",
    "stb_mac": "mac",
    "watch_mac": "mac",
    "stb_serial": "serial",
    "stb_card": "serial",
    "watch_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "bank_customer",
        "lavo_msisdn",
        "sarava_user",
        "dhun_user",
        "qito_user",
        "sky_account",
        "cakau_user",
        "onfido_applicant",
        "jumio_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family256(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_tata: str
    gaid_mausi: str
    gaid_ravi: str
    gaid_tevita: str
    aid_bank: str
    aid_sky: str
    aid_lavo: str
    aid_dhun: str
    aid_qito: str
    aid_sarava: str
    aid_cakau: str
    imei_mausi: str
    watch_imei: str
    stb_mac: str
    watch_mac: str
    stb_serial: str
    stb_card: str
    watch_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    sarava_fid: str
    sarava_instance: str
    sarava_af_uid: str
    sarava_gsf: str
    dhun_adjust_uuid: str
    dhun_adid: str
    qito_anon: str
    qito_npaw_uuid: str
    lavo_device_token: str
    bank_device_key: str
    sky_stb_uid: str
    cakau_install: str
    # account ids (not device identifiers; never labelled as such)
    bank_customer: str
    lavo_msisdn: str
    sarava_user: str
    dhun_user: str
    qito_user: str
    sky_account: str
    cakau_user: str
    onfido_applicant: str
    jumio_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family256:
        return cls(
            gaid_tata=new_uuid(rng),
            gaid_mausi=new_uuid(rng),
            gaid_ravi=new_uuid(rng),
            gaid_tevita=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_sky=new_hex(rng, 16),
            aid_lavo=new_hex(rng, 16),
            aid_dhun=new_hex(rng, 16),
            aid_qito=new_hex(rng, 16),
            aid_sarava=new_hex(rng, 16),
            aid_cakau=new_hex(rng, 16),
            imei_mausi=luhn_complete(new_digits(rng, 14, "35")),
            watch_imei=luhn_complete(new_digits(rng, 14, "86")),
            stb_mac=_mac(rng, "00:0F:9C"),
            watch_mac=_mac(rng, "E4:5F:01"),
            stb_serial="VS4K" + new_digits(rng, 10, "2"),
            stb_card=new_digits(rng, 12, "74"),
            watch_serial="CKW" + new_hex(rng, 10).upper(),
            sarava_fid="e" + new_hex(rng, 21),
            sarava_instance=new_hex(rng, 32),
            sarava_af_uid=f"17413{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            sarava_gsf=new_digits(rng, 19, "3"),
            dhun_adjust_uuid=new_uuid(rng),
            dhun_adid=new_hex(rng, 32),
            qito_anon="XZ" + new_uuid(rng),
            qito_npaw_uuid=new_uuid(rng).upper(),
            lavo_device_token=new_hex(rng, 48),
            bank_device_key=new_uuid(rng),
            sky_stb_uid="stb-" + new_hex(rng, 24),
            cakau_install=new_uuid(rng),
            bank_customer="VB" + new_digits(rng, 8),
            lavo_msisdn="+6799" + new_digits(rng, 6),
            sarava_user="sp_" + new_hex(rng, 10),
            dhun_user=new_digits(rng, 8, "5"),
            qito_user="q" + new_digits(rng, 9),
            sky_account=new_digits(rng, 9, "1"),
            cakau_user=new_digits(rng, 11, "8"),
            onfido_applicant=new_uuid(rng),
            jumio_account=new_uuid(rng),
        )


class FB(LabelledBuilder):
    """Family256's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "tata": ("14", "SM-A356E", "UP1A.231005.007"),
    "mausi": ("9", "SM-A107F", "PPR1.180610.011"),
    "ravi": ("14", "23129RAA4G", "UKQ1.230917.001"),
    "tevita": ("15", "Pixel 8", "AP4A.250105.002"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik(who: str) -> str:
    osv, model, build = PHONES[who]
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "PHONES",
    "Family256",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
