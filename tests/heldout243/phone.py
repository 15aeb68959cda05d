"""The set-243 devices and the flow builder that labels every identifier it inserts.

One family, four phones and four other devices:

* hayrik (father, Yerevan): Samsung Galaxy A55 with the bank app; the Yerevan
  living room holds a smart TV with automatic content recognition (ACR);
* mayrik (mother, Gyumri): Redmi Note 13 with the music / radio / podcast app
  and a cheap fitness band;
* tgha (son, Glendale, California): Pixel 8 with the Armenian series / TV
  streamer, the companion app of his connected car (VIN, telematics unit IMEI)
  and, at home, an IPTV set-top box on a diaspora Armenian IPTV portal (an
  Infomir MAG-style box, OUI 00:1A:79);
* keri (uncle, Yerevan): Samsung Galaxy A34 with the football app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_hayrik": "advertising_id",
    "gaid_mayrik": "advertising_id",
    "gaid_tgha": "advertising_id",
    "gaid_keri": "advertising_id",
    "aid_bank": "android_id",
    "aid_yerg": "android_id",
    "aid_flix": "android_id",
    "aid_gol": "android_id",
    "aid_band": "android_id",
    "aid_car": "android_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "band_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
    "band_serial": "serial",
    "car_vin": "serial",
    "car_imei": "imei",
}
NOT_DEVICE = frozenset(
    {
        "bank_user",
        "flix_user",
        "yerg_user",
        "gol_user",
        "band_user",
        "car_user",
        "box_token",
        "tv_account",
    }
)

_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def _vin(rng: random.Random) -> str:
    """A North American VIN with a valid check digit (position 9)."""
    body = list("5YV" + "".join(rng.choice(_VIN_CHARS) for _ in range(5)) + "0" + "R")
    body += ["1"] + [rng.choice(_VIN_CHARS[-10:]) for _ in range(6)]
    total = sum(_VIN_VALUE[ch] * w for ch, w in zip(body, _VIN_WEIGHTS, strict=True))
    body[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(body)


@dataclass(frozen=True, slots=True)
class Family243(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_hayrik: str
    gaid_mayrik: str
    gaid_tgha: str
    gaid_keri: str
    aid_bank: str
    aid_yerg: str
    aid_flix: str
    aid_gol: str
    aid_band: str
    aid_car: str
    box_mac: str
    tv_mac: str
    band_mac: str
    box_serial: str
    tv_serial: str
    band_serial: str
    car_vin: str
    car_imei: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    flix_fid: str
    flix_app_instance: str
    flix_branch_token: str
    yerg_install: str
    gol_af_uid: str
    bank_device_key: str
    tv_psid: str
    box_device_id: str
    band_install: str
    car_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    bank_user: str
    flix_user: str
    yerg_user: str
    gol_user: str
    band_user: str
    car_user: str
    box_token: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family243:
        return cls(
            gaid_hayrik=new_uuid(rng),
            gaid_mayrik=new_uuid(rng),
            gaid_tgha=new_uuid(rng),
            gaid_keri=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_yerg=new_hex(rng, 16),
            aid_flix=new_hex(rng, 16),
            aid_gol=new_hex(rng, 16),
            aid_band=new_hex(rng, 16),
            aid_car=new_hex(rng, 16),
            box_mac=_mac(rng, "00:1A:79"),
            tv_mac=_mac(rng, "A8:23:FE"),
            band_mac=_mac(rng, "E4:1C:2A"),
            box_serial=new_digits(rng, 6, "1") + "N" + new_digits(rng, 6),
            tv_serial="ARX" + new_digits(rng, 4) + new_hex(rng, 7).upper(),
            band_serial="GB7" + new_hex(rng, 10).upper(),
            car_vin=_vin(rng),
            car_imei=luhn_complete("35" + new_digits(rng, 12)),
            flix_fid="d" + new_hex(rng, 21),
            flix_app_instance=new_hex(rng, 32),
            flix_branch_token=new_digits(rng, 19, "1"),
            yerg_install=new_uuid(rng),
            gol_af_uid=f"17351{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            bank_device_key=new_uuid(rng).upper(),
            tv_psid=new_hex(rng, 32),
            box_device_id=new_hex(rng, 64).upper(),
            band_install=new_uuid(rng),
            car_install=new_uuid(rng),
            bank_user="AM" + new_digits(rng, 10),
            flix_user="hf" + new_digits(rng, 8),
            yerg_user=new_digits(rng, 8, "5"),
            gol_user="ga_" + new_hex(rng, 12),
            band_user=new_digits(rng, 10, "3"),
            car_user="usr-" + new_hex(rng, 12),
            box_token=new_hex(rng, 32).upper(),
            tv_account="acc-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family243's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "hayrik": ("14", "SM-A556B", "UP1A.231005.007"),
    "mayrik": ("14", "23129RAA4G", "UKQ1.230917.001"),
    "tgha": ("14", "Pixel 8", "AP2A.240905.003"),
    "keri": ("14", "SM-A346B", "UP1A.231005.007"),
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
    "Family243",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
