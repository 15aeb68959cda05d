"""The set-33 phone and the flow builder that labels every identifier it inserts.

A Xiaomi 13T (HyperOS 1, Android 14, model 2306EPN60G) used in Hungary,
Romania and Finland runs: a Hungarian streaming app, a Romanian streaming app,
a Finnish music app, a Hungarian bank (face and voice checks), a Romanian eID
app (chip photo, liveness), a Finnish delivery app for couriers (selfies), a TV
companion with content recognition (the TV's MAC and serial), a baby monitor
(the camera's serial and Wi-Fi MAC) and a casual game with four ad SDKs. Since
Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_hu": "android_id",
    "aid_ro": "android_id",
    "aid_fi": "android_id",
    "aid_bank": "android_id",
    "aid_eid": "android_id",
    "aid_food": "android_id",
    "aid_tv": "android_id",
    "aid_baby": "android_id",
    "aid_game": "android_id",
    "cam_mac": "mac",
    "tv_mac": "mac",
    "cam_serial": "serial",
    "tv_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "hu_user", "ro_user", "fi_user", "bank_user", "eid_case", "courier"}
    | {"tv_user", "baby_user", "game_user"}
)
MODEL = "2306EPN60G"


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone33(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_hu: str
    aid_ro: str
    aid_fi: str
    aid_bank: str
    aid_eid: str
    aid_food: str
    aid_tv: str
    aid_baby: str
    aid_game: str
    cam_mac: str
    tv_mac: str
    cam_serial: str
    tv_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    bank_fid: str
    ro_ga_cid: str
    fi_install: str
    tv_uuid: str
    # account ids (not device identifiers; never labelled as such)
    hu_user: str
    ro_user: str
    fi_user: str
    bank_user: str
    eid_case: str
    courier: str
    tv_user: str
    baby_user: str
    game_user: str
    model: str = MODEL

    @classmethod
    def make(cls, rng: random.Random) -> Phone33:
        return cls(
            gaid=new_uuid(rng),
            aid_hu=new_hex(rng, 16),
            aid_ro=new_hex(rng, 16),
            aid_fi=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_eid=new_hex(rng, 16),
            aid_food=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            aid_baby=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            cam_mac=_mac(rng, "64:90:C1").lower(),
            tv_mac=_mac(rng, "A4:50:46"),
            cam_serial="VV" + new_digits(rng, 4, "23") + new_hex(rng, 8).upper(),
            tv_serial="KL" + new_digits(rng, 11),
            email=f"eszter.virtanen{rng.randint(10, 99)}@postilaatikko-example.fi",
            bank_fid="c" + new_hex(rng, 21),
            ro_ga_cid=f"{rng.randint(10**8, 10**9 - 1)}.{rng.randint(1726000000, 1730000000)}",
            fi_install=new_uuid(rng),
            tv_uuid=new_uuid(rng).upper(),
            hu_user="mz" + new_digits(rng, 9),
            ro_user=new_digits(rng, 8, "7"),
            fi_user="k_" + new_hex(rng, 12),
            bank_user="DB" + new_digits(rng, 10),
            eid_case=new_uuid(rng),
            courier="C-" + new_digits(rng, 6),
            tv_user=new_hex(rng, 20),
            baby_user="fam" + new_digits(rng, 7),
            game_user=new_hex(rng, 16).upper(),
        )


class FB(LabelledBuilder):
    """Phone33's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; {MODEL} Build/UKQ1.230804.001)"


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "MODEL", "Phone33", "floats", "iso", "ms", "points", "rf"]
__all__ += ["rid", "ua"]
