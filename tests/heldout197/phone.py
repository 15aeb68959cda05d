"""The set-197 devices and the flow builder that labels every identifier it inserts.

One family, four phones and three home devices:

* babai (father, Tirana): Samsung Galaxy A54 with the bank app; the living
  room holds an IPTV set-top box (an Infomir MAG-style box on a Ministra /
  Stalker portal, OUI 00:1A:79) and a smart TV with automatic content
  recognition (ACR);
* nëna (mother, Durrës): Huawei P40 lite without Google services, so its
  advertising id is Huawei's OAID; she uses a music / radio app and the
  Viber-like calling app;
* djali (son, Milan): Pixel 7 with the Albanian series / live-TV app and a
  cheap fitness band;
* xhaxhai (uncle, Prishtina): Redmi Note 12 with the Kosovo football app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_babai": "advertising_id",
    "gaid_djali": "advertising_id",
    "gaid_xhaxhai": "advertising_id",
    "oaid_nena": "advertising_id",
    "aid_banka": "android_id",
    "aid_radio": "android_id",
    "aid_thirrje": "android_id",
    "aid_seri": "android_id",
    "aid_band": "android_id",
    "aid_gol": "android_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "band_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
    "band_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "banka_user",
        "seri_user",
        "radio_user",
        "thirrje_phone",
        "gol_user",
        "band_user",
        "box_token",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family197(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_babai: str
    gaid_djali: str
    gaid_xhaxhai: str
    oaid_nena: str
    aid_banka: str
    aid_radio: str
    aid_thirrje: str
    aid_seri: str
    aid_band: str
    aid_gol: str
    box_mac: str
    tv_mac: str
    band_mac: str
    box_serial: str
    tv_serial: str
    band_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    seri_fid: str
    seri_app_instance: str
    radio_af_uid: str
    gol_af_uid: str
    thirrje_udid: str
    banka_device_key: str
    tv_psid: str
    box_device_id: str
    band_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    banka_user: str
    seri_user: str
    radio_user: str
    thirrje_phone: str
    gol_user: str
    band_user: str
    box_token: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family197:
        return cls(
            gaid_babai=new_uuid(rng),
            gaid_djali=new_uuid(rng),
            gaid_xhaxhai=new_uuid(rng),
            oaid_nena=new_uuid(rng),
            aid_banka=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_thirrje=new_hex(rng, 16),
            aid_seri=new_hex(rng, 16),
            aid_band=new_hex(rng, 16),
            aid_gol=new_hex(rng, 16),
            box_mac=_mac(rng, "00:1A:79"),
            tv_mac=_mac(rng, "00:09:DF"),
            band_mac=_mac(rng, "C3:2A:5E"),
            box_serial=new_digits(rng, 6, "0") + "N" + new_digits(rng, 6),
            tv_serial="T" + new_digits(rng, 3) + new_hex(rng, 8).upper(),
            band_serial="M6B" + new_hex(rng, 9).upper(),
            seri_fid="c" + new_hex(rng, 21),
            seri_app_instance=new_hex(rng, 32),
            radio_af_uid=f"17331{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            gol_af_uid=f"17329{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            thirrje_udid=new_hex(rng, 40),
            banka_device_key=new_uuid(rng).upper(),
            tv_psid=new_hex(rng, 32),
            box_device_id=new_hex(rng, 64).upper(),
            band_install=new_uuid(rng),
            banka_user="K" + new_digits(rng, 9),
            seri_user="u" + new_digits(rng, 8),
            radio_user=new_digits(rng, 7, "3"),
            thirrje_phone="+35569" + new_digits(rng, 7),
            gol_user="gk_" + new_hex(rng, 12),
            band_user=new_digits(rng, 10, "2"),
            box_token=new_hex(rng, 32).upper(),
            tv_account="acc-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family197's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "babai": ("14", "SM-A546B", "UP1A.231005.007"),
    "nena": ("10", "ANA-NX9", "HUAWEIANA-N29"),
    "djali": ("14", "Pixel 7", "AP2A.240805.005"),
    "xhaxhai": ("13", "23021RAAEG", "TKQ1.221114.001"),
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
    "Family197",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
