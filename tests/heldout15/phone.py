"""The set-15 phone and the flow builder that labels every identifier it inserts.

A Redmi A3 (Android 14 Go edition, dual SIM) runs eight apps: an Indian OTT app,
an instant-loan app with selfie KYC and Aadhaar face authentication, a regional
short-video app, a UPI payments app with device binding, a matrimony app with
photo verification, a devotional music app, a bike-taxi app with rider selfie
checks and a casual game with Unity / AppLovin / InMobi ads. Every app sees its
own ANDROID_ID (Android 8+), so known.yaml lists eight. Both IMEIs and both SIM
serials (ICCIDs) are listed: the UPI and loan apps' older SDKs still read them
(with READ_PHONE_STATE granted on the binding screen) and send them hashed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_ott": "android_id",
    "aid_loan": "android_id",
    "aid_shorts": "android_id",
    "aid_upi": "android_id",
    "aid_matri": "android_id",
    "aid_bhakti": "android_id",
    "aid_ride": "android_id",
    "aid_game": "android_id",
    "imei1": "imei",
    "imei2": "imei",
    "iccid1": "serial",
    "iccid2": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "ott_user",
        "loan_user",
        "shorts_user",
        "upi_vpa",
        "matri_profile",
        "bhakti_user",
        "ride_user",
        "game_player",
    }
)


@dataclass(frozen=True, slots=True)
class Phone15(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_ott: str
    aid_loan: str
    aid_shorts: str
    aid_upi: str
    aid_matri: str
    aid_bhakti: str
    aid_ride: str
    aid_game: str
    imei1: str
    imei2: str
    iccid1: str
    iccid2: str
    email: str
    # install-scoped ids that apps and SDKs make up (device_id, not in known.yaml)
    ott_device: str
    conviva_clid: str
    loan_fp: str
    loan_af_uid: str
    shorts_did: str
    upi_binding: str
    matri_install: str
    bhakti_instance: str
    ride_install: str
    unity_idfi: str
    # account ids (not device identifiers; never labelled as such)
    ott_user: str
    loan_user: str
    shorts_user: str
    upi_vpa: str
    matri_profile: str
    bhakti_user: str
    ride_user: str
    game_player: str
    model: str = "23129RN51X"

    @classmethod
    def make(cls, rng: random.Random) -> Phone15:
        return cls(
            gaid=new_uuid(rng),
            aid_ott=new_hex(rng, 16),
            aid_loan=new_hex(rng, 16),
            aid_shorts=new_hex(rng, 16),
            aid_upi=new_hex(rng, 16),
            aid_matri=new_hex(rng, 16),
            aid_bhakti=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            imei1=luhn_complete(new_digits(rng, 14, "86")),
            imei2=luhn_complete(new_digits(rng, 14, "86")),
            iccid1="899186" + new_digits(rng, 13),
            iccid2="899110" + new_digits(rng, 13),
            email=f"priya.venkatesh{rng.randint(10, 99)}@mail-example.in",
            ott_device=new_uuid(rng),
            conviva_clid=".".join(new_digits(rng, 10, "1") for _ in range(4)),
            loan_fp=new_hex(rng, 64),
            loan_af_uid=f"17311{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            shorts_did=new_digits(rng, 18, "6"),
            upi_binding=new_hex(rng, 40).upper(),
            matri_install=new_uuid(rng),
            bhakti_instance=new_hex(rng, 32),
            ride_install=new_uuid(rng),
            unity_idfi=new_uuid(rng),
            ott_user="hs" + new_hex(rng, 30),
            loan_user="CUST" + new_digits(rng, 9),
            shorts_user=new_digits(rng, 12, "3"),
            upi_vpa=f"priyav{rng.randint(100, 999)}@okaxis",
            matri_profile="T" + new_digits(rng, 7),
            bhakti_user=new_digits(rng, 9, "5"),
            ride_user="CUS" + new_hex(rng, 12).upper(),
            game_player=new_hex(rng, 24),
        )


class FB(LabelledBuilder):
    """Phone15's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; 23129RN51X Build/UP1A.231005.007)"


def dalvik() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 14; 23129RN51X Build/UP1A.231005.007)"


def points(rng: random.Random, n: int, w: int = 480, h: int = 640) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.35, h * 0.6)
    return [[round(cx + rng.gauss(0, 45), 1), round(cy + rng.gauss(0, 60), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone15",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
