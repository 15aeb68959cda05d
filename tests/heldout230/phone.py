"""The set-230 devices and the flow builder that labels every identifier it inserts.

One Romanian family, four phones and four other devices:

* tata (father, Bucharest): Samsung Galaxy S23 with the bank app (video / selfie
  onboarding through Innovatrics DIS, face login); the living room holds the
  cable operator's set-top box (MAC, serial, conditional-access card) and a
  smart TV with automatic content recognition (ACR);
* mama (mother, Cluj-Napoca): Xiaomi Redmi Note 13 with the radio / manele /
  podcast app and a smartwatch (BLE MAC, serial);
* fiul (son, Turin): Pixel 8 with the Romanian TV channels' streaming app and a
  connected car (its telematics unit has an IMEI; the VIN is the car's serial);
* unchiul (uncle, Cluj-Napoca): Samsung Galaxy A34 with the SuperLiga app.

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
    "gaid_mama": "advertising_id",
    "gaid_fiul": "advertising_id",
    "gaid_unchi": "advertising_id",
    "aid_banca": "android_id",
    "aid_radio": "android_id",
    "aid_tele": "android_id",
    "aid_liga": "android_id",
    "aid_ceas": "android_id",
    "aid_auto": "android_id",
    "stb_mac": "mac",
    "tv_mac": "mac",
    "ceas_mac": "mac",
    "stb_serial": "serial",
    "tv_serial": "serial",
    "ceas_serial": "serial",
    "auto_imei": "imei",
}
NOT_DEVICE = frozenset(
    {
        "banca_user",
        "tele_user",
        "radio_user",
        "liga_user",
        "ceas_user",
        "auto_user",
        "stb_account",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family230(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_tata: str
    gaid_mama: str
    gaid_fiul: str
    gaid_unchi: str
    aid_banca: str
    aid_radio: str
    aid_tele: str
    aid_liga: str
    aid_ceas: str
    aid_auto: str
    stb_mac: str
    tv_mac: str
    ceas_mac: str
    stb_serial: str
    tv_serial: str
    ceas_serial: str
    auto_imei: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    tele_fid: str
    tele_app_instance: str
    tele_cs_c12: str
    liga_af_uid: str
    liga_branch_token: str
    radio_install: str
    banca_device_key: str
    tv_acr_id: str
    stb_ca_card: str
    ceas_install: str
    auto_vin: str
    # account ids and tokens (not device identifiers; never labelled as such)
    banca_user: str
    tele_user: str
    radio_user: str
    liga_user: str
    ceas_user: str
    auto_user: str
    stb_account: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family230:
        return cls(
            gaid_tata=new_uuid(rng),
            gaid_mama=new_uuid(rng),
            gaid_fiul=new_uuid(rng),
            gaid_unchi=new_uuid(rng),
            aid_banca=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_tele=new_hex(rng, 16),
            aid_liga=new_hex(rng, 16),
            aid_ceas=new_hex(rng, 16),
            aid_auto=new_hex(rng, 16),
            stb_mac=_mac(rng, "00:1E:B8"),
            tv_mac=_mac(rng, "7C:2E:0D"),
            ceas_mac=_mac(rng, "D4:3A:2C"),
            stb_serial="CBN" + new_digits(rng, 4, "2") + new_hex(rng, 6).upper(),
            tv_serial="FZ1A" + new_digits(rng, 7) + "D",
            ceas_serial="W2" + new_hex(rng, 10).upper(),
            auto_imei=luhn_complete(new_digits(rng, 14, "86")),
            tele_fid="f" + new_hex(rng, 21),
            tele_app_instance=new_hex(rng, 32),
            tele_cs_c12=new_hex(rng, 32),
            liga_af_uid=f"17364{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            liga_branch_token=new_digits(rng, 19, "1"),
            radio_install=new_uuid(rng),
            banca_device_key=new_uuid(rng).upper(),
            tv_acr_id=new_hex(rng, 40),
            stb_ca_card=new_digits(rng, 12, "7"),
            ceas_install=new_uuid(rng),
            auto_vin="UU1" + "DJF" + new_digits(rng, 3) + "X" + "R" + new_digits(rng, 6),
            banca_user="RO" + new_digits(rng, 9),
            tele_user="tp" + new_digits(rng, 9),
            radio_user=new_digits(rng, 8, "5"),
            liga_user="sl_" + new_hex(rng, 12),
            ceas_user=new_digits(rng, 10, "1"),
            auto_user="ac-" + new_hex(rng, 14),
            stb_account="ABN" + new_digits(rng, 8),
            tv_account="tv-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family230's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "tata": ("14", "SM-S911B", "UP1A.231005.007"),
    "mama": ("14", "23124RA7EO", "UKQ1.231108.001"),
    "fiul": ("15", "Pixel 8", "AP4A.250105.002"),
    "unchiul": ("14", "SM-A346B", "UP1A.231005.007"),
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
    "Family230",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
