"""The set-154 devices and the flow builder that labels every identifier it inserts.

The producer's own Pixel 8 (Android 14) runs the station's producer app, a podcast
player, a radio tuner app, a scrobbler and the companion of the producer's own
earbuds (their BLE MAC and serial). Every app sees its own ANDROID_ID. The station's
equipment (consoles, codecs, Dante microphones, field recorders) belongs to the
station, not to the tester: its serials and MACs live in `studio.py`, not here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_station": "android_id",
    "aid_pods": "android_id",
    "aid_tuner": "android_id",
    "aid_scrob": "android_id",
    "aid_buds": "android_id",
    "buds_mac": "mac",
    "buds_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "station_user", "pods_user", "tuner_user", "lastfm_session", "buds_user"}
)


@dataclass(frozen=True, slots=True)
class Phone154(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_station: str
    aid_pods: str
    aid_tuner: str
    aid_scrob: str
    aid_buds: str
    buds_mac: str
    buds_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    pods_af_uid: str
    tuner_app_instance: str
    pods_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    station_user: str
    pods_user: str
    tuner_user: str
    lastfm_session: str
    buds_user: str
    model: str = "Pixel 8"

    @classmethod
    def make(cls, rng: random.Random) -> Phone154:
        return cls(
            gaid=new_uuid(rng),
            aid_station=new_hex(rng, 16),
            aid_pods=new_hex(rng, 16),
            aid_tuner=new_hex(rng, 16),
            aid_scrob=new_hex(rng, 16),
            aid_buds=new_hex(rng, 16),
            buds_mac="2C:FD:B4:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            buds_serial="EB4" + new_hex(rng, 10).upper(),
            email=f"aoife.brennan{rng.randint(10, 99)}@postbox-example.ie",
            pods_af_uid=f"17336{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            tuner_app_instance="d" + new_hex(rng, 21),
            pods_install=new_uuid(rng),
            station_user="lsfm-" + new_digits(rng, 5),
            pods_user="u_" + new_hex(rng, 12),
            tuner_user=new_digits(rng, 9, "5"),
            lastfm_session=new_hex(rng, 32),
            buds_user="acc" + new_digits(rng, 8),
        )


class FB(LabelledBuilder):
    """Phone154's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"


rid = req_id

__all__ = ["CONTACT_KINDS", "FB", "KNOWN_ATTRS", "Phone154", "iso", "ms", "rf", "rid", "ua"]
