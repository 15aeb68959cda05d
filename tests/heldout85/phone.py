"""The set-85 devices and the flow builder that labels every identifier it inserts.

A Google Pixel 8 (Android 14) in a household in Germany, Austria and
Switzerland runs eight apps: a public-service Mediathek, a commercial
streamer, a sports app with live tickers, a music / audiobook app, a radio
app, a bank with video-ident and face liveness, a health insurer's app with a
voice-ID hotline and a car-sharing app with driver selfie checks. The family's
Android TV (a Philips Google TV) runs the Mediathek and its own TV services:
its Wi-Fi MAC, serial and ANDROID_ID are the tester's too. Since Android 8
every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_mediathek": "android_id",
    "aid_flimmer": "android_id",
    "aid_sport": "android_id",
    "aid_klang": "android_id",
    "aid_radio": "android_id",
    "aid_bank": "android_id",
    "aid_kasse": "android_id",
    "aid_carshare": "android_id",
    "aid_tv": "android_id",
    "tv_mac": "mac",
    "tv_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "mt_user", "fl_user", "bank_user", "kasse_user", "cs_user", "kl_user"}
)


@dataclass(frozen=True, slots=True)
class Phone85(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_mediathek: str
    aid_flimmer: str
    aid_sport: str
    aid_klang: str
    aid_radio: str
    aid_bank: str
    aid_kasse: str
    aid_carshare: str
    aid_tv: str
    tv_mac: str
    tv_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    fl_firebase_instance: str
    sport_adjust_uuid: str
    sport_adjust_adid: str
    radio_af_uid: str
    klang_braze_device: str
    mt_ioam_install: str
    bank_install: str
    cs_install: str
    # account ids (not device identifiers; never labelled as such)
    mt_user: str
    fl_user: str
    kl_user: str
    bank_user: str
    kasse_user: str
    cs_user: str
    model: str = "Pixel 8"

    @classmethod
    def make(cls, rng: random.Random) -> Phone85:
        return cls(
            gaid=new_uuid(rng),
            aid_mediathek=new_hex(rng, 16),
            aid_flimmer=new_hex(rng, 16),
            aid_sport=new_hex(rng, 16),
            aid_klang=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_kasse=new_hex(rng, 16),
            aid_carshare=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            tv_mac="68:07:0A:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            tv_serial="FZ1A" + new_digits(rng, 10),
            email=f"lena.huber{rng.randint(10, 99)}@posteo-beispiel.de",
            fl_firebase_instance=new_hex(rng, 32),
            sport_adjust_uuid=new_uuid(rng),
            sport_adjust_adid=new_hex(rng, 32),
            radio_af_uid=f"17301{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            klang_braze_device=new_uuid(rng),
            mt_ioam_install=new_uuid(rng).upper(),
            bank_install=new_uuid(rng),
            cs_install="csi-" + new_hex(rng, 24),
            mt_user="ard" + new_digits(rng, 9),
            fl_user=new_uuid(rng),
            kl_user="u_" + new_hex(rng, 12),
            bank_user="K" + new_digits(rng, 10),
            kasse_user="V" + new_digits(rng, 9),
            cs_user="D-" + new_digits(rng, 7),
        )


class FB(LabelledBuilder):
    """Phone85's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; de_DE; Pixel 8 Build/AP2A.240905.003)"


def tv_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 12; 55PUS8818/12 Build/STT2.230302.001)"


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.35, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


def unit_vec(rng: random.Random, n: int) -> list[float]:
    """An L2-normalised vector, as face / speaker embeddings are."""
    v = [rng.gauss(0, 1) for _ in range(n)]
    norm = sum(x * x for x in v) ** 0.5
    return [round(x / norm, 6) for x in v]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone85",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "tv_ua",
    "ua",
    "unit_vec",
]
