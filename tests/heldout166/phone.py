"""The set-166 devices and the flow builder that labels every identifier it inserts.

The tester is a car saleswoman at a Munich dealership. Her own Galaxy S23
(Android 14) runs the dealer-management app and three personal apps (a music
app, a streaming app, her bank); her Galaxy Buds are hers too. Everything else
the session touches (demo cars, their modems and head units, the workshop's
diagnostic testers, the showroom screens, customers' trade-in phones) belongs
to the dealership or to other people: those values are made per flow and never
live on this object, so they cannot be labelled as the tester's devices.
Since Android 8 every app sees its own ANDROID_ID.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_dms": "android_id",
    "aid_klang": "android_id",
    "aid_flimmer": "android_id",
    "aid_bank": "android_id",
    "buds_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "dms_user", "dms_push", "klang_user", "flimmer_profile", "bank_contract"}
)


@dataclass(frozen=True, slots=True)
class Phone166(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_dms: str
    aid_klang: str
    aid_flimmer: str
    aid_bank: str
    buds_mac: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    dms_install: str
    klang_af_uid: str
    klang_fid: str
    flimmer_device: str
    bank_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    dms_user: str
    dms_push: str
    klang_user: str
    flimmer_profile: str
    bank_contract: str
    model: str = "SM-S911B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone166:
        return cls(
            gaid=new_uuid(rng),
            aid_dms=new_hex(rng, 16),
            aid_klang=new_hex(rng, 16),
            aid_flimmer=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            buds_mac="B4:9D:02:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            email=f"s.hofbauer{rng.randint(10, 99)}@autohaus-berger.example",
            dms_install=new_uuid(rng),
            klang_af_uid=f"1733{new_digits(rng, 9)}-{new_digits(rng, 19)}",
            klang_fid="c" + new_hex(rng, 21),
            flimmer_device=new_uuid(rng).upper(),
            bank_install=new_hex(rng, 32),
            dms_user="VK" + new_digits(rng, 5),
            dms_push="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
            klang_user="kr_" + new_hex(rng, 12),
            flimmer_profile="p" + new_digits(rng, 9),
            bank_contract="DE" + new_digits(rng, 20),
        )


class FB(LabelledBuilder):
    """Phone166's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)"


def vin(rng: random.Random, wmi: str = "WBA") -> str:
    """A 17-character VIN of some car: the dealership's or a customer's, never the tester's."""
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return (
        wmi
        + "".join(rng.choice(alphabet) for _ in range(6))
        + "".join(rng.choice(alphabet) for _ in range(8))
    )


def other_imei(rng: random.Random) -> str:
    """An IMEI of a device that is not the tester's (a demo car's modem, a customer's phone)."""
    return luhn_complete(new_digits(rng, 14, rng.choice(["35", "86", "01"])))


def other_mac(rng: random.Random) -> str:
    return ":".join(new_hex(rng, 2).upper() for _ in range(6))


def plate(rng: random.Random) -> str:
    letters = "ABCDEFGHKLMNPRSTUVWXZ"
    city = rng.choice(["M", "S", "LB", "ES", "FS", "DAH"])
    return f"{city}-{rng.choice(letters)}{rng.choice(letters)} {rng.randint(100, 9999)}"


def track(rng: random.Random, n: int) -> list[dict[str, float]]:
    lat, lon = rf(rng, 48.08, 48.2, 5), rf(rng, 11.45, 11.65, 5)
    out = []
    for i in range(n):
        lat += rng.uniform(-0.0006, 0.0009)
        lon += rng.uniform(-0.0004, 0.0012)
        out.append({"lat": round(lat, 6), "lon": round(lon, 6), "v": rng.randint(0, 110), "i": i})
    return out


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone166",
    "floats",
    "iso",
    "ms",
    "other_imei",
    "other_mac",
    "plate",
    "rf",
    "rid",
    "track",
    "ua",
    "vin",
]
