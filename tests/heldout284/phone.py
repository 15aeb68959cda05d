"""The set-284 devices and the flow builder that labels every identifier it inserts.

One phone (a Pixel 8, Android 14, in Tolosa / Udine) runs the apps of the set:
a regional radio's podcast player, a village festival app, a ski resort app, a
wine cooperative's shop, a language school, a streaming app and a dating app.
The museum's tablets and the ski resort's webcams and gate scanners are the
institutions' own equipment: their serials and MACs are made per flow and are
no device identifier of a person. Since Android 8 every app sees its own
ANDROID_ID, so known.yaml lists one per app that sends it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_vin": "android_id",
    "aid_tele": "android_id",
    "aid_amor": "android_id",
    "tele_install": "install_id",
}
NOT_DEVICE = frozenset({"tele_user", "amor_user", "vin_client", "radio_user"})


@dataclass(frozen=True, slots=True)
class Phone284(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_vin: str
    aid_tele: str
    aid_amor: str
    tele_install: str
    # install-scoped ids SDKs make up (device_id, not in known.yaml)
    vin_adjust_adid: str
    vin_adjust_uuid: str
    tele_fid: str
    radio_idclient: str
    escola_didomi: str
    amor_fid: str
    # accounts (not device identifiers)
    tele_user: str
    amor_user: str
    vin_client: str
    radio_user: str

    @classmethod
    def make(cls, rng: random.Random) -> Phone284:
        return cls(
            gaid=new_uuid(rng),
            aid_vin=new_hex(rng, 16),
            aid_tele=new_hex(rng, 16),
            aid_amor=new_hex(rng, 16),
            tele_install="ins-" + new_digits(rng, 16, "4"),
            vin_adjust_adid=new_hex(rng, 32),
            vin_adjust_uuid=new_uuid(rng),
            tele_fid="f" + new_hex(rng, 21),
            radio_idclient=new_uuid(rng),
            escola_didomi=new_uuid(rng),
            amor_fid="d" + new_hex(rng, 21),
            tele_user="u" + new_digits(rng, 9),
            amor_user="am_" + new_hex(rng, 12),
            vin_client="CL" + new_digits(rng, 7),
            radio_user=new_digits(rng, 8, "5"),
        )


class FB(LabelledBuilder):
    """Phone284's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


MODEL = ("14", "Pixel 8", "AP2A.240905.003")


def ua(app: str, ver: str) -> str:
    osv, model, build = MODEL
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik() -> str:
    osv, model, build = MODEL
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone284", "dalvik", "floats", "iso", "ms", "rf", "rid", "ua"]
