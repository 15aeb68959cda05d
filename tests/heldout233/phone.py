"""The set-233 devices and the flow builder that labels every identifier it inserts.

One Ethiopian family, four phones and three other devices:

* abbaba (father, Addis Ababa): Samsung Galaxy A14 with the mobile-money
  wallet (KisePay); the Bole living room holds a smart TV with automatic
  content recognition (ACR) and a free-to-air satellite receiver (Nilesat /
  Ethiosat channels) that phones home to its maker;
* emaye (mother, Bahir Dar): Tecno Camon 20 with the radio / mezmur / podcast
  app (Zema);
* wondim (son, Hawassa): Infinix Hot 30 with the football app (Kuas Live);
* ehit (daughter, Washington DC): Pixel 8 with the Amharic / Afaan Oromo
  drama and music-video app (Abay Play) and an LTE smartwatch (with its own
  IMEI) paired through its companion app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_abbaba": "advertising_id",
    "gaid_emaye": "advertising_id",
    "gaid_wondim": "advertising_id",
    "gaid_ehit": "advertising_id",
    "aid_kise": "android_id",
    "aid_zema": "android_id",
    "aid_kuas": "android_id",
    "aid_abay": "android_id",
    "aid_seat": "android_id",
    "tv_mac": "mac",
    "sat_mac": "mac",
    "watch_mac": "mac",
    "tv_serial": "serial",
    "sat_serial": "serial",
    "watch_serial": "serial",
    "watch_imei": "imei",
}
NOT_DEVICE = frozenset(
    {
        "kise_msisdn",
        "kise_customer",
        "abay_user",
        "zema_user",
        "kuas_user",
        "seat_user",
        "tv_account",
        "sat_ca_card",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family233(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_abbaba: str
    gaid_emaye: str
    gaid_wondim: str
    gaid_ehit: str
    aid_kise: str
    aid_zema: str
    aid_kuas: str
    aid_abay: str
    aid_seat: str
    tv_mac: str
    sat_mac: str
    watch_mac: str
    tv_serial: str
    sat_serial: str
    watch_serial: str
    watch_imei: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    abay_fid: str
    abay_app_instance: str
    abay_adjust_uuid: str
    abay_adid: str
    kuas_af_uid: str
    zema_install: str
    kise_device_key: str
    tv_psid: str
    seat_install: str
    # account ids, phone numbers and cards (not device identifiers; never labelled)
    kise_msisdn: str
    kise_customer: str
    abay_user: str
    zema_user: str
    kuas_user: str
    seat_user: str
    tv_account: str
    sat_ca_card: str

    @classmethod
    def make(cls, rng: random.Random) -> Family233:
        return cls(
            gaid_abbaba=new_uuid(rng),
            gaid_emaye=new_uuid(rng),
            gaid_wondim=new_uuid(rng),
            gaid_ehit=new_uuid(rng),
            aid_kise=new_hex(rng, 16),
            aid_zema=new_hex(rng, 16),
            aid_kuas=new_hex(rng, 16),
            aid_abay=new_hex(rng, 16),
            aid_seat=new_hex(rng, 16),
            tv_mac=_mac(rng, "A8:23:FE"),
            sat_mac=_mac(rng, "00:1E:B8"),
            watch_mac=_mac(rng, "5C:B1:3E"),
            tv_serial="0" + new_digits(rng, 2) + "HZ" + new_digits(rng, 6) + "A",
            sat_serial="SR" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            watch_serial="R9W" + new_hex(rng, 8).upper(),
            watch_imei=luhn_complete("35" + new_digits(rng, 12)),
            abay_fid="d" + new_hex(rng, 21),
            abay_app_instance=new_hex(rng, 32),
            abay_adjust_uuid=new_uuid(rng),
            abay_adid=new_hex(rng, 32),
            kuas_af_uid=f"17442{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            zema_install=new_uuid(rng),
            kise_device_key=new_hex(rng, 48),
            tv_psid=new_hex(rng, 32),
            seat_install=new_uuid(rng),
            kise_msisdn="2519" + new_digits(rng, 8),
            kise_customer="C" + new_digits(rng, 10),
            abay_user="ab" + new_digits(rng, 9),
            zema_user=new_digits(rng, 8, "5"),
            kuas_user="kl_" + new_hex(rng, 10),
            seat_user=new_digits(rng, 11, "7"),
            tv_account="tvac-" + new_hex(rng, 14),
            sat_ca_card=new_digits(rng, 12, "8"),
        )


class FB(LabelledBuilder):
    """Family233's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "abbaba": ("14", "SM-A145F", "UP1A.231005.007"),
    "emaye": ("13", "TECNO CK6n", "TP1A.220624.014"),
    "wondim": ("13", "Infinix X6831", "TP1A.220624.014"),
    "ehit": ("14", "Pixel 8", "AP2A.240905.003"),
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
    "Family233",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
