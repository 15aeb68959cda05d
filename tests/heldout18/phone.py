"""The set-18 devices and the flow builder that labels every identifier it inserts.

A OnePlus 12 (CPH2581, OxygenOS 14 / Android 14) in Germany runs eight apps: a
public broadcaster's Mediathek, a music streaming app, a video-ident (eID /
selfie) app, a telemedicine app, a car companion (the car's VIN, its head
unit's serial and Bluetooth MAC, its telematics unit's IMEI), a robot-vacuum
app (the robot's serial, Wi-Fi and BLE MACs), a language-exchange app and an
ad-funded mobile game. Since Android 8 every app sees its own ANDROID_ID, so
known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_tv": "android_id",
    "aid_music": "android_id",
    "aid_ident": "android_id",
    "aid_doc": "android_id",
    "aid_car": "android_id",
    "aid_vac": "android_id",
    "aid_lingo": "android_id",
    "aid_game": "android_id",
    "vin": "serial",
    "hu_serial": "serial",
    "vac_serial": "serial",
    "hu_bt_mac": "mac",
    "vac_wifi_mac": "mac",
    "vac_ble_mac": "mac",
    "tcu_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "tv_user",
        "music_user",
        "ident_txn",
        "doc_patient",
        "car_user",
        "vac_user",
        "lingo_user",
        "game_user",
    }
)

_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_V = {c: i % 10 if c.isdigit() else 0 for i, c in enumerate("0123456789")}
_VIN_L = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
        strict=True,
    )
)


def make_vin(rng: random.Random) -> str:
    """A VIN of a VW-group car built in Germany, with its ISO 3779 check digit."""
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    body = "WVWZZZ" + "".join(rng.choice(chars) for _ in range(2)) + "Z" + "R" + "W"
    body += new_digits(rng, 6)
    total = sum(
        (_VIN_V.get(c) if c.isdigit() else _VIN_L[c]) * w for c, w in zip(body, _VIN_W, strict=True)
    )
    check = "X" if total % 11 == 10 else str(total % 11)
    return body[:8] + check + body[9:]


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone18(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_tv: str
    aid_music: str
    aid_ident: str
    aid_doc: str
    aid_car: str
    aid_vac: str
    aid_lingo: str
    aid_game: str
    vin: str
    hu_serial: str
    vac_serial: str
    hu_bt_mac: str
    vac_wifi_mac: str
    vac_ble_mac: str
    tcu_imei: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    piano_visitor: str
    agf_devid: str
    braze_device: str
    segment_anon: str
    ident_fp: str
    doc_install: str
    car_install: str
    vac_app_uuid: str
    lingo_fid: str
    game_iron_uid: str
    # account ids and transaction ids (not device identifiers; never labelled as such)
    tv_user: str
    music_user: str
    ident_txn: str
    doc_patient: str
    car_user: str
    vac_user: str
    lingo_user: str
    game_user: str
    model: str = "CPH2581"

    @classmethod
    def make(cls, rng: random.Random) -> Phone18:
        return cls(
            gaid=new_uuid(rng),
            aid_tv=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_ident=new_hex(rng, 16),
            aid_doc=new_hex(rng, 16),
            aid_car=new_hex(rng, 16),
            aid_vac=new_hex(rng, 16),
            aid_lingo=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            vin=make_vin(rng),
            hu_serial="VWZ" + new_digits(rng, 4) + "Z" + new_hex(rng, 7).upper(),
            vac_serial="R" + new_digits(rng, 4) + "S" + new_digits(rng, 9),
            hu_bt_mac=_mac(rng, "00:1E:AE"),
            vac_wifi_mac=_mac(rng, "B0:4A:39").lower(),
            vac_ble_mac=_mac(rng, "B0:4A:39"),
            tcu_imei=luhn_complete(new_digits(rng, 14, "35")),
            email=f"jonas.bergmann{rng.randint(10, 99)}@posteo-example.de",
            piano_visitor=new_uuid(rng),
            agf_devid=new_hex(rng, 40),
            braze_device=new_uuid(rng),
            segment_anon=new_uuid(rng),
            ident_fp=new_hex(rng, 64),
            doc_install=new_uuid(rng).upper(),
            car_install=new_uuid(rng),
            vac_app_uuid=new_hex(rng, 32),
            lingo_fid="c" + new_hex(rng, 21),
            game_iron_uid=new_hex(rng, 24),
            tv_user=new_uuid(rng),
            music_user="usr_" + new_hex(rng, 18),
            ident_txn="TST-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5)),
            doc_patient="P" + new_digits(rng, 9),
            car_user=new_uuid(rng),
            vac_user=new_digits(rng, 10, "6"),
            lingo_user=new_digits(rng, 8, "2"),
            game_user="g" + new_digits(rng, 10),
        )


class FB(LabelledBuilder):
    """Phone18's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.5)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; CPH2581 Build/UKQ1.230924.001)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone18",
    "floats",
    "iso",
    "make_vin",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
