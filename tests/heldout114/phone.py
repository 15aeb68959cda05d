"""The set-114 devices and the flow builder that labels every identifier it inserts.

Daan, a shift lead at a Rotterdam (Waalhaven) distribution centre, carries his own
Galaxy A54 (Android 14). On it: the employer's shift-lead app (enrolled BYOD, so
the employer's MDM step reads his own phone's IMEI and ANDROID_ID), the gate time
clock's companion app, a safety-training app, a Dutch streaming service, a music
app, his bank, the companion app of his own earbuds and a free puzzle game with
ad SDKs. Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists
one per app. The warehouse's scanners, robots, forklifts, printers, cameras and
the break-room TV belong to the employer: their serials and MACs are made up per
flow and are never his device identifiers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_wms": "android_id",
    "aid_clock": "android_id",
    "aid_learn": "android_id",
    "aid_kijk": "android_id",
    "aid_klank": "android_id",
    "aid_bank": "android_id",
    "aid_buds": "android_id",
    "aid_game": "android_id",
    "imei": "imei",
    "buds_mac": "mac",
    "buds_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "staff_no",
        "clock_badge",
        "kijk_profile",
        "klank_user",
        "bank_customer",
        "buds_account",
        "push_token",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone114(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_wms: str
    aid_clock: str
    aid_learn: str
    aid_kijk: str
    aid_klank: str
    aid_bank: str
    aid_buds: str
    aid_game: str
    imei: str
    buds_mac: str
    buds_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    game_af_uid: str
    game_adjust_uuid: str
    game_adid: str
    buds_fid: str
    kijk_device: str
    klank_install: str
    clock_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    staff_no: str
    clock_badge: str
    kijk_profile: str
    klank_user: str
    bank_customer: str
    buds_account: str
    push_token: str
    model: str = "SM-A546B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone114:
        return cls(
            gaid=new_uuid(rng),
            aid_wms=new_hex(rng, 16),
            aid_clock=new_hex(rng, 16),
            aid_learn=new_hex(rng, 16),
            aid_kijk=new_hex(rng, 16),
            aid_klank=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_buds=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            buds_mac=_mac(rng, "70:BF:92"),
            buds_serial="LB2" + new_hex(rng, 9).upper(),
            email=f"daan.verhoeven{rng.randint(10, 99)}@mailbox-example.nl",
            game_af_uid=f"17321{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            game_adjust_uuid=new_uuid(rng),
            game_adid=new_hex(rng, 32),
            buds_fid="c" + new_hex(rng, 21),
            kijk_device=new_uuid(rng).upper(),
            klank_install=new_hex(rng, 24),
            clock_install=new_uuid(rng),
            staff_no="MW" + new_digits(rng, 6),
            clock_badge=new_digits(rng, 8, "4"),
            kijk_profile="prf_" + new_hex(rng, 12),
            klank_user=new_digits(rng, 10, "2"),
            bank_customer=new_digits(rng, 9, "7"),
            buds_account="acc-" + new_hex(rng, 16),
            push_token=new_hex(rng, 11) + ":APA91b" + new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Phone114's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def points(rng: random.Random, n: int, w: int = 640, h: int = 480) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.3, w * 0.7), rng.uniform(h * 0.3, h * 0.7)
    return [[round(cx + rng.gauss(0, 40), 1), round(cy + rng.gauss(0, 50), 1)] for _ in range(n)]


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"


def bearer(rng: random.Random) -> str:
    return "Bearer " + req_id(rng).replace("-", "")


def fleet_serial(rng: random.Random, prefix: str) -> str:
    """A serial of the employer's equipment: made up per flow, never the tester's."""
    return prefix + new_digits(rng, 8)


def fleet_mac(rng: random.Random, oui: str) -> str:
    return _mac(rng, oui)


def fleet_imei(rng: random.Random) -> str:
    return luhn_complete(new_digits(rng, 14, "86"))


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone114",
    "bearer",
    "fleet_imei",
    "fleet_mac",
    "fleet_serial",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
