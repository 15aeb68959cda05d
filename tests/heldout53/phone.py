"""The set-53 device: a nurse's iPhone 15 (iOS 17.5) and the gadgets its apps talk to.

iOS gives every app vendor its own IDFV, and the IDFA only when App Tracking
Transparency allows it (the dating app and the games got "allow"; the others
send zeros or nothing). Besides the phone there are the nurse's sports watch
(BLE MAC, serial) and two home cameras (serials), which the apps mention by
their hardware ids in a few requests only; public parcel lockers also have
serials, but those identify a street locker, not anything of hers, so they
are no attribute here (decoys).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "idfa": "advertising_id",
    "idfv_rota": "idfv",
    "idfv_taal": "idfv",
    "idfv_date": "idfv",
    "idfv_beurs": "idfv",
    "idfv_reels": "idfv",
    "idfv_cam": "idfv",
    "idfv_game": "idfv",
    "idfv_kijk": "idfv",
    "watch_mac": "mac",
    "watch_serial": "serial",
    "cam1_serial": "serial",
    "cam2_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "rota_user", "date_user", "beurs_user", "kijk_user", "cam_home"}
)
ZERO_IDFA = "00000000-0000-0000-0000-000000000000"


@dataclass(frozen=True, slots=True)
class Phone53(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_rota: str
    idfv_taal: str
    idfv_date: str
    idfv_beurs: str
    idfv_reels: str
    idfv_cam: str
    idfv_game: str
    idfv_kijk: str
    watch_mac: str
    watch_serial: str
    cam1_serial: str
    cam2_serial: str
    email: str
    # ids SDKs and backends make up per install (device_id, not in known.yaml)
    adjust_adid: str
    branch_id: str
    snow_session_user: str
    reels_did: str
    game_idfi: str
    # accounts (never labelled as device ids)
    rota_user: str
    date_user: str
    beurs_user: str
    kijk_user: str
    cam_home: str
    model: str = "iPhone15,4"

    @classmethod
    def make(cls, rng: random.Random) -> Phone53:
        up = lambda: new_uuid(rng).upper()  # noqa: E731  # iOS prints UUIDs upper-case
        return cls(
            idfa=up(),
            idfv_rota=up(),
            idfv_taal=up(),
            idfv_date=up(),
            idfv_beurs=up(),
            idfv_reels=up(),
            idfv_cam=up(),
            idfv_game=up(),
            idfv_kijk=up(),
            watch_mac="E0:E2:E6:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            watch_serial=new_digits(rng, 4, "5") + "A" + new_hex(rng, 6).upper(),
            cam1_serial="T8410P" + new_hex(rng, 10).upper(),
            cam2_serial="T8410P" + new_hex(rng, 10).upper(),
            email=f"sanne.devries{rng.randint(10, 99)}@mailbox-example.nl",
            adjust_adid=new_hex(rng, 32),
            branch_id=new_digits(rng, 18, "1"),
            snow_session_user=new_uuid(rng),
            reels_did=new_digits(rng, 19, "73"),
            game_idfi=new_uuid(rng),
            rota_user="MW" + new_digits(rng, 6),
            date_user="u_" + new_hex(rng, 20),
            beurs_user=new_digits(rng, 9, "3"),
            kijk_user=new_uuid(rng),
            cam_home="home_" + new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    """Phone53's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str, build: str = "1") -> str:
    """A URLSession / Alamofire style User-Agent of the iPhone 15."""
    return f"{app}/{ver} ({build}; iOS 17.5.1; iPhone15,4) CFNetwork/1496.0.7 Darwin/23.5.0"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "ZERO_IDFA",
    "Phone53",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
