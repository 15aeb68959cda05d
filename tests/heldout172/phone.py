"""The set-172 devices and the flow builder that labels every identifier it inserts.

A family spread over Hanoi, Da Nang and Ho Chi Minh City: the tester's Xiaomi
Redmi Note 12 (Android 13) runs ten apps (streaming, short video, music, a
dharma-talk app, a bank, an e-wallet, ride hailing, a shop with livestreams,
a smartwatch companion, a motorbike GPS tracker app); the children's iPad runs
the streaming app (IDFV); an Android TV box and a smart TV with ACR sit in the
living room; a cheap smartwatch (BLE MAC) and a GPS tracker on the motorbike
(its LTE module's IMEI and serial, both printed on its label).

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per
app. The iPad's IDFV is filed as `device_id` (a vendor-scoped id the tester reads
off the app's settings page).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf
from tests.heldout.wire import b64, gz, jsb

# device attribute -> known.yaml kind (attributes not listed are ids SDKs and apps make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "box_gaid": "advertising_id",
    "aid_phim": "android_id",
    "aid_luot": "android_id",
    "aid_nhac": "android_id",
    "aid_phap": "android_id",
    "aid_bank": "android_id",
    "aid_vi": "android_id",
    "aid_xe": "android_id",
    "aid_cho": "android_id",
    "aid_watch": "android_id",
    "aid_tracker": "android_id",
    "box_aid": "android_id",
    "ipad_idfv": "device_id",
    "box_serial": "serial",
    "box_mac": "mac",
    "tv_serial": "serial",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "tracker_imei": "imei",
    "tracker_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "phone_no",
        "phim_user",
        "luot_user",
        "nhac_user",
        "phap_user",
        "bank_cif",
        "bank_account",
        "vi_user",
        "xe_user",
        "cho_user",
        "fcm_token",
        "cccd_no",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone172(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    box_gaid: str
    aid_phim: str
    aid_luot: str
    aid_nhac: str
    aid_phap: str
    aid_bank: str
    aid_vi: str
    aid_xe: str
    aid_cho: str
    aid_watch: str
    aid_tracker: str
    box_aid: str
    ipad_idfv: str
    box_serial: str
    box_mac: str
    tv_serial: str
    tv_mac: str
    watch_mac: str
    tracker_imei: str
    tracker_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    phim_af_uid: str
    phim_ipad_af_uid: str
    luot_did: str
    luot_iid: str
    nhac_app_instance: str
    phap_install: str
    bank_device_fp: str
    vi_device_key: str
    xe_adid: str
    cho_ct_id: str
    tv_psid: str
    box_install: str
    # accounts, tokens and personal numbers (never device identifiers)
    phone_no: str
    phim_user: str
    luot_user: str
    nhac_user: str
    phap_user: str
    bank_cif: str
    bank_account: str
    vi_user: str
    xe_user: str
    cho_user: str
    fcm_token: str
    cccd_no: str
    model: str = "23021RAAEG"

    @classmethod
    def make(cls, rng: random.Random) -> Phone172:
        return cls(
            gaid=new_uuid(rng),
            box_gaid=new_uuid(rng),
            aid_phim=new_hex(rng, 16),
            aid_luot=new_hex(rng, 16),
            aid_nhac=new_hex(rng, 16),
            aid_phap=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_vi=new_hex(rng, 16),
            aid_xe=new_hex(rng, 16),
            aid_cho=new_hex(rng, 16),
            aid_watch=new_hex(rng, 16),
            aid_tracker=new_hex(rng, 16),
            box_aid=new_hex(rng, 16),
            ipad_idfv=new_uuid(rng).upper(),
            box_serial="FPTB" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            box_mac=_mac(rng, "A0:4C:5B"),
            tv_serial="0" + new_digits(rng, 3) + "RAV" + new_digits(rng, 6),
            tv_mac=_mac(rng, "70:2A:D5").lower(),
            watch_mac=_mac(rng, "D4:8A:3B"),
            tracker_imei=luhn_complete(new_digits(rng, 14, "86")),
            tracker_serial="GT06N" + new_digits(rng, 8),
            email=f"nguyenthuha{rng.randint(80, 99)}@gmail.example",
            phim_af_uid=f"16989{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            phim_ipad_af_uid=f"17012{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            luot_did=new_digits(rng, 19, "74"),
            luot_iid=new_digits(rng, 19, "73"),
            nhac_app_instance=new_hex(rng, 32),
            phap_install=new_uuid(rng),
            bank_device_fp=new_hex(rng, 40).upper(),
            vi_device_key="VX" + new_hex(rng, 30),
            xe_adid=new_hex(rng, 32),
            cho_ct_id="__g" + new_hex(rng, 32),
            tv_psid=new_hex(rng, 24),
            box_install=new_uuid(rng),
            phone_no="09" + new_digits(rng, 8),
            phim_user="u" + new_digits(rng, 9),
            luot_user=new_digits(rng, 16, "68"),
            nhac_user="zm" + new_digits(rng, 10),
            phap_user=new_digits(rng, 7, "3"),
            bank_cif=new_digits(rng, 9, "1"),
            bank_account="1903" + new_digits(rng, 10),
            vi_user=new_digits(rng, 12, "5"),
            xe_user="VN" + new_digits(rng, 10),
            cho_user=new_digits(rng, 9, "2"),
            fcm_token="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 60),
            cccd_no="0" + new_digits(rng, 11, "01"),
        )


class FB(LabelledBuilder):
    """Phone172's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


ANDROID_BUILD = "Android 13; 23021RAAEG Build/TKQ1.221114.001"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; {ANDROID_BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; {ANDROID_BUILD})"


def ipad_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPad; iPadOS 17.5.1; Scale/2.00)"


rid = req_id


def gz_b64(obj: object) -> str:
    """JSON, gzipped and base64-encoded: how several in-house SDKs pack event batches."""
    return b64(gz(jsb(obj)))


__all__ = [
    "ANDROID_BUILD",
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone172",
    "dalvik",
    "floats",
    "gz_b64",
    "ipad_ua",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
