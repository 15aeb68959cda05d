"""The set-269 devices and the flow builder that labels every identifier it inserts.

Two phones in Finistère:

* Gwenaëlle (Kemper / Quimper): Pixel 8 with the Breton-language TV app and
  the bank app (selfie face check);
* Yann (Brest, often on the Eusa / Ouessant ferry): Galaxy A54 with the ferry
  company's booking app and a bakery's order app; the ferry's captive Wi-Fi
  portal sees his phone's Wi-Fi MAC.

Everything else the session shows (a hospital's bedside terminals and staff
tablets, the ferry's onboard screens and cabin TVs, a festival's stage
cameras, a lighthouse museum's audio guides, a fishing cooperative's beacons,
a surf school's wetsuit tags) is an institution's own equipment: its serials,
MACs and IMEIs are made up per flow and are no device identifier of a person.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from urllib.parse import quote

from tests.heldout.flowmodel import Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_gwen": "advertising_id",
    "gaid_yann": "advertising_id",
    "aid_skignan": "android_id",
    "aid_kef": "android_id",
    "aid_lestr": "android_id",
    "aid_bara": "android_id",
    "mac_yann": "mac",
}
NOT_DEVICE = frozenset({"skignan_user", "kef_user", "lestr_user", "bara_user"})


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2) for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phones269(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_gwen: str
    gaid_yann: str
    aid_skignan: str
    aid_kef: str
    aid_lestr: str
    aid_bara: str
    mac_yann: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    skignan_fid: str
    skignan_af_uid: str
    skignan_fb_anon: str
    skignan_conviva_clid: str
    kef_device_key: str
    lestr_braze_id: str
    bara_adjust_uuid: str
    bara_ct_id: str
    # account ids (not device identifiers; never labelled as such)
    skignan_user: str
    kef_user: str
    lestr_user: str
    bara_user: str

    @classmethod
    def make(cls, rng: random.Random) -> Phones269:
        return cls(
            gaid_gwen=new_uuid(rng),
            gaid_yann=new_uuid(rng),
            aid_skignan=new_hex(rng, 16),
            aid_kef=new_hex(rng, 16),
            aid_lestr=new_hex(rng, 16),
            aid_bara=new_hex(rng, 16),
            mac_yann=_mac(rng, "d0:39:eb"),
            skignan_fid="f" + new_hex(rng, 21),
            skignan_af_uid=f"17330{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            skignan_fb_anon="XZ" + new_uuid(rng),
            skignan_conviva_clid=".".join(new_digits(rng, 10) for _ in range(4)),
            kef_device_key=new_uuid(rng).upper(),
            lestr_braze_id=new_uuid(rng),
            bara_adjust_uuid=new_uuid(rng),
            bara_ct_id="__" + new_hex(rng, 32),
            skignan_user="sk" + new_digits(rng, 8),
            kef_user="KB" + new_digits(rng, 9),
            lestr_user="PB-" + new_digits(rng, 7),
            bara_user=new_digits(rng, 8, "4"),
        )


class FB(LabelledBuilder):
    """Phones269's builder: which attributes are known.yaml kinds. Breton letters
    in a path (ñ, ù, ê) go out percent-encoded as UTF-8, as OkHttp sends them."""

    known_attrs = KNOWN_ATTRS

    def build(self) -> Flow:
        self.base = quote(self.base, safe=":/?&=%#@!$'()*+,;~")
        return super().build()


PHONES = {
    "gwen": ("14", "Pixel 8", "AP2A.240905.003"),
    "yann": ("14", "SM-A546B", "UP1A.231005.007"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def inst_serial(rng: random.Random, prefix: str) -> str:
    """A serial of an institution's own equipment (made up per flow)."""
    return prefix + new_digits(rng, 4) + new_hex(rng, 6).upper()


def inst_mac(rng: random.Random) -> str:
    oui = rng.choice(["00:1b:c5", "b8:27:eb", "00:0e:58", "dc:a6:32"])
    return _mac(rng, oui)


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "PHONES",
    "Phones269",
    "floats",
    "inst_mac",
    "inst_serial",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
