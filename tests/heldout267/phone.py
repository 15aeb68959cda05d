"""The set-267 devices and the flow builder that labels every identifier it inserts.

One family spread over the Faroe Islands and Greenland:

* pápi (father, Tórshavn): Samsung Galaxy S24 with the Grunnur banki app and
  the Faroese broadcaster's Sjón & Rás app; the living room holds a smart TV
  with automatic content recognition (ACR);
* mamma (mother, Klaksvík): Pixel 8 with the Danish streaming app Strøm+; the
  children's Lenovo tablet runs the Søgubrunnur audiobook app;
* Aviaaja (daughter, Nuuk): Xiaomi 13T with the Greenlandic broadcaster's
  catch-up app Takusassat;
* the father's brother skippers the trawler "Norðborg": its crew cabins have a
  satellite-internet TV box each, supplied and inventoried by the shipowner.
  The boxes are the shipowner's equipment (not a person's device: their
  serials and MACs are not device_id and not in known.yaml); what one cabin
  watches is still that cabin's viewing history.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_papi": "advertising_id",
    "gaid_mamma": "advertising_id",
    "gaid_aviaaja": "advertising_id",
    "gaid_tablet": "advertising_id",
    "aid_sjon": "android_id",
    "aid_banki": "android_id",
    "aid_strom": "android_id",
    "aid_takus": "android_id",
    "aid_sogu": "android_id",
    "tv_mac": "mac",
    "tv_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "banki_user",
        "sjon_user",
        "strom_user",
        "takus_user",
        "sogu_user",
        "tv_account",
        "ship_box_serial",
        "ship_box_mac",
        "ship_vessel",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family267(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_papi: str
    gaid_mamma: str
    gaid_aviaaja: str
    gaid_tablet: str
    aid_sjon: str
    aid_banki: str
    aid_strom: str
    aid_takus: str
    aid_sogu: str
    tv_mac: str
    tv_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    sjon_install: str
    banki_device_key: str
    strom_ecid: str
    strom_braze: str
    takus_fid: str
    takus_app_instance: str
    sogu_af_uid: str
    tv_psid: str
    # account ids, tokens and the shipowner's equipment (never labelled device_id)
    banki_user: str
    sjon_user: str
    strom_user: str
    takus_user: str
    sogu_user: str
    tv_account: str
    ship_box_serial: str
    ship_box_mac: str
    ship_vessel: str

    @classmethod
    def make(cls, rng: random.Random) -> Family267:
        return cls(
            gaid_papi=new_uuid(rng),
            gaid_mamma=new_uuid(rng),
            gaid_aviaaja=new_uuid(rng),
            gaid_tablet=new_uuid(rng),
            aid_sjon=new_hex(rng, 16),
            aid_banki=new_hex(rng, 16),
            aid_strom=new_hex(rng, 16),
            aid_takus=new_hex(rng, 16),
            aid_sogu=new_hex(rng, 16),
            tv_mac=_mac(rng, "5C:C1:D7"),
            tv_serial="NV" + new_digits(rng, 3) + "F" + new_hex(rng, 7).upper(),
            sjon_install=new_uuid(rng),
            banki_device_key=new_hex(rng, 40),
            strom_ecid=new_digits(rng, 38, "6"),
            strom_braze=new_uuid(rng),
            takus_fid="c" + new_hex(rng, 21),
            takus_app_instance=new_hex(rng, 32),
            sogu_af_uid=f"17378{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            tv_psid=new_uuid(rng).replace("-", ""),
            banki_user="GB" + new_digits(rng, 8),
            sjon_user="fo" + new_digits(rng, 8),
            strom_user="dk-" + new_hex(rng, 12),
            takus_user=new_digits(rng, 7, "3"),
            sogu_user="b" + new_digits(rng, 6),
            tv_account="nv-" + new_hex(rng, 14),
            ship_box_serial="SAT" + new_digits(rng, 8),
            ship_box_mac=_mac(rng, "00:1E:42"),
            ship_vessel="KG " + str(rng.randint(100, 999)),
        )


class FB(LabelledBuilder):
    """Family267's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "papi": ("14", "SM-S921B", "UP1A.231005.007"),
    "mamma": ("14", "Pixel 8", "AP2A.240905.003"),
    "aviaaja": ("14", "2306EPN60G", "UKQ1.230804.001"),
    "tablet": ("13", "TB-X606F", "TP1A.220624.014"),
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
    "Family267",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
