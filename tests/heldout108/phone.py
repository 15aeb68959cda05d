"""The set-108 devices and the flow builder that labels every identifier it inserts.

Nikos, a football referee and PE teacher in Thessaloniki, carries a Galaxy A54
(Android 14, Greek locale). His own devices are the phone, an LG webOS TV at
home (Wi-Fi MAC, the TV's own device id) and a running watch (BLE MAC, serial).
Everything else his apps handle with a serial or a MAC belongs to the club, the
school, the federation or the stadium: those values are made per flow, never
stored here, and are labelled as decoys where they appear. Since Android 8
every app sees its own ANDROID_ID, so known.yaml lists one per app that sends it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_ref": "android_id",
    "aid_bank": "android_id",
    "aid_score": "android_id",
    "aid_tv": "android_id",
    "aid_watch": "android_id",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "watch_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "ref_licence",
        "bank_customer",
        "score_user",
        "tv_account",
        "music_user",
        "watch_user",
        "teacher_code",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone108(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_ref: str
    aid_bank: str
    aid_score: str
    aid_tv: str
    aid_watch: str
    tv_mac: str
    watch_mac: str
    watch_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    score_af_uid: str
    score_app_instance: str
    bank_binding: str
    tv_device_id: str
    music_install: str
    # account ids (not device identifiers; never labelled as such)
    ref_licence: str
    bank_customer: str
    score_user: str
    tv_account: str
    music_user: str
    watch_user: str
    teacher_code: str
    model: str = "SM-A546B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone108:
        return cls(
            gaid=new_uuid(rng),
            aid_ref=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_score=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            aid_watch=new_hex(rng, 16),
            tv_mac=_mac(rng, "A8:23:FE").lower(),
            watch_mac=_mac(rng, "D4:36:39"),
            watch_serial="3" + new_digits(rng, 9),
            email=f"n.papadopoulos{rng.randint(10, 99)}@mail-example.gr",
            score_af_uid=f"17301{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            score_app_instance=new_hex(rng, 32),
            bank_binding="DB-" + new_hex(rng, 24).upper(),
            tv_device_id=new_uuid(rng).upper(),
            music_install=new_hex(rng, 20),
            ref_licence="EPO-" + new_digits(rng, 6),
            bank_customer=new_digits(rng, 10, "7"),
            score_user="u" + new_digits(rng, 9),
            tv_account="lg-" + new_hex(rng, 12),
            music_user="nikos_" + new_digits(rng, 4),
            watch_user=new_uuid(rng),
            teacher_code="ΕΚΠ" + new_digits(rng, 6),
        )


class FB(LabelledBuilder):
    """Phone108's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; el_GR; SM-A546B Build/UP1A.231005.007)"


def other_serial(rng: random.Random, prefix: str, n: int = 8) -> str:
    """A serial of equipment that is not his (club, school, stadium): made per flow."""
    return prefix + new_digits(rng, n)


def other_mac(rng: random.Random, oui: str) -> str:
    return _mac(rng, oui)


def pitch_xy(rng: random.Random) -> list[float]:
    """A point on a 105 x 68 m pitch (tracking data, not a face)."""
    return [round(rng.uniform(0, 105), 2), round(rng.uniform(0, 68), 2)]


rid = req_id
PLAYERS = [
    "Γιώργος Αθανασίου",
    "Δημήτρης Κούκος",
    "Σταύρος Μαυρίδης",
    "Kostas Iliadis",
    "Andreas Tzimas",
    "Λευτέρης Ζαφειρίου",
    "Marko Petrović",
    "Ilias Chatzis",
]
CLUBS = [
    "Άρης Νέων",
    "ΠΑΟΚ Κ17",
    "Ηρακλής Ακαδημία",
    "Απόλλων Καλαμαριάς",
    "Θέρμαϊκός",
    "Αγροτικός Αστέρας",
]

__all__ = [
    "CLUBS",
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "PLAYERS",
    "Phone108",
    "floats",
    "iso",
    "ms",
    "other_mac",
    "other_serial",
    "pitch_xy",
    "rf",
    "rid",
    "ua",
]
