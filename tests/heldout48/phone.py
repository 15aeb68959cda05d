"""The set-48 devices and the flow builder that labels every identifier it inserts.

An Infinix Note 40 (Android 14, XOS) in Manila / Jakarta runs a streaming app,
a short-drama app, a karaoke app, a Quran and prayer app, an e-wallet with a
lending tab, a ride / delivery app, a school attendance app and some ad-funded
games; a family Android TV (its own ANDROID_ID, Wi-Fi MAC and serial) runs the
streaming app and the TV maker's content-recognition service. Since Android 8
every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "tv_gaid": "advertising_id",
    "aid_nonton": "android_id",
    "aid_drama": "android_id",
    "aid_kanta": "android_id",
    "aid_quran": "android_id",
    "aid_dompet": "android_id",
    "aid_ride": "android_id",
    "aid_school": "android_id",
    "aid_game": "android_id",
    "aid_tv": "android_id",
    "tv_mac": "mac",
    "tv_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "nonton_user",
        "drama_user",
        "kanta_user",
        "dompet_user",
        "rider_user",
        "student_no",
        "quran_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone48(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    tv_gaid: str
    aid_nonton: str
    aid_drama: str
    aid_kanta: str
    aid_quran: str
    aid_dompet: str
    aid_ride: str
    aid_school: str
    aid_game: str
    aid_tv: str
    tv_mac: str
    tv_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    nonton_did: str
    drama_did: str
    kanta_install: str
    quran_fid: str
    dompet_fp: str
    ride_install: str
    unity_idfi: str
    pangle_did: str
    tv_acr_id: str
    # account ids (not device identifiers; never labelled as such)
    nonton_user: str
    drama_user: str
    kanta_user: str
    quran_user: str
    dompet_user: str
    rider_user: str
    student_no: str
    model: str = "Infinix X6853"

    @classmethod
    def make(cls, rng: random.Random) -> Phone48:
        return cls(
            gaid=new_uuid(rng),
            tv_gaid=new_uuid(rng),
            aid_nonton=new_hex(rng, 16),
            aid_drama=new_hex(rng, 16),
            aid_kanta=new_hex(rng, 16),
            aid_quran=new_hex(rng, 16),
            aid_dompet=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_school=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            tv_mac=_mac(rng, "A8:23:FE"),
            tv_serial="TPV" + new_hex(rng, 11).upper(),
            email=f"maria.santos{rng.randint(10, 99)}@mail-example.ph",
            nonton_did="NT" + new_hex(rng, 30),
            drama_did=new_digits(rng, 19, "7"),
            kanta_install=new_uuid(rng),
            quran_fid="c" + new_hex(rng, 21),
            dompet_fp=new_hex(rng, 40),
            ride_install=new_uuid(rng).upper(),
            unity_idfi=new_uuid(rng),
            pangle_did=new_digits(rng, 19, "7"),
            tv_acr_id=new_hex(rng, 32),
            nonton_user="u" + new_digits(rng, 9),
            drama_user=new_digits(rng, 10, "3"),
            kanta_user="k_" + new_hex(rng, 12),
            quran_user=new_digits(rng, 7, "8"),
            dompet_user="62" + new_digits(rng, 10, "8"),
            rider_user="RD" + new_digits(rng, 8),
            student_no="2024-" + new_digits(rng, 5),
        )


class FB(LabelledBuilder):
    """Phone48's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.5)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 70), 1)] for _ in range(n)]


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; Infinix X6853 Build/UP1A.231005.007)"


TV_UA = "Dalvik/2.1.0 (Linux; U; Android 12; PHTV 55PUT7908 Build/STT2.230127.001)"

rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "TV_UA",
    "Phone48",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
