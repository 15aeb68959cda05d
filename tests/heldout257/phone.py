"""The set-257 devices and the flow builder that labels every identifier it inserts.

One family split between Slovenia and North Macedonia, four phones and three
home devices:

* oče (father, Ljubljana): Samsung Galaxy S23 with the Lipa banka app and the
  Val radio / podcast app; the living room holds the operator's IPTV set-top
  box (a NEO-style box on Kaltura OTT middleware), whose UDID the tester reads
  off Settings > About;
* mama (mother, Maribor): Xiaomi 13T with the Zaslon 365 TV-channels app and
  the Koraki smartwatch's companion app;
* sin (son, Skopje): Pixel 8 with the Гледај+ series / music app; his flat has
  a smart TV with automatic content recognition (ACR);
* dedo (grandfather, Ohrid): Samsung Galaxy A34 with the Arena Live football
  and handball app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_oce": "advertising_id",
    "gaid_mama": "advertising_id",
    "gaid_sin": "advertising_id",
    "gaid_dedo": "advertising_id",
    "aid_banka": "android_id",
    "aid_val": "android_id",
    "aid_zaslon": "android_id",
    "aid_koraki": "android_id",
    "aid_gledaj": "android_id",
    "aid_arena": "android_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
    "watch_serial": "serial",
    "box_udid": "device_id",
}
NOT_DEVICE = frozenset(
    {
        "banka_user",
        "zaslon_user",
        "gledaj_user",
        "arena_user",
        "val_user",
        "box_household",
        "box_ks",
        "tv_account",
        "watch_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family257(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_oce: str
    gaid_mama: str
    gaid_sin: str
    gaid_dedo: str
    aid_banka: str
    aid_val: str
    aid_zaslon: str
    aid_koraki: str
    aid_gledaj: str
    aid_arena: str
    box_mac: str
    tv_mac: str
    watch_mac: str
    box_serial: str
    tv_serial: str
    watch_serial: str
    box_udid: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    zaslon_fid: str
    zaslon_app_instance: str
    zaslon_adjust_uuid: str
    zaslon_adid: str
    gledaj_af_uid: str
    gledaj_fb_anon: str
    arena_ct_guid: str
    val_install: str
    banka_device_key: str
    tv_psid: str
    watch_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    banka_user: str
    zaslon_user: str
    gledaj_user: str
    arena_user: str
    val_user: str
    box_household: str
    box_ks: str
    tv_account: str
    watch_user: str

    @classmethod
    def make(cls, rng: random.Random) -> Family257:
        return cls(
            gaid_oce=new_uuid(rng),
            gaid_mama=new_uuid(rng),
            gaid_sin=new_uuid(rng),
            gaid_dedo=new_uuid(rng),
            aid_banka=new_hex(rng, 16),
            aid_val=new_hex(rng, 16),
            aid_zaslon=new_hex(rng, 16),
            aid_koraki=new_hex(rng, 16),
            aid_gledaj=new_hex(rng, 16),
            aid_arena=new_hex(rng, 16),
            box_mac=_mac(rng, "D4:6A:91"),
            tv_mac=_mac(rng, "A8:23:FE"),
            watch_mac=_mac(rng, "E7:4C:0B"),
            box_serial="ZV" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            tv_serial="OR" + new_digits(rng, 2) + "K" + new_digits(rng, 7),
            watch_serial="KW" + new_hex(rng, 10).upper(),
            box_udid=new_hex(rng, 8).upper() + "-" + new_hex(rng, 8).upper(),
            zaslon_fid="f" + new_hex(rng, 21),
            zaslon_app_instance=new_hex(rng, 32),
            zaslon_adjust_uuid=new_uuid(rng),
            zaslon_adid=new_hex(rng, 32),
            gledaj_af_uid=f"17412{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            gledaj_fb_anon="XZ" + new_uuid(rng),
            arena_ct_guid="__" + new_hex(rng, 32),
            val_install=new_uuid(rng),
            banka_device_key=new_hex(rng, 48),
            tv_psid=new_uuid(rng).replace("-", ""),
            watch_install=new_uuid(rng),
            banka_user="LB" + new_digits(rng, 8),
            zaslon_user="z" + new_digits(rng, 9),
            gledaj_user="g_" + new_hex(rng, 10),
            arena_user=new_digits(rng, 8, "5"),
            val_user=new_digits(rng, 7, "4"),
            box_household=new_digits(rng, 7, "8"),
            box_ks="djJ8" + new_hex(rng, 60),
            tv_account="or-" + new_hex(rng, 14),
            watch_user=new_digits(rng, 9, "6"),
        )


class FB(LabelledBuilder):
    """Family257's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "oce": ("14", "SM-S911B", "UP1A.231005.007"),
    "mama": ("14", "2306EPN60G", "UKQ1.230804.001"),
    "sin": ("14", "Pixel 8", "AP2A.240905.003"),
    "dedo": ("13", "SM-A346B", "TP1A.220624.014"),
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
    "Family257",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
