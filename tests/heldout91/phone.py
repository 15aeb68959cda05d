"""The set-91 devices and the flow builder that labels every identifier it inserts.

A Tecno Camon 30 (HiOS 14, Android 14) in Dar es Salaam, with a family
StarTimes-style Android TV box in the sitting room. The phone runs two
streaming apps, a football app, a music / radio app, a mobile-money app with
face liveness, a telco SIM-registration app with voice verification and a
dating app with selfie checks; a pre-installed HiOS service reads the IMEI.
Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per
app; the box has its own ANDROID_ID, Ethernet and Wi-Fi MACs and serial.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_kib": "android_id",
    "aid_nyota": "android_id",
    "aid_gol": "android_id",
    "aid_ngoma": "android_id",
    "aid_pesa": "android_id",
    "aid_simu": "android_id",
    "aid_penzi": "android_id",
    "aid_hios": "android_id",
    "aid_box": "android_id",
    "imei": "imei",
    "box_mac": "mac",
    "box_wmac": "mac",
    "box_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "kib_user", "gol_user", "ngoma_user", "pesa_user", "msisdn", "penzi_user"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone91(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_kib: str
    aid_nyota: str
    aid_gol: str
    aid_ngoma: str
    aid_pesa: str
    aid_simu: str
    aid_penzi: str
    aid_hios: str
    aid_box: str
    imei: str
    box_mac: str
    box_wmac: str
    box_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    fb_anon: str
    af_uid: str
    adj_uuid: str
    ga_instance: str
    ct_guid: str
    kib_device: str
    ngoma_devid: str
    gol_install: str
    pesa_fp: str
    penzi_install: str
    # account ids and phone numbers (not device identifiers; never labelled)
    kib_user: str
    gol_user: str
    ngoma_user: str
    pesa_user: str
    msisdn: str
    penzi_user: str
    model: str = "TECNO CL8"

    @classmethod
    def make(cls, rng: random.Random) -> Phone91:
        return cls(
            gaid=new_uuid(rng),
            aid_kib=new_hex(rng, 16),
            aid_nyota=new_hex(rng, 16),
            aid_gol=new_hex(rng, 16),
            aid_ngoma=new_hex(rng, 16),
            aid_pesa=new_hex(rng, 16),
            aid_simu=new_hex(rng, 16),
            aid_penzi=new_hex(rng, 16),
            aid_hios=new_hex(rng, 16),
            aid_box=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            box_mac=_mac(rng, "00:1A:95"),
            box_wmac=_mac(rng, "B0:D5:9D").lower(),
            box_serial="ST" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            email=f"neema.mushi{rng.randint(10, 99)}@barua-example.co.tz",
            fb_anon="XZ" + new_uuid(rng),
            af_uid=f"17328{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adj_uuid=new_uuid(rng),
            ga_instance=new_hex(rng, 32),
            ct_guid="__g" + new_hex(rng, 32),
            kib_device="kb-" + new_uuid(rng),
            ngoma_devid=new_digits(rng, 15, "9"),
            gol_install=new_uuid(rng).upper(),
            pesa_fp=new_hex(rng, 40),
            penzi_install=new_hex(rng, 24),
            kib_user="AZ" + new_digits(rng, 9),
            gol_user="u_" + new_hex(rng, 12),
            ngoma_user=new_digits(rng, 9, "7"),
            pesa_user="C" + new_digits(rng, 10),
            msisdn="2557" + new_digits(rng, 8),
            penzi_user="pz" + new_digits(rng, 8),
        )


class FB(LabelledBuilder):
    """Phone91's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.3, w * 0.7), rng.uniform(h * 0.3, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; TECNO CL8 Build/UP1A.231005.007)"


def box_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 11; StarTimes HD-ATV Build/RP1A.201005.006)"


rid = req_id

__all__ = ["CONTACT_KINDS", "FB", "KNOWN_ATTRS", "Phone91", "box_ua", "floats", "iso", "ms"]
__all__ += ["points", "rf", "rid", "ua"]
