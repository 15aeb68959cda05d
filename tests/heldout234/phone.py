"""The set-234 devices and the flow builder that labels every identifier it inserts.

One Malagasy family, four phones and three home devices:

* dada (father, Antananarivo): Samsung Galaxy A15 with the JeryTV series /
  live-TV app; the living room holds a satellite pay-TV decoder and a smart TV
  with automatic content recognition (ACR);
* neny (mother, Toamasina): Tecno Camon 12 still on Android 9, where an app
  holding READ_PHONE_STATE can read the IMEI; she uses the mobile-money wallet;
* nenitoa (aunt, Saint-Denis, Réunion): Redmi Note 13 with the salegy / hira
  gasy music and radio app;
* zanaka (son, student in Paris): Pixel 8 with the football app (Barea, Ligue 1)
  and a fitness band.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_dada": "advertising_id",
    "gaid_neny": "advertising_id",
    "gaid_nenitoa": "advertising_id",
    "gaid_zanaka": "advertising_id",
    "imei_neny": "imei",
    "aid_jery": "android_id",
    "aid_baolina": "android_id",
    "aid_mozika": "android_id",
    "aid_vola": "android_id",
    "aid_band": "android_id",
    "dec_mac": "mac",
    "tv_mac": "mac",
    "band_mac": "mac",
    "dec_serial": "serial",
    "tv_serial": "serial",
    "band_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "jery_user",
        "baolina_user",
        "mozika_user",
        "vola_msisdn",
        "vola_user",
        "band_user",
        "dec_subscriber",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family234(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_dada: str
    gaid_neny: str
    gaid_nenitoa: str
    gaid_zanaka: str
    imei_neny: str
    aid_jery: str
    aid_baolina: str
    aid_mozika: str
    aid_vola: str
    aid_band: str
    dec_mac: str
    tv_mac: str
    band_mac: str
    dec_serial: str
    tv_serial: str
    band_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    jery_fid: str
    jery_app_instance: str
    jery_adjust_uuid: str
    jery_adid: str
    baolina_af_uid: str
    baolina_anon_id: str
    mozika_install: str
    vola_device_key: str
    dec_chip_id: str
    tv_psid: str
    band_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    jery_user: str
    baolina_user: str
    mozika_user: str
    vola_msisdn: str
    vola_user: str
    band_user: str
    dec_subscriber: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family234:
        return cls(
            gaid_dada=new_uuid(rng),
            gaid_neny=new_uuid(rng),
            gaid_nenitoa=new_uuid(rng),
            gaid_zanaka=new_uuid(rng),
            imei_neny=luhn_complete("35" + new_digits(rng, 12)),
            aid_jery=new_hex(rng, 16),
            aid_baolina=new_hex(rng, 16),
            aid_mozika=new_hex(rng, 16),
            aid_vola=new_hex(rng, 16),
            aid_band=new_hex(rng, 16),
            dec_mac=_mac(rng, "00:1E:B8"),
            tv_mac=_mac(rng, "A8:23:FE"),
            band_mac=_mac(rng, "E8:7F:6B"),
            dec_serial="SN" + new_digits(rng, 4, "2") + new_hex(rng, 8).upper(),
            tv_serial="LN" + new_digits(rng, 3) + new_hex(rng, 7).upper(),
            band_serial="HB7" + new_hex(rng, 10).upper(),
            jery_fid="f" + new_hex(rng, 21),
            jery_app_instance=new_hex(rng, 32),
            jery_adjust_uuid=new_uuid(rng),
            jery_adid=new_hex(rng, 32),
            baolina_af_uid=f"17310{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            baolina_anon_id="XZ" + new_uuid(rng),
            mozika_install=new_uuid(rng),
            vola_device_key=new_uuid(rng).upper(),
            dec_chip_id=new_hex(rng, 16).upper(),
            tv_psid=new_hex(rng, 32),
            band_install=new_uuid(rng),
            jery_user="j" + new_digits(rng, 8),
            baolina_user="bl_" + new_hex(rng, 12),
            mozika_user=new_digits(rng, 7, "5"),
            vola_msisdn="+26134" + new_digits(rng, 7),
            vola_user="VM" + new_digits(rng, 9),
            band_user=new_digits(rng, 10, "4"),
            dec_subscriber=new_digits(rng, 10, "8"),
            tv_account="ln-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family234's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "dada": ("14", "SM-A155F", "UP1A.231005.007"),
    "neny": ("9", "TECNO CC7", "PPR1.180610.011"),
    "nenitoa": ("14", "23124RA7EO", "UKQ1.231003.002"),
    "zanaka": ("14", "Pixel 8", "AP2A.240905.003"),
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
    "Family234",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
