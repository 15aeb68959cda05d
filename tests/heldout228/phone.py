"""The set-228 devices and the flow builder that labels every identifier it inserts.

One Hausa-speaking family, four phones and three devices:

* baba (father, Kano): Tecno Camon 20 with the fintech wallet; the Kano
  living room holds a smart TV with automatic content recognition (ACR) and
  a pay-TV decoder (smartcard, serial, Ethernet MAC);
* mama (mother, Kano): Infinix Hot 30 with the Hausa radio / Qur'an tafsir /
  music app;
* ɗa (son, Abuja): Samsung Galaxy A24 with the Kannywood streaming app and a
  smartwatch;
* kawu (uncle, Jeddah): Redmi Note 13 with the football app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_baba": "advertising_id",
    "gaid_mama": "advertising_id",
    "gaid_da": "advertising_id",
    "gaid_kawu": "advertising_id",
    "aid_walat": "android_id",
    "aid_rediyo": "android_id",
    "aid_kallo": "android_id",
    "aid_agogo": "android_id",
    "aid_kwallo": "android_id",
    "dec_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "dec_serial": "serial",
    "tv_serial": "serial",
    "watch_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "walat_user",
        "kallo_user",
        "rediyo_user",
        "kwallo_user",
        "watch_user",
        "dec_smartcard",
        "tv_account",
        "walat_phone",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family228(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_baba: str
    gaid_mama: str
    gaid_da: str
    gaid_kawu: str
    aid_walat: str
    aid_rediyo: str
    aid_kallo: str
    aid_agogo: str
    aid_kwallo: str
    dec_mac: str
    tv_mac: str
    watch_mac: str
    dec_serial: str
    tv_serial: str
    watch_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    kallo_fid: str
    kallo_app_instance: str
    kallo_adjust_uuid: str
    kallo_adid: str
    kwallo_af_uid: str
    kwallo_fb_anon: str
    rediyo_install: str
    walat_device_key: str
    tv_psid: str
    watch_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    walat_user: str
    kallo_user: str
    rediyo_user: str
    kwallo_user: str
    watch_user: str
    dec_smartcard: str
    tv_account: str
    walat_phone: str

    @classmethod
    def make(cls, rng: random.Random) -> Family228:
        return cls(
            gaid_baba=new_uuid(rng),
            gaid_mama=new_uuid(rng),
            gaid_da=new_uuid(rng),
            gaid_kawu=new_uuid(rng),
            aid_walat=new_hex(rng, 16),
            aid_rediyo=new_hex(rng, 16),
            aid_kallo=new_hex(rng, 16),
            aid_agogo=new_hex(rng, 16),
            aid_kwallo=new_hex(rng, 16),
            dec_mac=_mac(rng, "00:0E:08"),
            tv_mac=_mac(rng, "A8:23:FE"),
            watch_mac=_mac(rng, "E4:7A:2C"),
            dec_serial="TRT" + new_digits(rng, 10, "4"),
            tv_serial="SH" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            watch_serial="AW7" + new_hex(rng, 10).upper(),
            kallo_fid="d" + new_hex(rng, 21),
            kallo_app_instance=new_hex(rng, 32),
            kallo_adjust_uuid=new_uuid(rng),
            kallo_adid=new_hex(rng, 32),
            kwallo_af_uid=f"17356{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            kwallo_fb_anon="XZ" + new_uuid(rng),
            rediyo_install=new_uuid(rng),
            walat_device_key=new_uuid(rng).upper(),
            tv_psid=new_hex(rng, 32),
            watch_install=new_hex(rng, 24),
            walat_user="AJ" + new_digits(rng, 9),
            kallo_user="k" + new_digits(rng, 8),
            rediyo_user=new_digits(rng, 7, "5"),
            kwallo_user="kw_" + new_hex(rng, 12),
            watch_user=new_digits(rng, 10, "3"),
            dec_smartcard=new_digits(rng, 11, "7"),
            tv_account="sh-" + new_hex(rng, 16),
            walat_phone="+23480" + new_digits(rng, 8),
        )


class FB(LabelledBuilder):
    """Family228's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "baba": ("13", "TECNO CK6n", "TP1A.220624.014"),
    "mama": ("13", "Infinix X6831", "TP1A.220624.014"),
    "da": ("14", "SM-A245F", "UP1A.231005.007"),
    "kawu": ("14", "23124RA7EO", "UKQ1.231003.002"),
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
    "Family228",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
