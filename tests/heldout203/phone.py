"""The set-203 devices and the flow builder that labels every identifier it inserts.

One Mexican family, five phones and two home devices:

* papá (Monterrey): Samsung Galaxy A34 with the fintech app (selfie KYC, face
  login) and the lucha libre / boxing pay-per-view app; the living room holds
  the ISP's TV box (a Totalplay / Izzi-like IPTV decoder, Wi-Fi MAC, serial);
* mamá (Monterrey): moto g54 with the telenovela / Liga MX streaming app;
* hija (Guadalajara): Redmi Note 13 with the norteño / regional music app; her
  flat has a cheap smart TV with automatic content recognition (ACR);
* abuelo (Guadalajara): a Moto E6 Play on Android 9 with the same music app's
  radio: an old build that still reads the IMEI (READ_PHONE_STATE);
* primo (Houston): Pixel 8 with the ride-hailing driver app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_papa": "advertising_id",
    "gaid_mama": "advertising_id",
    "gaid_hija": "advertising_id",
    "gaid_abuelo": "advertising_id",
    "gaid_primo": "advertising_id",
    "aid_lana": "android_id",
    "aid_ppv": "android_id",
    "aid_estelar": "android_id",
    "aid_norte_hija": "android_id",
    "aid_norte_abuelo": "android_id",
    "aid_rueda": "android_id",
    "imei_abuelo": "imei",
    "box_mac": "mac",
    "tv_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "lana_cliente",
        "ppv_user",
        "estelar_user",
        "norte_user",
        "rueda_conductor",
        "box_contrato",
        "tv_cuenta",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Familia203(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_papa: str
    gaid_mama: str
    gaid_hija: str
    gaid_abuelo: str
    gaid_primo: str
    aid_lana: str
    aid_ppv: str
    aid_estelar: str
    aid_norte_hija: str
    aid_norte_abuelo: str
    aid_rueda: str
    imei_abuelo: str
    box_mac: str
    tv_mac: str
    box_serial: str
    tv_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    estelar_fid: str
    estelar_app_instance: str
    estelar_adjust_uuid: str
    estelar_adid: str
    ppv_af_uid: str
    ppv_fb_anon: str
    norte_af_uid: str
    lana_device_key: str
    rueda_install: str
    tv_acr_id: str
    box_stb_id: str
    # account ids and tokens (not device identifiers; never labelled as such)
    lana_cliente: str
    ppv_user: str
    estelar_user: str
    norte_user: str
    rueda_conductor: str
    box_contrato: str
    tv_cuenta: str

    @classmethod
    def make(cls, rng: random.Random) -> Familia203:
        return cls(
            gaid_papa=new_uuid(rng),
            gaid_mama=new_uuid(rng),
            gaid_hija=new_uuid(rng),
            gaid_abuelo=new_uuid(rng),
            gaid_primo=new_uuid(rng),
            aid_lana=new_hex(rng, 16),
            aid_ppv=new_hex(rng, 16),
            aid_estelar=new_hex(rng, 16),
            aid_norte_hija=new_hex(rng, 16),
            aid_norte_abuelo=new_hex(rng, 16),
            aid_rueda=new_hex(rng, 16),
            imei_abuelo=luhn_complete(new_digits(rng, 14, "35")),
            box_mac=_mac(rng, "E8:B2:AC"),
            tv_mac=_mac(rng, "C4:36:C0"),
            box_serial="ZTEG" + new_hex(rng, 8).upper(),
            tv_serial="TX" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            estelar_fid="f" + new_hex(rng, 21),
            estelar_app_instance=new_hex(rng, 32),
            estelar_adjust_uuid=new_uuid(rng),
            estelar_adid=new_hex(rng, 32),
            ppv_af_uid=f"17322{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            ppv_fb_anon="XZ" + new_uuid(rng),
            norte_af_uid=f"17318{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            lana_device_key=new_uuid(rng).upper(),
            rueda_install=new_uuid(rng),
            tv_acr_id=new_hex(rng, 40),
            box_stb_id=new_hex(rng, 48).upper(),
            lana_cliente="MON" + new_digits(rng, 9),
            ppv_user="u_" + new_digits(rng, 9),
            estelar_user=new_digits(rng, 10, "5"),
            norte_user="pn" + new_hex(rng, 10),
            rueda_conductor="drv_" + new_digits(rng, 8),
            box_contrato=new_digits(rng, 10, "8"),
            tv_cuenta="cta-" + new_hex(rng, 14),
        )


class FB(LabelledBuilder):
    """Familia203's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "papa": ("14", "SM-A346M", "UP1A.231005.007"),
    "mama": ("14", "moto g54 5G", "U1TDS34.94-12-7"),
    "hija": ("13", "23124RA7EO", "TP1A.220624.014"),
    "abuelo": ("9", "moto e6 play", "PCNS29.77-16"),
    "primo": ("14", "Pixel 8", "AP2A.240905.003"),
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
    "Familia203",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
