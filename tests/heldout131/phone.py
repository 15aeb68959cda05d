"""The set-131 devices and the flow builder that labels every identifier it inserts.

A family in Cologne (and the grandparents in Vienna) with a Samsung Galaxy S23
(Android 14), an iPad, a smart TV (HbbTV, ACR), a streaming stick, a smart
doorbell and a connected car. Since Android 8 every app sees its own
ANDROID_ID, so known.yaml lists one per Android app; the iPad's IDFV is listed
as a plain device_id. The car's VIN and its telematics modem's IMEI are the
family's own car, so they are device identifiers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_mediathek": "android_id",
    "aid_privat": "android_id",
    "aid_musik": "android_id",
    "aid_hoer": "android_id",
    "aid_fussball": "android_id",
    "aid_bank": "android_id",
    "aid_kasse": "android_id",
    "aid_klingel": "android_id",
    "aid_dizi": "android_id",
    "aid_auto": "android_id",
    "ipad_idfv": "device_id",
    "tv_mac": "mac",
    "klingel_mac": "mac",
    "tv_serial": "serial",
    "stick_serial": "serial",
    "klingel_serial": "serial",
    "car_vin": "serial",
    "car_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "mediathek_user",
        "musik_user",
        "hoer_user",
        "bank_kunde",
        "versichertennr",
        "klingel_user",
        "dizi_user",
        "auto_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Familie(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_mediathek: str
    aid_privat: str
    aid_musik: str
    aid_hoer: str
    aid_fussball: str
    aid_bank: str
    aid_kasse: str
    aid_klingel: str
    aid_dizi: str
    aid_auto: str
    ipad_idfv: str
    tv_mac: str
    klingel_mac: str
    tv_serial: str
    stick_serial: str
    klingel_serial: str
    car_vin: str
    car_imei: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    adjust_adid: str
    adjust_uuid: str
    uc_controller: str
    fb_instance: str
    kyc_device: str
    hoer_install: str
    dizi_cihaz: str
    stick_duid: str
    mediathek_geraet: str
    # account ids (not device identifiers; never labelled as such)
    mediathek_user: str
    musik_user: str
    hoer_user: str
    bank_kunde: str
    versichertennr: str
    klingel_user: str
    dizi_user: str
    auto_user: str
    model: str = "SM-S911B"

    @classmethod
    def make(cls, rng: random.Random) -> Familie:
        return cls(
            gaid=new_uuid(rng),
            aid_mediathek=new_hex(rng, 16),
            aid_privat=new_hex(rng, 16),
            aid_musik=new_hex(rng, 16),
            aid_hoer=new_hex(rng, 16),
            aid_fussball=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_kasse=new_hex(rng, 16),
            aid_klingel=new_hex(rng, 16),
            aid_dizi=new_hex(rng, 16),
            aid_auto=new_hex(rng, 16),
            ipad_idfv=new_uuid(rng).upper(),
            tv_mac=_mac(rng, "8C:79:F5"),
            klingel_mac=_mac(rng, "B0:09:DA").lower(),
            tv_serial="0" + new_digits(rng, 5) + "HX" + new_digits(rng, 6),
            stick_serial="G0" + new_hex(rng, 14).upper(),
            klingel_serial="KL" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            car_vin="WVWZZZ" + new_digits(rng, 2) + "Z" + new_hex(rng, 8).upper(),
            car_imei=luhn_complete(new_digits(rng, 14, "35")),
            email=f"familie.yilmaz-berger{rng.randint(10, 99)}@web-example.de",
            adjust_adid=new_hex(rng, 32),
            adjust_uuid=new_uuid(rng),
            uc_controller=new_hex(rng, 32),
            fb_instance=new_hex(rng, 32),
            kyc_device=new_uuid(rng),
            hoer_install=new_uuid(rng),
            dizi_cihaz=new_uuid(rng).upper(),
            stick_duid="amzn1.dv." + new_hex(rng, 24),
            mediathek_geraet=new_uuid(rng),
            mediathek_user="m" + new_digits(rng, 10),
            musik_user="usr_" + new_hex(rng, 12),
            hoer_user=new_digits(rng, 9, "7"),
            bank_kunde=new_digits(rng, 10, "4"),
            versichertennr="A" + new_digits(rng, 9),
            klingel_user=new_uuid(rng),
            dizi_user="u" + new_digits(rng, 8),
            auto_user=new_hex(rng, 20),
        )


class FB(LabelledBuilder):
    """Familie's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def android_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; SM-S911B Build/UP1A.231005.007)"


def ipad_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPad; iPadOS 17.5; Scale/2.00)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Familie",
    "android_ua",
    "floats",
    "ipad_ua",
    "iso",
    "ms",
    "rf",
    "rid",
]
