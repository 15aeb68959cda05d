"""The set-63 devices and the flow builder that labels every identifier it inserts.

A Sony Xperia 1 V (Android 14, Japan) runs catch-up / linear / SVOD streaming
apps, an NHK-like simulcast app, a radiko-like radio app, an anime app, a music
app, a bank and a securities app with face eKYC, a karaoke app with a
voice-print login and a convenience-store app; it is paired with a Sony Bravia
Google TV (Wi-Fi and Bluetooth MACs, serial, its own advertising id). Since
Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

APPS = ("tver", "abema", "unext", "nhk", "radio", "anime", "music", "bank", "sec", "kara", "konbi")

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "tv_gaid": "advertising_id",
    **{f"aid_{a}": "android_id" for a in APPS},
    "imei": "imei",
    "serial": "serial",
    "tv_serial": "serial",
    "tv_mac": "mac",
    "tv_bt_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "tver_user",
        "abema_user",
        "unext_user",
        "radio_user",
        "music_user",
        "bank_user",
        "sec_user",
        "kara_user",
        "konbi_member",
        "line_user",
        "push_token",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone63(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    tv_gaid: str
    aid_tver: str
    aid_abema: str
    aid_unext: str
    aid_nhk: str
    aid_radio: str
    aid_anime: str
    aid_music: str
    aid_bank: str
    aid_sec: str
    aid_kara: str
    aid_konbi: str
    imei: str
    serial: str
    tv_serial: str
    tv_mac: str
    tv_bt_mac: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    adjust_uuid: str
    af_uid: str
    repro_uuid: str
    fa_instance: str
    tver_uid: str
    abema_device: str
    unext_install: str
    nhk_terminal: str
    anime_install: str
    acr_device: str
    kara_terminal: str
    bank_fp: str
    konbi_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    tver_user: str
    abema_user: str
    unext_user: str
    radio_user: str
    music_user: str
    bank_user: str
    sec_user: str
    kara_user: str
    konbi_member: str
    line_user: str
    push_token: str
    model: str = "XQ-DQ44"

    @classmethod
    def make(cls, rng: random.Random) -> Phone63:
        aids = {f"aid_{a}": new_hex(rng, 16) for a in APPS}
        return cls(
            gaid=new_uuid(rng),
            tv_gaid=new_uuid(rng),
            **aids,
            imei=luhn_complete(new_digits(rng, 14, "35")),
            serial="QV7" + new_hex(rng, 7).upper(),
            tv_serial="5" + new_digits(rng, 7),
            tv_mac=_mac(rng, "04:5D:4B"),
            tv_bt_mac=_mac(rng, "AC:9B:0A"),
            email=f"haruka.morimoto{rng.randint(10, 99)}@example-mail.jp",
            adjust_uuid=new_uuid(rng),
            af_uid=f"17315{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            repro_uuid=new_uuid(rng).upper(),
            fa_instance="f" + new_hex(rng, 21),
            tver_uid=new_uuid(rng),
            abema_device=new_hex(rng, 8) + "-" + new_hex(rng, 22),
            unext_install=new_hex(rng, 40),
            nhk_terminal="NT" + new_hex(rng, 26),
            anime_install=new_uuid(rng),
            acr_device="br" + new_hex(rng, 30),
            kara_terminal=new_digits(rng, 16, "90"),
            bank_fp=new_hex(rng, 64),
            konbi_install=new_uuid(rng).upper(),
            tver_user="tv" + new_digits(rng, 10),
            abema_user=new_hex(rng, 14),
            unext_user="UN" + new_digits(rng, 9),
            radio_user=new_digits(rng, 8, "3"),
            music_user="m" + new_hex(rng, 12),
            bank_user=new_digits(rng, 7, "0"),
            sec_user="S" + new_digits(rng, 9),
            kara_user="dk" + new_digits(rng, 9),
            konbi_member=new_digits(rng, 16, "29"),
            line_user="U" + new_hex(rng, 32),
            push_token="c" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 48),
        )


class FB(LabelledBuilder):
    """Phone63's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; ja-JP; XQ-DQ44 Build/67.1.A.2.118)"


def tv_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 12; BRAVIA 4K VH2 Build/STT2.230407.006)"


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.5)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone63", "floats", "iso", "ms", "points", "rf", "rid", "ua"]
