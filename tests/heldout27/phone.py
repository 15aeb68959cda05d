"""The set-27 device and the flow builder that labels every identifier it inserts.

An Honor Magic6 Pro (MagicOS 8 / Android 14, model BVL-N49) in Istanbul runs
eight apps: a series-streaming app, a music app, an e-Devlet-like government
app (NFC ID-card chip photo, face check, IMEI registration query), a bank with
face and voice login, a grocery courier app (shift selfies), a Vestel-style
smart-TV companion (the TV's Wi-Fi MAC and serial), a dating app with photo
verification and a casual game with ad SDKs. The phone has both a Google
advertising id (GAID) and Honor's OAID (MSA / Honor Ads identifier); every app
sees its own ANDROID_ID (Android 8+), so known.yaml lists one per app that
sends it. The IMEI is what the tester types into the government app's IMEI
check (it is printed on the box and under *#06#).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "oaid": "advertising_id",
    "aid_dizi": "android_id",
    "aid_ritim": "android_id",
    "aid_kapi": "android_id",
    "aid_banka": "android_id",
    "aid_kurye": "android_id",
    "aid_tv": "android_id",
    "aid_flort": "android_id",
    "aid_oyun": "android_id",
    "imei": "imei",
    "tv_mac": "mac",
    "tv_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "tckn", "bank_customer", "courier_no", "dizi_user", "flort_user"}
)


@dataclass(frozen=True, slots=True)
class Phone27(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    oaid: str
    aid_dizi: str
    aid_ritim: str
    aid_kapi: str
    aid_banka: str
    aid_kurye: str
    aid_tv: str
    aid_flort: str
    aid_oyun: str
    imei: str
    tv_mac: str
    tv_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    dizi_install: str
    ritim_metrica_uuid: str
    ritim_metrica_devid: str
    kapi_push: str
    banka_fp: str
    kurye_fid: str
    flort_af_uid: str
    oyun_unity_idfi: str
    oyun_fid: str
    tv_duid: str
    # account ids (not device identifiers; never labelled as such)
    tckn: str
    bank_customer: str
    courier_no: str
    dizi_user: str
    flort_user: str
    model: str = "BVL-N49"

    @classmethod
    def make(cls, rng: random.Random) -> Phone27:
        return cls(
            gaid=new_uuid(rng),
            oaid=new_uuid(rng),
            aid_dizi=new_hex(rng, 16),
            aid_ritim=new_hex(rng, 16),
            aid_kapi=new_hex(rng, 16),
            aid_banka=new_hex(rng, 16),
            aid_kurye=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            aid_flort=new_hex(rng, 16),
            aid_oyun=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "86")),
            tv_mac="a8:6d:aa:" + ":".join(new_hex(rng, 2) for _ in range(3)),
            tv_serial="VS" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            email=f"elif.yurtsever{rng.randint(10, 99)}@posta-ornek.com.tr",
            dizi_install=new_uuid(rng),
            ritim_metrica_uuid=new_hex(rng, 32),
            ritim_metrica_devid=new_hex(rng, 32),
            kapi_push="HNR" + new_hex(rng, 40),
            banka_fp=new_hex(rng, 64),
            kurye_fid="c" + new_hex(rng, 21),
            flort_af_uid=f"17370{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            oyun_unity_idfi=new_uuid(rng),
            oyun_fid="e" + new_hex(rng, 21),
            tv_duid="VSTL" + new_hex(rng, 20).upper(),
            tckn=new_digits(rng, 11, "3"),
            bank_customer=new_digits(rng, 9, "5"),
            courier_no="KR" + new_digits(rng, 6),
            dizi_user="u_" + new_hex(rng, 12),
            flort_user=new_digits(rng, 10, "8"),
        )


class FB(LabelledBuilder):
    """Phone27's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; BVL-N49 Build/HONORBVL-N49; tr_TR)"


def dalvik() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 14; BVL-N49 Build/HONORBVL-N49)"


def points(rng: random.Random, n: int, w: int = 720, h: int = 960) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.35, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone27",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
