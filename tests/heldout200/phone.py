"""The set-200 devices and the flow builder that labels every identifier it inserts.

One Cambodian family, five phones and two home devices:

* pa (father, Phnom Penh): Samsung Galaxy A15 with the Prak Chet e-wallet
  (face login, ID-card selfie KYC); the flat holds the ISP's IPTV box
  (an Android box on the fictional NetKampuchea "PhteahTV" service);
* mak (mother, Siem Reap): OPPO A58 with the Khmer drama / Thai lakorn app
  MeulRoeung; the guesthouse lobby has a cheap Android TV with automatic
  content recognition (ACR);
* bong (elder son, Siem Reap): an old Vivo Y91C on Android 9 with the
  RotTukTuk driver app (Android 9 still lets an app with READ_PHONE_STATE read
  the IMEI);
* srey (daughter, student in Phnom Penh): Redmi 13C with the Chrieng karaoke /
  music app;
* ming (aunt, Long Beach, California): Pixel 8a, also watching MeulRoeung.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_pa": "advertising_id",
    "gaid_mak": "advertising_id",
    "gaid_bong": "advertising_id",
    "gaid_srey": "advertising_id",
    "gaid_ming": "advertising_id",
    "aid_prak": "android_id",
    "aid_meul_mak": "android_id",
    "aid_meul_ming": "android_id",
    "aid_chrieng": "android_id",
    "aid_tuktuk": "android_id",
    "aid_tv": "android_id",
    "imei_bong": "imei",
    "box_mac": "mac",
    "box_eth_mac": "mac",
    "tv_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "prak_user",
        "prak_phone",
        "meul_user_mak",
        "meul_user_ming",
        "chrieng_user",
        "driver_no",
        "box_account",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family200(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_pa: str
    gaid_mak: str
    gaid_bong: str
    gaid_srey: str
    gaid_ming: str
    aid_prak: str
    aid_meul_mak: str
    aid_meul_ming: str
    aid_chrieng: str
    aid_tuktuk: str
    aid_tv: str
    imei_bong: str
    box_mac: str
    box_eth_mac: str
    tv_mac: str
    box_serial: str
    tv_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    meul_fid_mak: str
    meul_fid_ming: str
    meul_instance_mak: str
    meul_instance_ming: str
    fb_anon_mak: str
    fb_anon_ming: str
    chrieng_fid: str
    chrieng_install: str
    adjust_uuid_bong: str
    adjust_adid_bong: str
    prak_device_key: str
    box_stb_id: str
    tv_acr_id: str
    # account ids and tokens (not device identifiers; never labelled as such)
    prak_user: str
    prak_phone: str
    meul_user_mak: str
    meul_user_ming: str
    chrieng_user: str
    driver_no: str
    box_account: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family200:
        return cls(
            gaid_pa=new_uuid(rng),
            gaid_mak=new_uuid(rng),
            gaid_bong=new_uuid(rng),
            gaid_srey=new_uuid(rng),
            gaid_ming=new_uuid(rng),
            aid_prak=new_hex(rng, 16),
            aid_meul_mak=new_hex(rng, 16),
            aid_meul_ming=new_hex(rng, 16),
            aid_chrieng=new_hex(rng, 16),
            aid_tuktuk=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            imei_bong=luhn_complete("86" + new_digits(rng, 12)),
            box_mac=_mac(rng, "A8:82:00"),
            box_eth_mac=_mac(rng, "A8:82:00"),
            tv_mac=_mac(rng, "5C:C1:D7"),
            box_serial="NKB" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            tv_serial="AV43" + new_digits(rng, 4) + "K" + new_digits(rng, 6),
            meul_fid_mak="d" + new_hex(rng, 21),
            meul_fid_ming="e" + new_hex(rng, 21),
            meul_instance_mak=new_hex(rng, 32),
            meul_instance_ming=new_hex(rng, 32),
            fb_anon_mak="XZ" + new_uuid(rng),
            fb_anon_ming="XZ" + new_uuid(rng),
            chrieng_fid="f" + new_hex(rng, 21),
            chrieng_install=new_uuid(rng),
            adjust_uuid_bong=new_uuid(rng),
            adjust_adid_bong=new_hex(rng, 32),
            prak_device_key=new_hex(rng, 40),
            box_stb_id="STB" + new_hex(rng, 24).upper(),
            tv_acr_id=new_hex(rng, 32),
            prak_user="PC" + new_digits(rng, 9),
            prak_phone="+85512" + new_digits(rng, 6),
            meul_user_mak="mr" + new_digits(rng, 8),
            meul_user_ming="mr" + new_digits(rng, 8),
            chrieng_user=new_digits(rng, 9, "5"),
            driver_no="TT-SR-" + new_digits(rng, 5),
            box_account="NK" + new_digits(rng, 8),
            tv_account="acc_" + new_hex(rng, 14),
        )


class FB(LabelledBuilder):
    """Family200's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "pa": ("14", "SM-A155F", "UP1A.231005.007"),
    "mak": ("13", "CPH2577", "TP1A.220905.001"),
    "bong": ("9", "vivo 1820", "PPR1.180610.011"),
    "srey": ("13", "23100RN82L", "TP1A.220624.014"),
    "ming": ("14", "Pixel 8a", "AP2A.240905.003"),
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
    "Family200",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
