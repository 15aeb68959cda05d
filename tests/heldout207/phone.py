"""The set-207 devices and the flow builder that labels every identifier it inserts.

One Turkish family, four phones and two home devices:

* baba (father, Istanbul): Samsung Galaxy A54 with the bank app and the
  e-government app (NFC ID chip + selfie); the Istanbul living room holds a
  Vestel-style smart TV (a fictional "Ufuk" brand) with automatic content
  recognition (ACR);
* anne (mother, Izmir): Huawei nova 9 without Google services, so its
  advertising id is Huawei's OAID; she uses the music / podcast app;
* kızı (daughter, Izmir): Pixel 8 with the dizi streaming app;
* oğlu (son, Istanbul): Redmi Note 13 with the Süper Lig football app;
* amca (uncle, Berlin): a Turkish satellite / IPTV box sold by a German
  reseller (Tivibu / D-Smart style), whose middleware speaks German.

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
    "gaid_kizi": "advertising_id",
    "gaid_oglu": "advertising_id",
    "oaid_anne": "advertising_id",
    "aid_banka": "android_id",
    "aid_devlet": "android_id",
    "aid_dizi": "android_id",
    "aid_muzik": "android_id",
    "aid_futbol": "android_id",
    "tv_wifi_mac": "mac",
    "tv_eth_mac": "mac",
    "box_mac": "mac",
    "tv_serial": "serial",
    "box_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "banka_musteri",
        "devlet_tckn",
        "dizi_uye",
        "muzik_uye",
        "futbol_uye",
        "box_abone",
        "tv_hesap",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family207(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_baba: str
    gaid_kizi: str
    gaid_oglu: str
    oaid_anne: str
    aid_banka: str
    aid_devlet: str
    aid_dizi: str
    aid_muzik: str
    aid_futbol: str
    tv_wifi_mac: str
    tv_eth_mac: str
    box_mac: str
    tv_serial: str
    box_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    dizi_adid: str
    dizi_fid: str
    dizi_app_instance: str
    muzik_adid: str
    futbol_af_uid: str
    futbol_anon_id: str
    banka_cihaz_anahtari: str
    devlet_cihaz_kimligi: str
    tv_acr_id: str
    box_stb_id: str
    # account ids and tokens (not device identifiers; never labelled as such)
    banka_musteri: str
    devlet_tckn: str
    dizi_uye: str
    muzik_uye: str
    futbol_uye: str
    box_abone: str
    tv_hesap: str

    @classmethod
    def make(cls, rng: random.Random) -> Family207:
        return cls(
            gaid_baba=new_uuid(rng),
            gaid_kizi=new_uuid(rng),
            gaid_oglu=new_uuid(rng),
            oaid_anne=new_uuid(rng),
            aid_banka=new_hex(rng, 16),
            aid_devlet=new_hex(rng, 16),
            aid_dizi=new_hex(rng, 16),
            aid_muzik=new_hex(rng, 16),
            aid_futbol=new_hex(rng, 16),
            tv_wifi_mac=_mac(rng, "40:16:3B"),
            tv_eth_mac=_mac(rng, "00:09:DF"),
            box_mac=_mac(rng, "00:1A:D0"),
            tv_serial=new_digits(rng, 8, "2") + new_hex(rng, 4).upper(),
            box_serial="DS" + new_digits(rng, 4) + "W" + new_digits(rng, 7),
            dizi_adid=new_uuid(rng),
            dizi_fid="e" + new_hex(rng, 21),
            dizi_app_instance=new_hex(rng, 32),
            muzik_adid=new_uuid(rng),
            futbol_af_uid=f"17331{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            futbol_anon_id="XZ" + new_uuid(rng),
            banka_cihaz_anahtari=new_uuid(rng).upper(),
            devlet_cihaz_kimligi=new_hex(rng, 40),
            tv_acr_id=new_hex(rng, 32),
            box_stb_id=new_hex(rng, 24).upper(),
            banka_musteri=new_digits(rng, 9, "4"),
            devlet_tckn=new_digits(rng, 11, "2"),
            dizi_uye="u" + new_digits(rng, 9),
            muzik_uye=new_digits(rng, 8, "6"),
            futbol_uye="tr_" + new_hex(rng, 12),
            box_abone="DE" + new_digits(rng, 8),
            tv_hesap="hsp-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family207's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "baba": ("14", "SM-A546E", "UP1A.231005.007"),
    "anne": ("12", "NAM-LX9", "HUAWEINAM-L29"),
    "kizi": ("14", "Pixel 8", "AP2A.240905.003"),
    "oglu": ("14", "23129RAA4G", "UKQ1.231003.002"),
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
    "Family207",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
