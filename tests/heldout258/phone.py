"""The set-258 devices and the flow builder that labels every identifier it inserts.

One Paraguayan family, four phones / tablets and two home devices:

* papá (Asunción): Galaxy A55 with the bank app (Banco Tajy, FaceTec 3D
  liveness, ID-card scan, Adjust); the Asunción living room has a smart TV
  with automatic content recognition (ACR);
* mamá (Asunción): moto g54 with the polka / harp radio app (Purahéi,
  AppsFlyer);
* hijo (Encarnación, at university): Redmi Note 13 with the telco's TV and
  football app (Jahecha, Firebase / GA4, AppsFlyer);
* la nena (Asunción): Galaxy Tab A9 with a kids' cartoon app (Mitã, Adjust);
* the grandmother's house in Encarnación has the telco's IPTV box (an Android
  TV operator box: Ethernet MAC, serial).

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_papa": "advertising_id",
    "gaid_mama": "advertising_id",
    "gaid_hijo": "advertising_id",
    "gaid_nena": "advertising_id",
    "aid_banco": "android_id",
    "aid_radio": "android_id",
    "aid_jahecha": "android_id",
    "aid_mita": "android_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "banco_user",
        "jahecha_user",
        "radio_user",
        "mita_user",
        "box_account",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family258(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_papa: str
    gaid_mama: str
    gaid_hijo: str
    gaid_nena: str
    aid_banco: str
    aid_radio: str
    aid_jahecha: str
    aid_mita: str
    box_mac: str
    tv_mac: str
    box_serial: str
    tv_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    jahecha_fid: str
    jahecha_app_instance: str
    jahecha_af_uid: str
    radio_af_uid: str
    banco_adjust_uuid: str
    banco_adid: str
    banco_device_key: str
    mita_adjust_uuid: str
    mita_adid: str
    tv_acr_id: str
    box_udid: str
    # account ids and tokens (not device identifiers; never labelled as such)
    banco_user: str
    jahecha_user: str
    radio_user: str
    mita_user: str
    box_account: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family258:
        return cls(
            gaid_papa=new_uuid(rng),
            gaid_mama=new_uuid(rng),
            gaid_hijo=new_uuid(rng),
            gaid_nena=new_uuid(rng),
            aid_banco=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_jahecha=new_hex(rng, 16),
            aid_mita=new_hex(rng, 16),
            box_mac=_mac(rng, "A8:6A:BB"),
            tv_mac=_mac(rng, "5C:AD:BA"),
            box_serial="ZT" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            tv_serial=new_digits(rng, 3, "4") + "NS" + new_hex(rng, 7).upper(),
            jahecha_fid="d" + new_hex(rng, 21),
            jahecha_app_instance=new_hex(rng, 32),
            jahecha_af_uid=f"17330{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            radio_af_uid=f"17328{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            banco_adjust_uuid=new_uuid(rng),
            banco_adid=new_hex(rng, 32),
            banco_device_key=new_hex(rng, 40).upper(),
            mita_adjust_uuid=new_uuid(rng),
            mita_adid=new_hex(rng, 32),
            tv_acr_id=new_uuid(rng).replace("-", ""),
            box_udid="nb-" + new_hex(rng, 24),
            banco_user=new_digits(rng, 7, "4"),
            jahecha_user="+59598" + new_digits(rng, 7),
            radio_user="pr_" + new_hex(rng, 10),
            mita_user=new_digits(rng, 9, "8"),
            box_account="CLI" + new_digits(rng, 8),
            tv_account="acct." + new_hex(rng, 14),
        )


class FB(LabelledBuilder):
    """Family258's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "papa": ("14", "SM-A556E", "UP1A.231005.007"),
    "mama": ("14", "moto g54 5G", "U1TDS34.94-12-7"),
    "hijo": ("14", "23129RAA4G", "UKQ1.231003.002"),
    "nena": ("14", "SM-X110", "UP1A.231005.007"),
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
    "Family258",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
