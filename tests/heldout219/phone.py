"""The set-219 devices and the flow builder that labels every identifier it inserts.

One family, four phones and five other devices:

* o babas (father, Athens): Samsung Galaxy A55 with the bank app and the
  connected car's companion app; the living room holds a Greek-branded smart
  TV with automatic content recognition (ACR) and an IPTV box on a Ministra /
  Stalker portal (Infomir OUI 00:1A:79);
* i mama (mother, Thessaloniki): Redmi Note 13 with the podcast / radio app
  and the betting-free sports news app;
* o gios (son, Melbourne): Pixel 8 with the Greek TV channels' replay app,
  earbuds and a fitness band;
* i kori (daughter, Thessaloniki): Galaxy S23 with the Super League app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_babas": "advertising_id",
    "gaid_mama": "advertising_id",
    "gaid_gios": "advertising_id",
    "gaid_kori": "advertising_id",
    "aid_trapeza": "android_id",
    "aid_radio": "android_id",
    "aid_xanades": "android_id",
    "aid_gipedo": "android_id",
    "aid_athlitika": "android_id",
    "aid_band": "android_id",
    "aid_car": "android_id",
    "tv_mac": "mac",
    "box_mac": "mac",
    "band_mac": "mac",
    "buds_mac": "mac",
    "tv_serial": "serial",
    "box_serial": "serial",
    "band_serial": "serial",
    "buds_serial": "serial",
    "headunit_serial": "serial",
    "car_imei": "imei",
}
NOT_DEVICE = frozenset(
    {
        "trapeza_user",
        "xanades_user",
        "radio_user",
        "gipedo_user",
        "band_user",
        "box_token",
        "tv_account",
        "car_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family219(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_babas: str
    gaid_mama: str
    gaid_gios: str
    gaid_kori: str
    aid_trapeza: str
    aid_radio: str
    aid_xanades: str
    aid_gipedo: str
    aid_athlitika: str
    aid_band: str
    aid_car: str
    tv_mac: str
    box_mac: str
    band_mac: str
    buds_mac: str
    tv_serial: str
    box_serial: str
    band_serial: str
    buds_serial: str
    headunit_serial: str
    car_imei: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    xanades_fid: str
    xanades_app_instance: str
    npaw_device_uuid: str
    gipedo_af_uid: str
    radio_comscore_c12: str
    athlitika_fid: str
    trapeza_device_key: str
    tv_acr_id: str
    box_device_id: str
    band_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    trapeza_user: str
    xanades_user: str
    radio_user: str
    gipedo_user: str
    band_user: str
    box_token: str
    tv_account: str
    car_user: str

    @classmethod
    def make(cls, rng: random.Random) -> Family219:
        return cls(
            gaid_babas=new_uuid(rng),
            gaid_mama=new_uuid(rng),
            gaid_gios=new_uuid(rng),
            gaid_kori=new_uuid(rng),
            aid_trapeza=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_xanades=new_hex(rng, 16),
            aid_gipedo=new_hex(rng, 16),
            aid_athlitika=new_hex(rng, 16),
            aid_band=new_hex(rng, 16),
            aid_car=new_hex(rng, 16),
            tv_mac=_mac(rng, "A8:23:FE"),
            box_mac=_mac(rng, "00:1A:79"),
            band_mac=_mac(rng, "D4:6A:91"),
            buds_mac=_mac(rng, "7C:96:D2"),
            tv_serial="GR" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            box_serial=new_digits(rng, 6, "1") + "N" + new_digits(rng, 6),
            band_serial="HB7" + new_hex(rng, 9).upper(),
            buds_serial="EB2" + new_digits(rng, 10),
            headunit_serial="HU" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            car_imei=luhn_complete(new_digits(rng, 14, "86")),
            xanades_fid="d" + new_hex(rng, 21),
            xanades_app_instance=new_hex(rng, 32),
            npaw_device_uuid=new_uuid(rng),
            gipedo_af_uid=f"17345{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            radio_comscore_c12=new_hex(rng, 32),
            athlitika_fid="e" + new_hex(rng, 21),
            trapeza_device_key=new_uuid(rng).upper(),
            tv_acr_id=new_hex(rng, 40),
            box_device_id=new_hex(rng, 64).upper(),
            band_install=new_uuid(rng),
            trapeza_user="GR" + new_digits(rng, 9),
            xanades_user="x" + new_digits(rng, 8),
            radio_user=new_digits(rng, 7, "5"),
            gipedo_user="sl_" + new_hex(rng, 12),
            band_user=new_digits(rng, 10, "3"),
            box_token=new_hex(rng, 32).upper(),
            tv_account="tvacc-" + new_hex(rng, 16),
            car_user="drv-" + new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    """Family219's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "babas": ("14", "SM-A556B", "UP1A.231005.007"),
    "mama": ("14", "23124RA7EO", "UKQ1.231003.002"),
    "gios": ("15", "Pixel 8", "AP4A.250105.002"),
    "kori": ("14", "SM-S911B", "UP1A.231005.007"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik(who: str) -> str:
    osv, model, build = PHONES[who]
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


def sealed(c_rng: random.Random, plain: str, n: int = 0) -> str:
    """What an app's own AES envelope looks like on the wire: base64 of bytes that
    hide what they carry (the value is not recoverable from them)."""
    import base64
    import hashlib

    key = c_rng.getrandbits(64).to_bytes(8, "little")
    stream = hashlib.shake_256(key + plain.encode()).digest(len(plain) + 16 + n)
    return base64.b64encode(stream).decode()


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "PHONES",
    "Family219",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "sealed",
    "ua",
]
