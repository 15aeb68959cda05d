"""The set-262 devices and the flow builder that labels every identifier it inserts.

One family between Thimphu and Paro, three phones and three home devices:

* aapa (father, Thimphu): Galaxy S23 with the Druk Yul Bank app and its
  NDI-style national digital identity wallet, and the Datse Live archery app;
* aama (mother, Paro): Xiaomi 13T with the national broadcaster's TV and
  radio app (Gakyil TV) and the fitness band's companion app;
* bumo (daughter, Thimphu): Pixel 8 with the Lhamo Flix Bhutanese film app;
* home (Thimphu): the telco's IPTV set-top box (STB id on Settings > About),
  a smart TV with automatic content recognition (ACR), the fitness band.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid_aapa": "advertising_id",
    "gaid_aama": "advertising_id",
    "gaid_bumo": "advertising_id",
    "aid_bank": "android_id",
    "aid_datse": "android_id",
    "aid_gakyil": "android_id",
    "aid_band": "android_id",
    "aid_flix": "android_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "band_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
    "band_serial": "serial",
    "box_stb_id": "device_id",
}
NOT_DEVICE = frozenset(
    {
        "bank_user",
        "ndi_did",
        "flix_user",
        "datse_user",
        "gakyil_user",
        "box_account",
        "tv_account",
        "band_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family262(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_aapa: str
    gaid_aama: str
    gaid_bumo: str
    aid_bank: str
    aid_datse: str
    aid_gakyil: str
    aid_band: str
    aid_flix: str
    box_mac: str
    tv_mac: str
    band_mac: str
    box_serial: str
    tv_serial: str
    band_serial: str
    box_stb_id: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    gakyil_fid: str
    gakyil_app_instance: str
    flix_af_uid: str
    flix_fb_anon: str
    flix_conviva_clid: str
    datse_ct_guid: str
    bank_device_key: str
    facetec_device_key: str
    tv_psid: str
    band_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    bank_user: str
    ndi_did: str
    flix_user: str
    datse_user: str
    gakyil_user: str
    box_account: str
    tv_account: str
    band_user: str

    @classmethod
    def make(cls, rng: random.Random) -> Family262:
        return cls(
            gaid_aapa=new_uuid(rng),
            gaid_aama=new_uuid(rng),
            gaid_bumo=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_datse=new_hex(rng, 16),
            aid_gakyil=new_hex(rng, 16),
            aid_band=new_hex(rng, 16),
            aid_flix=new_hex(rng, 16),
            box_mac=_mac(rng, "00:1A:2B"),
            tv_mac=_mac(rng, "5C:8A:C9"),
            band_mac=_mac(rng, "C4:7E:02"),
            box_serial="BTS" + new_digits(rng, 5) + new_hex(rng, 5).upper(),
            tv_serial="TV" + new_digits(rng, 3) + "D" + new_digits(rng, 6),
            band_serial="DRB" + new_hex(rng, 9).upper(),
            box_stb_id="STB-" + new_digits(rng, 12),
            gakyil_fid="c" + new_hex(rng, 21),
            gakyil_app_instance=new_hex(rng, 32),
            flix_af_uid=f"17480{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            flix_fb_anon="XZ" + new_uuid(rng),
            flix_conviva_clid=".".join(new_digits(rng, 10) for _ in range(4)),
            datse_ct_guid="__" + new_hex(rng, 32),
            bank_device_key=new_hex(rng, 40),
            facetec_device_key="d" + new_hex(rng, 31),
            tv_psid=new_uuid(rng).replace("-", ""),
            band_install=new_uuid(rng),
            bank_user="DYB" + new_digits(rng, 8),
            ndi_did="did:key:z6Mk" + new_hex(rng, 40),
            flix_user="lf_" + new_hex(rng, 10),
            datse_user=new_digits(rng, 7, "3"),
            gakyil_user=new_digits(rng, 8, "2"),
            box_account=new_digits(rng, 9, "17"),
            tv_account="tv-" + new_hex(rng, 14),
            band_user=new_digits(rng, 9, "5"),
        )


class FB(LabelledBuilder):
    """Family262's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "aapa": ("14", "SM-S911B", "UP1A.231005.007"),
    "aama": ("14", "2306EPN60G", "UKQ1.230804.001"),
    "bumo": ("14", "Pixel 8", "AP2A.240905.003"),
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
    "Family262",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
