"""The set-240 devices and the flow builder that labels every identifier it inserts.

One Georgian family, four phones and four other devices:

* mama (father, Tbilisi): Samsung Galaxy S23 with the bank app and the car's
  companion app; the living room holds a smart TV with automatic content
  recognition (ACR) and an IPTV set-top box from the home ISP; the family
  car is a connected car (VIN, a telematics unit with its own IMEI);
* deda (mother, Batumi): Xiaomi Redmi Note 13 with the polyphonic music /
  radio / podcast app;
* vazhi (son, Athens): Pixel 8 with the Georgian TV / series app and an LTE
  smartwatch (BLE MAC, serial, the watch's own IMEI for its eSIM);
* babua (grandfather, Kutaisi): Samsung Galaxy A15 with the Erovnuli Liga
  and rugby live app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_mama": "advertising_id",
    "gaid_deda": "advertising_id",
    "gaid_vazhi": "advertising_id",
    "gaid_babua": "advertising_id",
    "aid_banki": "android_id",
    "aid_musika": "android_id",
    "aid_seriali": "android_id",
    "aid_sporti": "android_id",
    "aid_saati": "android_id",
    "aid_manqana": "android_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
    "watch_serial": "serial",
    "car_vin": "serial",
    "watch_imei": "imei",
    "car_tcu_imei": "imei",
}
NOT_DEVICE = frozenset(
    {
        "banki_user",
        "seri_user",
        "sport_user",
        "musika_user",
        "tv_account",
        "box_token",
        "car_account",
        "watch_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def _vin(rng: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "WVWZZZ" + "".join(rng.choice(alphabet) for _ in range(3)) + "R" + new_digits(rng, 7)


@dataclass(frozen=True, slots=True)
class Family240(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_mama: str
    gaid_deda: str
    gaid_vazhi: str
    gaid_babua: str
    aid_banki: str
    aid_musika: str
    aid_seriali: str
    aid_sporti: str
    aid_saati: str
    aid_manqana: str
    box_mac: str
    tv_mac: str
    watch_mac: str
    box_serial: str
    tv_serial: str
    watch_serial: str
    car_vin: str
    watch_imei: str
    car_tcu_imei: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    seri_fid: str
    seri_app_instance: str
    seri_adjust_adid: str
    seri_android_uuid: str
    sport_af_uid: str
    sport_fb_anon: str
    musika_install: str
    banki_device_key: str
    tv_psid: str
    box_device_id: str
    watch_install: str
    car_app_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    banki_user: str
    seri_user: str
    sport_user: str
    musika_user: str
    tv_account: str
    box_token: str
    car_account: str
    watch_user: str

    @classmethod
    def make(cls, rng: random.Random) -> Family240:
        return cls(
            gaid_mama=new_uuid(rng),
            gaid_deda=new_uuid(rng),
            gaid_vazhi=new_uuid(rng),
            gaid_babua=new_uuid(rng),
            aid_banki=new_hex(rng, 16),
            aid_musika=new_hex(rng, 16),
            aid_seriali=new_hex(rng, 16),
            aid_sporti=new_hex(rng, 16),
            aid_saati=new_hex(rng, 16),
            aid_manqana=new_hex(rng, 16),
            box_mac=_mac(rng, "00:1E:B8"),
            tv_mac=_mac(rng, "A8:23:FE"),
            watch_mac=_mac(rng, "48:8F:4C"),
            box_serial="SK" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            tv_serial="0" + new_digits(rng, 2) + "KR" + new_hex(rng, 7).upper(),
            watch_serial="R3AW" + new_digits(rng, 3) + new_hex(rng, 4).upper(),
            car_vin=_vin(rng),
            watch_imei=luhn_complete(new_digits(rng, 14, "35")),
            car_tcu_imei=luhn_complete(new_digits(rng, 14, "86")),
            seri_fid="d" + new_hex(rng, 21),
            seri_app_instance=new_hex(rng, 32),
            seri_adjust_adid=new_hex(rng, 32),
            seri_android_uuid=new_uuid(rng),
            sport_af_uid=f"17358{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            sport_fb_anon="XZ" + new_uuid(rng),
            musika_install=new_uuid(rng),
            banki_device_key=new_uuid(rng).upper(),
            tv_psid=new_hex(rng, 32),
            box_device_id=new_hex(rng, 40),
            watch_install=new_uuid(rng),
            car_app_install=new_hex(rng, 24),
            banki_user="GE" + new_digits(rng, 9),
            seri_user="mp" + new_digits(rng, 8),
            sport_user=new_digits(rng, 8, "4"),
            musika_user="h" + new_hex(rng, 10),
            tv_account="acct-" + new_hex(rng, 16),
            box_token=new_hex(rng, 48),
            car_account="VW-" + new_digits(rng, 10),
            watch_user=new_digits(rng, 11, "7"),
        )


class FB(LabelledBuilder):
    """Family240's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "mama": ("14", "SM-S911B", "UP1A.231005.007"),
    "deda": ("14", "23129RAA4G", "UKQ1.231003.002"),
    "vazhi": ("15", "Pixel 8", "AP4A.250105.002"),
    "babua": ("14", "SM-A155F", "UP1A.231005.007"),
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
    "Family240",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
