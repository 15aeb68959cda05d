"""The set-266 device and the flow builder that labels every identifier it inserts.

One cross-border commuter (lives in Trier, works in Luxembourg-Kirchberg) with a
Pixel 8: the national broadcaster's catch-up app (AppsFlyer, Firebase, Conviva),
the bank app (device binding, Onfido selfie face match), the football club's shop
(Adjust), the cinema chain's app (Meta SDK), and many apps whose traffic only
looks sensitive: the bank branch's queue kiosks and signage, the coworking
space's room panels and printers, a car-sharing fleet, the hospital's patient
terminals, the supermarket, a news site, the music school. A hotel room TV in
Remich shows up on the same network one evening.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
Identifiers of equipment that institutions own (kiosks, screens, printers, cars'
telematics units, hospital terminals, the hotel's TVs) are not attributes here:
they are no device identifier of the person.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.flowmodel import Context
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_kuck": "android_id",
    "aid_bank": "android_id",
    "aid_club": "android_id",
    "aid_kino": "android_id",
}
NOT_DEVICE = frozenset({"kuck_user", "bank_user", "club_user", "kino_member", "onfido_applicant"})


@dataclass(frozen=True, slots=True)
class Commuter266(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_kuck: str
    aid_bank: str
    aid_club: str
    aid_kino: str
    # ids SDKs and apps make up (device_id, not in known.yaml)
    kuck_af_uid: str
    kuck_fid: str
    kuck_conviva_clid: str
    bank_device_key: str
    club_adjust_adid: str
    club_android_uuid: str
    kino_fb_anon: str
    # accounts (never labelled)
    kuck_user: str
    bank_user: str
    club_user: str
    kino_member: str
    onfido_applicant: str

    @classmethod
    def make(cls, rng: random.Random) -> Commuter266:
        return cls(
            gaid=new_uuid(rng),
            aid_kuck=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_club=new_hex(rng, 16),
            aid_kino=new_hex(rng, 16),
            kuck_af_uid=f"17402{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            kuck_fid="f" + new_hex(rng, 21),
            kuck_conviva_clid=".".join(new_digits(rng, 10) for _ in range(4)),
            bank_device_key=new_uuid(rng).upper(),
            club_adjust_adid=new_hex(rng, 32),
            club_android_uuid=new_uuid(rng),
            kino_fb_anon="XZ" + new_uuid(rng),
            kuck_user="kp-" + new_digits(rng, 9),
            bank_user="LU" + new_digits(rng, 8),
            club_user=new_digits(rng, 7, "4"),
            kino_member="KS" + new_digits(rng, 10),
            onfido_applicant=new_uuid(rng),
        )


class B(LabelledBuilder):
    """Commuter266's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


UA_DEV = "Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} ({UA_DEV})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 ({UA_DEV})"


def mk(c: Context, sdk: str, method: str, url: str, agent: str = "okhttp/4.12.0") -> B:
    b = B(c, sdk, method, url)
    b.header("user-agent", agent)
    return b


def fmac(rng: random.Random, oui: str) -> str:
    """A MAC of some institution's equipment (never the person's)."""
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


rid = req_id

__all__ = [
    "KNOWN_ATTRS",
    "B",
    "Commuter266",
    "dalvik",
    "floats",
    "fmac",
    "iso",
    "mk",
    "ms",
    "rf",
    "rid",
    "ua",
]
