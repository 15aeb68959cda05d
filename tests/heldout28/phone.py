"""The set-28 devices and the flow builder that labels every identifier it inserts.

A Lenovo Tab P12 (TB370FU, Android 13) shared by a family living between the
Netherlands and Poland runs eight apps: a streaming service (Dutch and Polish
catalogues), a Polish bank with an mObywatel-like ID wallet, an itsme / iDIN-like
identity app, a kids' learning app with webcam attention checks, a podcast and
audiobook app, a video-doorbell app (the doorbell's serial and Wi-Fi MAC), a
Chromecast sender (the Chromecast's MAC and serial, read over the LAN) and a
casual game full of ad SDKs. Since Android 8 every app sees its own ANDROID_ID,
so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_kijk": "android_id",
    "aid_bank": "android_id",
    "aid_ident": "android_id",
    "aid_kids": "android_id",
    "aid_pod": "android_id",
    "aid_bell": "android_id",
    "aid_cast": "android_id",
    "aid_game": "android_id",
    "bell_mac": "mac",
    "cast_mac": "mac",
    "bell_serial": "serial",
    "cast_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "kijk_user", "bank_user", "ident_user", "pod_user", "bell_user"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone28(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_kijk: str
    aid_bank: str
    aid_ident: str
    aid_kids: str
    aid_pod: str
    aid_bell: str
    aid_cast: str
    aid_game: str
    bell_mac: str
    cast_mac: str
    bell_serial: str
    cast_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    kijk_install: str
    piano_idclient: str
    bank_devkey: str
    ident_inst: str
    kids_fid: str
    pod_inst: str
    bell_hwid: str
    cast_udn: str
    unity_idfi: str
    is_uid: str
    # account ids and tokens (not device identifiers; never labelled as such)
    kijk_user: str
    bank_user: str
    ident_user: str
    pod_user: str
    bell_user: str
    model: str = "Lenovo TB370FU"

    @classmethod
    def make(cls, rng: random.Random) -> Phone28:
        return cls(
            gaid=new_uuid(rng),
            aid_kijk=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_ident=new_hex(rng, 16),
            aid_kids=new_hex(rng, 16),
            aid_pod=new_hex(rng, 16),
            aid_bell=new_hex(rng, 16),
            aid_cast=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            bell_mac=_mac(rng, "90:48:6C").lower(),
            cast_mac=_mac(rng, "D4:F5:47"),
            bell_serial="G4" + new_hex(rng, 10).upper(),
            cast_serial=new_digits(rng, 4) + "HD" + new_hex(rng, 6).upper(),
            email=f"anouk.kowalczyk{rng.randint(10, 99)}@postvak-example.nl",
            kijk_install=new_uuid(rng),
            piano_idclient=new_uuid(rng),
            bank_devkey=new_hex(rng, 40),
            ident_inst=new_uuid(rng).upper(),
            kids_fid="c" + new_hex(rng, 21),
            pod_inst=new_uuid(rng),
            bell_hwid=new_uuid(rng),
            cast_udn=new_uuid(rng),
            unity_idfi=new_uuid(rng),
            is_uid=new_hex(rng, 32),
            kijk_user="npo|" + new_digits(rng, 9),
            bank_user=new_digits(rng, 8, "3"),
            ident_user="usr_" + new_hex(rng, 18),
            pod_user=new_digits(rng, 10, "5"),
            bell_user=new_digits(rng, 8, "7"),
        )


class FB(LabelledBuilder):
    """Phone28's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def points(rng: random.Random, n: int, w: int = 1280, h: int = 720) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 70), 1)] for _ in range(n)]


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 13; TB370FU Build/TP1A.220624.014)"


def blob(rng: random.Random, n: int) -> bytes:
    """Ciphertext-looking bytes (an app's own encryption: nothing to read)."""
    return bytes(rng.getrandbits(8) for _ in range(n))


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone28",
    "blob",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
