"""The set-133 devices and the flow builder that labels every identifier it inserts.

A Xiaomi Redmi Note 13 (Android 14, HyperOS) runs ten apps; the household also
has a Vestel smart TV with ACR (its Wi-Fi MAC and serial), the TV box of an IPTV
operator (its serial and Ethernet MAC) and a smartwatch (its BLE MAC and serial).
Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
The telco app, a carrier-privileged app, reads the IMEI.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

APPS = ("dizi", "kanal", "muzik", "kurd", "huzur", "futbol", "banka", "kapi", "hat", "taksi")

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    **{f"aid_{app}": "android_id" for app in APPS},
    "imei": "imei",
    "tv_mac": "mac",
    "box_mac": "mac",
    "watch_mac": "mac",
    "tv_serial": "serial",
    "box_serial": "serial",
    "watch_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "msisdn",
        "dizi_user",
        "muzik_user",
        "banka_customer",
        "kapi_session",
        "taksi_user",
        "futbol_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone133(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_dizi: str
    aid_kanal: str
    aid_muzik: str
    aid_kurd: str
    aid_huzur: str
    aid_futbol: str
    aid_banka: str
    aid_kapi: str
    aid_hat: str
    aid_taksi: str
    imei: str
    tv_mac: str
    box_mac: str
    watch_mac: str
    tv_serial: str
    box_serial: str
    watch_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    adjust_adid: str
    insider_uid: str
    netmera_device: str
    appmetrica_uuid: str
    firebase_instance: str
    bank_fingerprint: str
    muzik_install: str
    tv_acr_token: str
    # accounts and numbers (not device identifiers; never labelled as such)
    msisdn: str
    dizi_user: str
    muzik_user: str
    banka_customer: str
    kapi_session: str
    taksi_user: str
    futbol_user: str
    model: str = "23124RA7EO"

    @classmethod
    def make(cls, rng: random.Random) -> Phone133:
        aids = {f"aid_{app}": new_hex(rng, 16) for app in APPS}
        return cls(
            gaid=new_uuid(rng),
            **aids,
            imei=luhn_complete(new_digits(rng, 14, "86")),
            tv_mac=_mac(rng, "00:09:DF"),
            box_mac=_mac(rng, "A4:2B:B0").lower(),
            watch_mac=_mac(rng, "E8:78:29"),
            tv_serial="VSL" + new_digits(rng, 11),
            box_serial="TBX" + new_hex(rng, 10).upper(),
            watch_serial="W" + new_digits(rng, 13),
            email=f"zeynep.aydin{rng.randint(10, 99)}@posta-example.com.tr",
            af_uid=f"17317{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            insider_uid=new_uuid(rng).upper(),
            netmera_device=new_hex(rng, 24),
            appmetrica_uuid=new_hex(rng, 32),
            firebase_instance=new_hex(rng, 32),
            bank_fingerprint=new_hex(rng, 64),
            muzik_install=new_uuid(rng),
            tv_acr_token=new_hex(rng, 40).upper(),
            msisdn="90532" + new_digits(rng, 7),
            dizi_user="u" + new_digits(rng, 9),
            muzik_user=new_digits(rng, 10, "7"),
            banka_customer=new_digits(rng, 8, "3"),
            kapi_session=new_hex(rng, 48),
            taksi_user="yolcu_" + new_digits(rng, 7),
            futbol_user=new_digits(rng, 9, "5"),
        )


class FB(LabelledBuilder):
    """Phone133's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; tr-TR; 23124RA7EO Build/UKQ1.231003.002)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone133",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
