"""The set-222 devices and the flow builder that labels every identifier it inserts.

One Iranian family, four phones and three other devices:

* baba (father, Tehran): Samsung Galaxy A34 with the bank app (face login);
  the Tehran living room holds a smart TV with automatic content recognition
  (ACR) and an Android TV box running an IPTV / live-TV app;
* maman (mother, Isfahan): an old Redmi Note 7 still on Android 9, where an app
  with a low target SDK can still read the IMEI; she uses the music / podcast
  app and the messaging app (voice messages, voice login);
* dokhtar (daughter, Toronto): Pixel 8 with the Persian series / film streamer
  and a smartwatch;
* pesar (son, Tehran): Samsung Galaxy A54 with the football live app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_baba": "advertising_id",
    "gaid_maman": "advertising_id",
    "gaid_dokhtar": "advertising_id",
    "gaid_pesar": "advertising_id",
    "aid_bank": "android_id",
    "aid_navaa": "android_id",
    "aid_payam": "android_id",
    "aid_tamasha": "android_id",
    "aid_saat": "android_id",
    "aid_gol": "android_id",
    "aid_box": "android_id",
    "imei_maman": "imei",
    "tv_mac": "mac",
    "box_mac": "mac",
    "saat_mac": "mac",
    "tv_serial": "serial",
    "box_serial": "serial",
    "saat_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "bank_user",
        "tamasha_user",
        "navaa_user",
        "payam_phone",
        "gol_user",
        "saat_user",
        "box_subscriber",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family222(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_baba: str
    gaid_maman: str
    gaid_dokhtar: str
    gaid_pesar: str
    aid_bank: str
    aid_navaa: str
    aid_payam: str
    aid_tamasha: str
    aid_saat: str
    aid_gol: str
    aid_box: str
    imei_maman: str
    tv_mac: str
    box_mac: str
    saat_mac: str
    tv_serial: str
    box_serial: str
    saat_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    tamasha_fid: str
    tamasha_app_instance: str
    tamasha_metrix_uid: str
    gol_metrix_uid: str
    navaa_adjust_uuid: str
    navaa_adid: str
    payam_udid: str
    bank_device_uid: str
    tv_acr_id: str
    box_device_id: str
    saat_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    bank_user: str
    tamasha_user: str
    navaa_user: str
    payam_phone: str
    gol_user: str
    saat_user: str
    box_subscriber: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family222:
        return cls(
            gaid_baba=new_uuid(rng),
            gaid_maman=new_uuid(rng),
            gaid_dokhtar=new_uuid(rng),
            gaid_pesar=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_navaa=new_hex(rng, 16),
            aid_payam=new_hex(rng, 16),
            aid_tamasha=new_hex(rng, 16),
            aid_saat=new_hex(rng, 16),
            aid_gol=new_hex(rng, 16),
            aid_box=new_hex(rng, 16),
            imei_maman=luhn_complete(new_digits(rng, 14, "86")),
            tv_mac=_mac(rng, "A8:23:FE"),
            box_mac=_mac(rng, "E4:17:D8"),
            saat_mac=_mac(rng, "D4:3B:04"),
            tv_serial="SNW" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            box_serial="X96" + new_hex(rng, 10).upper(),
            saat_serial="GW5" + new_digits(rng, 9),
            tamasha_fid="f" + new_hex(rng, 21),
            tamasha_app_instance=new_hex(rng, 32),
            tamasha_metrix_uid=new_uuid(rng),
            gol_metrix_uid=new_uuid(rng),
            navaa_adjust_uuid=new_uuid(rng),
            navaa_adid=new_hex(rng, 32),
            payam_udid=new_hex(rng, 40),
            bank_device_uid=new_uuid(rng).upper(),
            tv_acr_id=new_hex(rng, 32),
            box_device_id=new_hex(rng, 48),
            saat_install=new_uuid(rng),
            bank_user=new_digits(rng, 10, "0"),
            tamasha_user="u" + new_digits(rng, 9),
            navaa_user=new_digits(rng, 8, "5"),
            payam_phone="+98913" + new_digits(rng, 7),
            gol_user="g" + new_hex(rng, 14),
            saat_user=new_digits(rng, 11, "7"),
            box_subscriber="SUB" + new_digits(rng, 8),
            tv_account="acct_" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family222's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "baba": ("14", "SM-A346E", "UP1A.231005.007"),
    "maman": ("9", "Redmi Note 7", "PKQ1.180904.001"),
    "dokhtar": ("14", "Pixel 8", "AP2A.240905.003"),
    "pesar": ("14", "SM-A546E", "UP1A.231005.007"),
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
    "Family222",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
