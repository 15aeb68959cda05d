"""The set-287 devices and the flow builder that labels every identifier it inserts.

Two phones:

* Ghjuvanni (Bastia, Corsica): Pixel 8 with the Fighjà+ streaming app, the
  Tirrenu ferry company's app and the Sporting Furianincu fan app;
* Xuana (Xixón, Asturies): Galaxy A55 with the Caxa Asturiana bank app, the
  Camín hiking app and the Llagar Cabritu cider-house shop app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per
app. Fighjà+ shows its own install id in its settings screen (known.yaml
`install_id`). The ferry's cabin screens, the cider house's kiosk and the
stadium's turnstiles are the institutions' own equipment: their serials are no
attribute here and never a device identifier.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid_gh": "advertising_id",
    "gaid_xu": "advertising_id",
    "aid_fighja": "android_id",
    "aid_vapori": "android_id",
    "aid_club": "android_id",
    "aid_banca": "android_id",
    "aid_camin": "android_id",
    "aid_llagar": "android_id",
    "fighja_install": "install_id",
}
NOT_DEVICE = frozenset(
    {"fighja_user", "vapori_user", "club_user", "banca_user", "camin_user", "llagar_user"}
)


@dataclass(frozen=True, slots=True)
class Phones287(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_gh: str
    gaid_xu: str
    aid_fighja: str
    aid_vapori: str
    aid_club: str
    aid_banca: str
    aid_camin: str
    aid_llagar: str
    fighja_install: str
    # install-scoped ids that SDKs make up (device_id, not in known.yaml)
    fighja_fid: str
    fighja_adjust_uuid: str
    fighja_adid: str
    fighja_piano_id: str
    vapori_adjust_uuid: str
    camin_fid: str
    llagar_braze_id: str
    club_braze_id: str
    # account ids (not device identifiers; never labelled as such)
    fighja_user: str
    vapori_user: str
    club_user: str
    banca_user: str
    camin_user: str
    llagar_user: str

    @classmethod
    def make(cls, rng: random.Random) -> Phones287:
        return cls(
            gaid_gh=new_uuid(rng),
            gaid_xu=new_uuid(rng),
            aid_fighja=new_hex(rng, 16),
            aid_vapori=new_hex(rng, 16),
            aid_club=new_hex(rng, 16),
            aid_banca=new_hex(rng, 16),
            aid_camin=new_hex(rng, 16),
            aid_llagar=new_hex(rng, 16),
            fighja_install="FJ-" + new_hex(rng, 12).upper(),
            fighja_fid="d" + new_hex(rng, 21),
            fighja_adjust_uuid=new_uuid(rng),
            fighja_adid=new_hex(rng, 32),
            fighja_piano_id=new_uuid(rng),
            vapori_adjust_uuid=new_uuid(rng),
            camin_fid="f" + new_hex(rng, 21),
            llagar_braze_id=new_uuid(rng),
            club_braze_id=new_uuid(rng),
            fighja_user="u" + new_digits(rng, 9),
            vapori_user="TIR" + new_digits(rng, 8),
            club_user="sf_" + new_hex(rng, 10),
            banca_user=new_digits(rng, 8, "4") + "X",
            camin_user=new_digits(rng, 7, "2"),
            llagar_user="cl" + new_digits(rng, 6),
        )


class FB(LabelledBuilder):
    """Phones287's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "gh": ("14", "Pixel 8", "AP2A.240905.003"),
    "xu": ("14", "SM-A556B", "UP1A.231005.007"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik(who: str) -> str:
    osv, model, build = PHONES[who]
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "PHONES",
    "Phones287",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
