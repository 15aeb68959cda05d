"""The set-253 devices and the flow builder that labels every identifier it inserts.

One Bulgarian family, four phones and four other devices:

* баща / bashta (father, Sofia): Samsung Galaxy A55 with the bank app and the
  e-identity app it onboards through; the living room holds the IPTV
  operator's Android set-top box and a smart TV with ACR;
* майка / mayka (mother, Plovdiv): Redmi Note 13 with the pop-folk / radio /
  podcast app;
* син / sin (son, Madrid): Pixel 8 with the Bulgarian TV group's streaming app
  (watched from abroad) and a smartwatch;
* чичо / chicho (uncle, Varna): Honor 90 with the football live app, and a car
  whose head unit has a connected radio, a voice assistant and an LTE modem.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_bashta": "advertising_id",
    "gaid_mayka": "advertising_id",
    "gaid_sin": "advertising_id",
    "gaid_chicho": "advertising_id",
    "aid_banka": "android_id",
    "aid_eid": "android_id",
    "aid_efir": "android_id",
    "aid_zona": "android_id",
    "aid_pripev": "android_id",
    "aid_chas": "android_id",
    "stb_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "stb_serial": "serial",
    "tv_serial": "serial",
    "watch_serial": "serial",
    "hu_serial": "serial",
    "tcu_imei": "imei",
}
NOT_DEVICE = frozenset(
    {
        "banka_klient",
        "eid_user",
        "efir_user",
        "zona_user",
        "pripev_user",
        "stb_ks",
        "stb_household",
        "tv_account",
        "kola_account",
        "watch_user",
    }
)

ALNUM_VIN = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family253(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_bashta: str
    gaid_mayka: str
    gaid_sin: str
    gaid_chicho: str
    aid_banka: str
    aid_eid: str
    aid_efir: str
    aid_zona: str
    aid_pripev: str
    aid_chas: str
    stb_mac: str
    tv_mac: str
    watch_mac: str
    stb_serial: str
    tv_serial: str
    watch_serial: str
    hu_serial: str
    tcu_imei: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    efir_fid: str
    efir_app_instance: str
    efir_gsf: str
    efir_adjust_uuid: str
    efir_adjust_adid: str
    efir_gemius: str
    zona_af_uid: str
    pripev_anon: str
    banka_device_key: str
    eid_install: str
    stb_udid: str
    tv_acr_id: str
    hu_vin: str
    watch_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    banka_klient: str
    eid_user: str
    efir_user: str
    zona_user: str
    pripev_user: str
    stb_ks: str
    stb_household: str
    tv_account: str
    kola_account: str
    watch_user: str

    @classmethod
    def make(cls, rng: random.Random) -> Family253:
        return cls(
            gaid_bashta=new_uuid(rng),
            gaid_mayka=new_uuid(rng),
            gaid_sin=new_uuid(rng),
            gaid_chicho=new_uuid(rng),
            aid_banka=new_hex(rng, 16),
            aid_eid=new_hex(rng, 16),
            aid_efir=new_hex(rng, 16),
            aid_zona=new_hex(rng, 16),
            aid_pripev=new_hex(rng, 16),
            aid_chas=new_hex(rng, 16),
            stb_mac=_mac(rng, "5C:B1:3E"),
            tv_mac=_mac(rng, "38:8C:50"),
            watch_mac=_mac(rng, "E7:1D:44"),
            stb_serial="NV4K" + new_digits(rng, 4, "2") + new_hex(rng, 6).upper(),
            tv_serial="ZR55" + new_hex(rng, 4).upper() + new_digits(rng, 6),
            watch_serial="VS3" + new_digits(rng, 2) + new_hex(rng, 8).upper(),
            hu_serial="HU7" + new_digits(rng, 9),
            tcu_imei=luhn_complete(new_digits(rng, 14, "86")),
            efir_fid="f" + new_hex(rng, 21),
            efir_app_instance=new_hex(rng, 32),
            efir_gsf=new_digits(rng, 19, "3"),
            efir_adjust_uuid=new_uuid(rng),
            efir_adjust_adid=new_hex(rng, 32),
            efir_gemius=new_hex(rng, 10) + "." + new_digits(rng, 10, "1"),
            zona_af_uid=f"17240{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            pripev_anon="XZ" + new_uuid(rng),
            banka_device_key=new_hex(rng, 48).upper(),
            eid_install=new_uuid(rng),
            stb_udid=new_hex(rng, 40),
            tv_acr_id="zr-" + new_hex(rng, 24),
            hu_vin="UU1" + "".join(rng.choice(ALNUM_VIN) for _ in range(14)),
            watch_install=new_uuid(rng).upper(),
            banka_klient=new_digits(rng, 10, "7"),
            eid_user="bg." + new_hex(rng, 12),
            efir_user=new_digits(rng, 9, "4"),
            zona_user="zg_" + new_hex(rng, 14),
            pripev_user=new_digits(rng, 8, "5"),
            stb_ks="djJ8MzIwN3x" + new_hex(rng, 60),
            stb_household=new_digits(rng, 7, "6"),
            tv_account="za-" + new_hex(rng, 18),
            kola_account="ab" + new_digits(rng, 9),
            watch_user=new_digits(rng, 11, "9"),
        )


class FB(LabelledBuilder):
    """Family253's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "bashta": ("14", "SM-A556B", "UP1A.231005.007"),
    "mayka": ("13", "23129RAA4G", "TKQ1.221114.001"),
    "sin": ("15", "Pixel 8", "AP4A.250205.002"),
    "chicho": ("13", "REA-NX9", "HONORREA-N29"),
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
    "Family253",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
