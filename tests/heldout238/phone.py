"""The set-238 devices and the flow builder that labels every identifier it inserts.

One Yoruba family, four phones and four home devices:

* Bàbá (father, Lagos): Samsung Galaxy A54 with the fintech bank app (Dojah
  selfie BVN check, voice login) and the solar inverter's monitoring app; the
  living room holds a smart TV with ACR and a pay-TV decoder; the inverter's
  Wi-Fi / 4G datalogger reports by itself (MAC, IMEI, serial);
* Ìyá (mother, Ibadan): Tecno Camon 20 with the fuji / juju / gospel music and
  radio app;
* Ọmọ (son, London): Pixel 7 with the Yoruba Nollywood streaming app and a
  smartwatch;
* Ẹ̀gbọ́n (elder brother, Lagos): Infinix Hot 30 with the football app.

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
    "gaid_iya": "advertising_id",
    "gaid_omo": "advertising_id",
    "gaid_egbon": "advertising_id",
    "aid_owo": "android_id",
    "aid_ina": "android_id",
    "aid_orin": "android_id",
    "aid_itan": "android_id",
    "aid_aago": "android_id",
    "aid_boolu": "android_id",
    "tv_mac": "mac",
    "dec_mac": "mac",
    "watch_mac": "mac",
    "logger_mac": "mac",
    "tv_serial": "serial",
    "dec_serial": "serial",
    "watch_serial": "serial",
    "inv_serial": "serial",
    "logger_imei": "imei",
    "dec_card": "device_id",
}
NOT_DEVICE = frozenset(
    {
        "owo_user",
        "itan_user",
        "orin_user",
        "boolu_user",
        "aago_user",
        "ina_user",
        "dec_account",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family238(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_baba: str
    gaid_iya: str
    gaid_omo: str
    gaid_egbon: str
    aid_owo: str
    aid_ina: str
    aid_orin: str
    aid_itan: str
    aid_aago: str
    aid_boolu: str
    tv_mac: str
    dec_mac: str
    watch_mac: str
    logger_mac: str
    tv_serial: str
    dec_serial: str
    watch_serial: str
    inv_serial: str
    logger_imei: str
    dec_card: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    itan_fid: str
    itan_app_instance: str
    itan_adjust_uuid: str
    boolu_af_uid: str
    boolu_anon_id: str
    orin_install: str
    owo_device_key: str
    tv_psid: str
    aago_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    owo_user: str
    itan_user: str
    orin_user: str
    boolu_user: str
    aago_user: str
    ina_user: str
    dec_account: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family238:
        return cls(
            gaid_baba=new_uuid(rng),
            gaid_iya=new_uuid(rng),
            gaid_omo=new_uuid(rng),
            gaid_egbon=new_uuid(rng),
            aid_owo=new_hex(rng, 16),
            aid_ina=new_hex(rng, 16),
            aid_orin=new_hex(rng, 16),
            aid_itan=new_hex(rng, 16),
            aid_aago=new_hex(rng, 16),
            aid_boolu=new_hex(rng, 16),
            tv_mac=_mac(rng, "A8:23:FE"),
            dec_mac=_mac(rng, "00:1C:A2"),
            watch_mac=_mac(rng, "D0:62:2C"),
            logger_mac=_mac(rng, "98:D8:63"),
            tv_serial="0" + new_digits(rng, 2) + "RC" + new_hex(rng, 7).upper(),
            dec_serial="SV" + new_digits(rng, 10),
            watch_serial="W2" + new_hex(rng, 10).upper(),
            inv_serial="IJ" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            logger_imei=luhn_complete("8652" + new_digits(rng, 10)),
            dec_card=new_digits(rng, 10, "4"),
            itan_fid="d" + new_hex(rng, 21),
            itan_app_instance=new_hex(rng, 32),
            itan_adjust_uuid=new_uuid(rng),
            boolu_af_uid=f"17350{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            boolu_anon_id="XZ" + new_uuid(rng),
            orin_install=new_uuid(rng),
            owo_device_key=new_uuid(rng).upper(),
            tv_psid=new_hex(rng, 32),
            aago_install=new_hex(rng, 24),
            owo_user="OW" + new_digits(rng, 9),
            itan_user="u" + new_digits(rng, 8),
            orin_user=new_digits(rng, 7, "5"),
            boolu_user="bl_" + new_hex(rng, 12),
            aago_user=new_digits(rng, 10, "3"),
            ina_user="ina-" + new_hex(rng, 10),
            dec_account=new_digits(rng, 9, "7"),
            tv_account="acc-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family238's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "baba": ("14", "SM-A546E", "UP1A.231005.007"),
    "iya": ("13", "TECNO CK6n", "TP1A.220624.014"),
    "omo": ("14", "Pixel 7", "AP2A.240805.005"),
    "egbon": ("13", "Infinix X6831", "TP1A.220624.014"),
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
    "Family238",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
