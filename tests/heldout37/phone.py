"""The set-37 phone and the flow builder that labels every identifier it inserts.

A Motorola moto g (2024) on Android 14, used in Vilnius, Riga and Tallinn by a
Ukrainian family. Since Android 8 every app sees its own ANDROID_ID, so
known.yaml lists one per app that reads it. The phone also talks about devices
it pairs with: the living-room smart TV (Wi-Fi MAC, serial), the courier's
Bluetooth label printer (BLE MAC) and barcode scanner (serial), and the rented
courier e-bike whose LTE tracker is addressed by its IMEI.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_ziurek": "android_id",
    "aid_skats": "android_id",
    "aid_kino": "android_id",
    "aid_radio": "android_id",
    "aid_audio": "android_id",
    "aid_bank": "android_id",
    "aid_eid": "android_id",
    "aid_courier": "android_id",
    "aid_game": "android_id",
    "tv_mac": "mac",
    "printer_mac": "mac",
    "tv_serial": "serial",
    "scanner_serial": "serial",
    "ebike_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "ziurek_user",
        "kino_user",
        "radio_user",
        "lastfm_sk",
        "audio_user",
        "bank_user",
        "eid_user",
        "courier_user",
        "game_user",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone37(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_ziurek: str
    aid_skats: str
    aid_kino: str
    aid_radio: str
    aid_audio: str
    aid_bank: str
    aid_eid: str
    aid_courier: str
    aid_game: str
    tv_mac: str
    printer_mac: str
    tv_serial: str
    scanner_serial: str
    ebike_imei: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    ziurek_fid: str
    metrica_uuid: str
    metrica_deviceid: str
    kino_install: str
    radio_install: str
    audio_install: str
    bank_binding: str
    eid_install: str
    courier_install: str
    unity_idfi: str
    game_install: str
    tv_duid: str
    # account ids and tokens (not device identifiers; never labelled as such)
    ziurek_user: str
    kino_user: str
    radio_user: str
    lastfm_sk: str
    audio_user: str
    bank_user: str
    eid_user: str
    courier_user: str
    game_user: str
    tv_account: str
    model: str = "moto g 2024"

    @classmethod
    def make(cls, rng: random.Random) -> Phone37:
        return cls(
            gaid=new_uuid(rng),
            aid_ziurek=new_hex(rng, 16),
            aid_skats=new_hex(rng, 16),
            aid_kino=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_audio=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_eid=new_hex(rng, 16),
            aid_courier=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            tv_mac=_mac(rng, "A8:23:FE"),
            printer_mac=_mac(rng, "00:19:0E"),
            tv_serial="0" + new_digits(rng, 2) + "RMAB" + new_digits(rng, 6),
            scanner_serial="S/N" + new_digits(rng, 2) + new_hex(rng, 8).upper(),
            ebike_imei=luhn_complete(new_digits(rng, 14, "86")),
            email=f"oksana.kovalenko{rng.randint(10, 99)}@pastas-example.lt",
            ziurek_fid="c" + new_hex(rng, 21),
            metrica_uuid=new_hex(rng, 32),
            metrica_deviceid=new_hex(rng, 32),
            kino_install=new_uuid(rng),
            radio_install=new_uuid(rng).upper(),
            audio_install=new_uuid(rng),
            bank_binding=new_hex(rng, 40),
            eid_install=new_uuid(rng),
            courier_install="cr-" + new_hex(rng, 24),
            unity_idfi=new_uuid(rng),
            game_install=new_hex(rng, 32),
            tv_duid="MOTV" + new_hex(rng, 20).upper(),
            ziurek_user="u" + new_digits(rng, 9),
            kino_user=new_digits(rng, 7, "5"),
            radio_user="rl_" + new_hex(rng, 10),
            lastfm_sk=new_hex(rng, 32),
            audio_user=new_digits(rng, 8, "3"),
            bank_user="C" + new_digits(rng, 9),
            eid_user="EE" + new_digits(rng, 6),
            courier_user="kur" + new_digits(rng, 6),
            game_user="p" + new_hex(rng, 12),
            tv_account=new_hex(rng, 24),
        )


class FB(LabelledBuilder):
    """Phone37's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; moto g 2024 Build/U1UFNS34.41-98-3)"


def dalvik() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 14; moto g 2024 Build/U1UFNS34.41-98-3)"


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.5)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 70), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone37",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
