"""The set-189 devices and the flow builder that labels every identifier it inserts.

A family in Vilnius, Kaunas and Riga: a Xiaomi 13T (Android 14, HyperOS) runs
the apps, an iPad (the broadcaster's and the audiobook app's iOS builds), an
IPTV set-top box bought outright from the telco (so the family's own device),
a smart TV with ACR, a GPS sports watch and a car with a telematics unit.
Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per
app that reads it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_eteris": "android_id",
    "aid_kino": "android_id",
    "aid_krep": "android_id",
    "aid_dziesma": "android_id",
    "aid_bank": "android_id",
    "aid_paku": "android_id",
    "aid_ride": "android_id",
    "ipad_idfv": "idfv",
    "stb_mac": "mac",
    "stb_serial": "serial",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "watch_serial": "serial",
    "car_vin": "serial",
    "car_tcu_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "eteris_user",
        "kino_user",
        "krep_user",
        "dziesma_user",
        "klaus_user",
        "bank_client",
        "paku_phone",
        "ride_user",
        "car_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone189(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_eteris: str
    aid_kino: str
    aid_krep: str
    aid_dziesma: str
    aid_bank: str
    aid_paku: str
    aid_ride: str
    ipad_idfv: str
    stb_mac: str
    stb_serial: str
    tv_mac: str
    watch_mac: str
    watch_serial: str
    car_vin: str
    car_tcu_imei: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    kino_af_uid: str
    krep_app_instance: str
    dziesma_install: str
    klaus_device: str
    bank_device_key: str
    ride_adid: str
    tv_acr_token: str
    gemius_cookie: str
    # account ids and tokens (not device identifiers; never labelled as such)
    eteris_user: str
    kino_user: str
    krep_user: str
    dziesma_user: str
    klaus_user: str
    bank_client: str
    paku_phone: str
    ride_user: str
    car_user: str
    model: str = "23078PND5G"

    @classmethod
    def make(cls, rng: random.Random) -> Phone189:
        return cls(
            gaid=new_uuid(rng),
            aid_eteris=new_hex(rng, 16),
            aid_kino=new_hex(rng, 16),
            aid_krep=new_hex(rng, 16),
            aid_dziesma=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_paku=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            ipad_idfv=new_uuid(rng).upper(),
            stb_mac=_mac(rng, "00:1A:D0"),
            stb_serial="KSTB" + new_digits(rng, 11, "2"),
            tv_mac=_mac(rng, "A8:23:FE").lower(),
            watch_mac=_mac(rng, "E4:5F:01"),
            watch_serial=new_digits(rng, 10, "3"),
            car_vin="TMBJR7NX" + new_digits(rng, 1) + "P" + new_digits(rng, 7, "0"),
            car_tcu_imei=luhn_complete(new_digits(rng, 14, "35")),
            email=f"ruta.kazlauskiene{rng.randint(10, 99)}@pastas-example.lt",
            kino_af_uid=f"17190{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            krep_app_instance=new_hex(rng, 32),
            dziesma_install=new_uuid(rng),
            klaus_device="kd_" + new_hex(rng, 24),
            bank_device_key=new_hex(rng, 40),
            ride_adid=new_hex(rng, 32),
            tv_acr_token=new_hex(rng, 20).upper(),
            gemius_cookie=new_hex(rng, 10) + "." + new_digits(rng, 10),
            eteris_user="LRT" + new_digits(rng, 8),
            kino_user="k" + new_digits(rng, 9),
            krep_user=new_uuid(rng),
            dziesma_user="lv_" + new_hex(rng, 12),
            klaus_user=new_digits(rng, 7, "5"),
            bank_client="LT" + new_digits(rng, 9),
            paku_phone="+3706" + new_digits(rng, 7),
            ride_user="r" + new_digits(rng, 10),
            car_user="drv-" + new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    """Phone189's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; 23078PND5G Build/UKQ1.230804.001)"


def ios_ua(app: str, ver: str, build: str = "1") -> str:
    return f"{app}/{ver} ({build}; iPad13,16; iPadOS 17.5.1) Alamofire/5.8.1"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone189",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
