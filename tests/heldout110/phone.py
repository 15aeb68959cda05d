"""The set-110 devices and the flow builder that labels every identifier it inserts.

A family in Addis Ababa, Mekelle and Asmara shares a dual-SIM Tecno Camon 20
(Android 13, two IMEIs the telco and wallet apps read), a cheap Android TV box
(X96-class, a MAG-style IPTV portal identifies it by its Ethernet MAC and serial)
and a Bluetooth speaker paired through its companion app (BT MAC, serial). Since
Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app;
the TV box's IPTV player has its own as well.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_arada": "android_id",
    "aid_wegahta": "android_id",
    "aid_mezmur": "android_id",
    "aid_quran": "android_id",
    "aid_kuas": "android_id",
    "aid_birr": "android_id",
    "aid_telco": "android_id",
    "aid_driver": "android_id",
    "aid_speaker": "android_id",
    "aid_box": "android_id",
    "imei1": "imei",
    "imei2": "imei",
    "box_mac": "mac",
    "spk_mac": "mac",
    "box_serial": "serial",
    "spk_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "msisdn",
        "arada_user",
        "birr_user",
        "fayda_no",
        "driver_no",
        "iptv_user",
        "iptv_pass",
        "push_token",
        "wegahta_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone110(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_arada: str
    aid_wegahta: str
    aid_mezmur: str
    aid_quran: str
    aid_kuas: str
    aid_birr: str
    aid_telco: str
    aid_driver: str
    aid_speaker: str
    aid_box: str
    imei1: str
    imei2: str
    box_mac: str
    spk_mac: str
    box_serial: str
    spk_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    arada_fid: str
    arada_af_uid: str
    wegahta_player: str
    quran_fb_anon: str
    kuas_fid: str
    birr_fp: str
    driver_install: str
    athena_vaid: str
    telco_dev_token: str
    # account ids, phone numbers and tokens (not device identifiers)
    msisdn: str
    arada_user: str
    birr_user: str
    fayda_no: str
    driver_no: str
    iptv_user: str
    iptv_pass: str
    push_token: str
    wegahta_user: str
    model: str = "TECNO CK8n"

    @classmethod
    def make(cls, rng: random.Random) -> Phone110:
        return cls(
            gaid=new_uuid(rng),
            aid_arada=new_hex(rng, 16),
            aid_wegahta=new_hex(rng, 16),
            aid_mezmur=new_hex(rng, 16),
            aid_quran=new_hex(rng, 16),
            aid_kuas=new_hex(rng, 16),
            aid_birr=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_driver=new_hex(rng, 16),
            aid_speaker=new_hex(rng, 16),
            aid_box=new_hex(rng, 16),
            imei1=luhn_complete(new_digits(rng, 14, "35")),
            imei2=luhn_complete(new_digits(rng, 14, "35")),
            box_mac=_mac(rng, "00:1A:79"),
            spk_mac=_mac(rng, "E8:5D:86"),
            box_serial="X96Q" + new_digits(rng, 12),
            spk_serial="KBS" + new_hex(rng, 10).upper(),
            email=f"selam.gebremedhin{rng.randint(10, 99)}@mail-example.et",
            arada_fid="c" + new_hex(rng, 21),
            arada_af_uid=f"17188{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            wegahta_player=new_uuid(rng),
            quran_fb_anon="XZ" + new_uuid(rng),
            kuas_fid=new_hex(rng, 32),
            birr_fp=new_hex(rng, 64),
            driver_install=new_uuid(rng),
            athena_vaid=new_hex(rng, 32).upper(),
            telco_dev_token=new_hex(rng, 40),
            msisdn="2519" + new_digits(rng, 8),
            arada_user="AP" + new_digits(rng, 9),
            birr_user=new_digits(rng, 12, "10"),
            fayda_no=new_digits(rng, 16, "6"),
            driver_no="DRV-" + new_digits(rng, 6),
            iptv_user="selam" + new_digits(rng, 4),
            iptv_pass=new_hex(rng, 10),
            push_token="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
            wegahta_user="w" + new_digits(rng, 8),
        )


class FB(LabelledBuilder):
    """Phone110's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 13; TECNO CK8n Build/TP1A.220624.014)"


DALVIK = "Dalvik/2.1.0 (Linux; U; Android 13; TECNO CK8n Build/TP1A.220624.014)"
BOX_UA = "Mozilla/5.0 (QtEmbedded; U; Linux; C) AppleWebKit/533.3 (KHTML, like Gecko) MAG200"

rid = req_id

__all__ = [
    "BOX_UA",
    "CONTACT_KINDS",
    "DALVIK",
    "FB",
    "KNOWN_ATTRS",
    "Phone110",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
