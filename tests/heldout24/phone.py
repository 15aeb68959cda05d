"""The set-24 device and the flow builder that labels every identifier it inserts.

A Xiaomi Redmi Note 12 (MIUI 14 / Android 13, dual SIM, so two IMEIs) used in
Indonesia and Vietnam. It has a Google advertising id and, as every MIUI
phone, an MSA OAID; since Android 8 every app sees its own ANDROID_ID, so
known.yaml lists one per app. The Mi Home app adds a Xiaomi smart camera (its
Mi device id `did` and Wi-Fi MAC, both shown in the app's device settings).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "oaid": "advertising_id",
    "aid_tayang": "android_id",
    "aid_jalan": "android_id",
    "aid_klip": "android_id",
    "aid_pasar": "android_id",
    "aid_nyanyi": "android_id",
    "aid_adzan": "android_id",
    "aid_arena": "android_id",
    "aid_mihome": "android_id",
    "imei1": "imei",
    "imei2": "imei",
    "cam_mac": "mac",
    "cam_did": "device_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "tayang_user",
        "jalan_user",
        "klip_user",
        "pasar_user",
        "nyanyi_user",
        "adzan_user",
        "arena_user",
        "mi_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone24(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    oaid: str
    aid_tayang: str
    aid_jalan: str
    aid_klip: str
    aid_pasar: str
    aid_nyanyi: str
    aid_adzan: str
    aid_arena: str
    aid_mihome: str
    imei1: str
    imei2: str
    cam_mac: str
    cam_did: str
    email: str
    # ids that SDKs and apps make up (device identifiers, not in known.yaml)
    tt_device_id: str
    tt_install_id: str
    tt_cdid: str
    tt_clientudid: str
    tayang_visitor: str
    jalan_fp: str
    pasar_spc_f: str
    nyanyi_device: str
    adzan_fid: str
    unity_idfi: str
    mtg_sys_id: str
    bigo_uid: str
    mistat_uuid: str
    # account ids (never labelled)
    tayang_user: str
    jalan_user: str
    klip_user: str
    pasar_user: str
    nyanyi_user: str
    adzan_user: str
    arena_user: str
    mi_user: str
    model: str = "23021RAAEG"

    @classmethod
    def make(cls, rng: random.Random) -> Phone24:
        return cls(
            gaid=new_uuid(rng),
            oaid=new_hex(rng, 16),
            aid_tayang=new_hex(rng, 16),
            aid_jalan=new_hex(rng, 16),
            aid_klip=new_hex(rng, 16),
            aid_pasar=new_hex(rng, 16),
            aid_nyanyi=new_hex(rng, 16),
            aid_adzan=new_hex(rng, 16),
            aid_arena=new_hex(rng, 16),
            aid_mihome=new_hex(rng, 16),
            imei1=luhn_complete(new_digits(rng, 14, "8615")),
            imei2=luhn_complete(new_digits(rng, 14, "8615")),
            cam_mac=_mac(rng, "78:8B:2A"),
            cam_did=new_digits(rng, 9, "1"),
            email=f"putri.nguyen{rng.randint(10, 99)}@surat-contoh.id",
            tt_device_id=new_digits(rng, 19, "73"),
            tt_install_id=new_digits(rng, 19, "74"),
            tt_cdid=new_uuid(rng),
            tt_clientudid=new_uuid(rng),
            tayang_visitor="v2." + new_hex(rng, 24),
            jalan_fp=new_hex(rng, 40),
            pasar_spc_f=new_hex(rng, 8) + "-" + new_digits(rng, 10),
            nyanyi_device=new_uuid(rng).upper(),
            adzan_fid="c" + new_hex(rng, 21),
            unity_idfi=new_uuid(rng),
            mtg_sys_id=new_hex(rng, 32),
            bigo_uid="BG" + new_digits(rng, 16),
            mistat_uuid=new_hex(rng, 32),
            tayang_user=new_digits(rng, 9, "5"),
            jalan_user="cst-" + new_hex(rng, 12),
            klip_user=new_digits(rng, 19, "69"),
            pasar_user=new_digits(rng, 9, "3"),
            nyanyi_user="s" + new_digits(rng, 10),
            adzan_user=new_hex(rng, 24),
            arena_user=new_digits(rng, 9, "2"),
            mi_user=new_digits(rng, 10, "6"),
        )


class FB(LabelledBuilder):
    """Phone24's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    build = "Build/TKQ1.221114.001; MIUI V14.0.6.0.TMGIDXM"
    return f"{app}/{ver} (Linux; U; Android 13; in_ID; 23021RAAEG; {build})"


def dalvik() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 13; 23021RAAEG Build/TKQ1.221114.001)"


def points(rng: random.Random, n: int, w: int = 720, h: int = 960) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 2), round(cy + rng.gauss(0, 70), 2)] for _ in range(n)]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone24",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
