"""The set-278 devices and the flow builder that labels every identifier it inserts.

Two phones of one Uyghur diaspora family, and equipment that is not theirs:

* almaty: a Samsung Galaxy A34 in Almaty (the video player, the marketplace,
  the community radio player);
* istanbul: a Redmi Note 13 in Istanbul (the dating app, the language-learning
  app, the muqam archive);
* a restaurant chain's self-order kiosks and menu screens, and a cinema's lobby
  displays: the venues' own equipment, whose serials and MACs are no person's
  device identifiers (hard-coded inventory, never a device attribute).

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid_almaty": "advertising_id",
    "gaid_istanbul": "advertising_id",
    "aid_yultuz": "android_id",
    "aid_bazar": "android_id",
    "aid_tonush": "android_id",
    "aid_tilchi": "android_id",
}
NOT_DEVICE = frozenset({"yultuz_user", "bazar_user", "tonush_user", "tilchi_user"})


@dataclass(frozen=True, slots=True)
class Family278(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_almaty: str
    gaid_istanbul: str
    aid_yultuz: str
    aid_bazar: str
    aid_tonush: str
    aid_tilchi: str
    # install-scoped ids the SDKs and apps make up (device_id, not in known.yaml)
    yultuz_fb_anon: str
    yultuz_fid: str
    bazar_adjust_uuid: str
    bazar_adid: str
    tonush_af_uid: str
    tonush_fb_anon: str
    tonush_install: str
    tilchi_fid: str
    tilchi_app_instance: str
    # accounts (not device identifiers; never labelled as such)
    yultuz_user: str
    bazar_user: str
    tonush_user: str
    tilchi_user: str

    @classmethod
    def make(cls, rng: random.Random) -> Family278:
        return cls(
            gaid_almaty=new_uuid(rng),
            gaid_istanbul=new_uuid(rng),
            aid_yultuz=new_hex(rng, 16),
            aid_bazar=new_hex(rng, 16),
            aid_tonush=new_hex(rng, 16),
            aid_tilchi=new_hex(rng, 16),
            yultuz_fb_anon="XZ" + new_uuid(rng),
            yultuz_fid="f" + new_hex(rng, 21),
            bazar_adjust_uuid=new_uuid(rng),
            bazar_adid=new_hex(rng, 32),
            tonush_af_uid=f"17352{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            tonush_fb_anon="XZ" + new_uuid(rng),
            tonush_install=new_uuid(rng).upper(),
            tilchi_fid="d" + new_hex(rng, 21),
            tilchi_app_instance=new_hex(rng, 32),
            yultuz_user="yk" + new_digits(rng, 8),
            bazar_user=new_digits(rng, 9, "5"),
            tonush_user="t_" + new_hex(rng, 10),
            tilchi_user=new_digits(rng, 7, "8"),
        )


class FB(LabelledBuilder):
    """Family278's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "almaty": ("14", "SM-A346E", "UP1A.231005.007"),
    "istanbul": ("14", "23124RA7EO", "UKQ1.231003.002"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik(who: str) -> str:
    osv, model, build = PHONES[who]
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Family278", "dalvik", "floats", "iso", "ms", "rf", "rid", "ua"]
