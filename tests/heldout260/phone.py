"""The set-260 devices and the flow builder that labels every identifier it inserts.

One whānau in Aotearoa New Zealand:

* Aroha (Ōtautahi / Christchurch): Samsung Galaxy A55 with the Mātaki+ catch-up
  app (Māori-language TV), the marae app, the surf-cam site, the print shop,
  the language app and the council apps;
* Rāwiri (Te Whanganui-a-Tara / Wellington): Pixel 8a with the bank app
  (Pēke Kiwi) and the rugby club's ticketing;
* the lounge: an Android TV box running Mātaki+ (Ethernet MAC, serial).

The museum's kiosks and gallery screens, the school's class tablets, the
library's lending tablets and the council's parking meters appear in the traffic
with serials and MACs: they are the institutions' own equipment, not device
identifiers of a person's device, and are no attribute here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_aroha": "advertising_id",
    "gaid_rawiri": "advertising_id",
    "aid_mataki": "android_id",
    "aid_marae": "android_id",
    "aid_peke": "android_id",
    "aid_tvbox": "android_id",
    "tvbox_mac": "mac",
    "tvbox_serial": "serial",
}
NOT_DEVICE = frozenset(
    {"mataki_user", "peke_customer", "marae_member", "reo_user", "club_member", "library_card"}
)


@dataclass(frozen=True, slots=True)
class Whanau260(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_aroha: str
    gaid_rawiri: str
    aid_mataki: str
    aid_marae: str
    aid_peke: str
    aid_tvbox: str
    tvbox_mac: str
    tvbox_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    mataki_af_uid: str
    mataki_fb_anon: str
    mataki_fid: str
    mataki_app_instance: str
    mataki_install: str
    peke_adjust_adid: str
    peke_device_key: str
    conviva_clid: str
    # account ids (not device identifiers; never labelled as such)
    mataki_user: str
    peke_customer: str
    marae_member: str
    reo_user: str
    club_member: str
    library_card: str

    @classmethod
    def make(cls, rng: random.Random) -> Whanau260:
        return cls(
            gaid_aroha=new_uuid(rng),
            gaid_rawiri=new_uuid(rng),
            aid_mataki=new_hex(rng, 16),
            aid_marae=new_hex(rng, 16),
            aid_peke=new_hex(rng, 16),
            aid_tvbox=new_hex(rng, 16),
            tvbox_mac="48:B0:2D:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            tvbox_serial="G" + new_digits(rng, 3) + "M" + new_hex(rng, 9).upper(),
            mataki_af_uid=f"17331{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            mataki_fb_anon="XZ" + new_uuid(rng),
            mataki_fid="f" + new_hex(rng, 21),
            mataki_app_instance=new_hex(rng, 32),
            mataki_install=new_uuid(rng),
            peke_adjust_adid=new_hex(rng, 32),
            peke_device_key=new_uuid(rng).upper(),
            conviva_clid=".".join(new_digits(rng, 10) for _ in range(4)),
            mataki_user="mk" + new_digits(rng, 8),
            peke_customer=new_digits(rng, 9, "4"),
            marae_member="NT-" + new_digits(rng, 6),
            reo_user="ako_" + new_hex(rng, 10),
            club_member="PRC" + new_digits(rng, 5),
            library_card="2100" + new_digits(rng, 10),
        )


class WB(LabelledBuilder):
    """Whanau260's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "aroha": ("14", "SM-A556B", "UP1A.231005.007"),
    "rawiri": ("15", "Pixel 8a", "AP4A.250105.002"),
    "tvbox": ("12", "SEI610", "STT1.230406.001"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik(who: str) -> str:
    osv, model, build = PHONES[who]
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


def chrome(who: str) -> str:
    osv, model, _ = PHONES[who]
    return (
        f"Mozilla/5.0 (Linux; Android {osv}; {model}) AppleWebKit/537.36 "
        "(KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"
    )


rid = req_id

__all__ = [
    "KNOWN_ATTRS",
    "PHONES",
    "WB",
    "Whanau260",
    "chrome",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
