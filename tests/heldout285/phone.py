"""The set-285 devices and the flow builder that labels every identifier it inserts.

Two families, two regions:

* Graubünden (Romansh): mamma's Pixel 8 in Scuol runs the public broadcaster's
  streaming app (PlayRumantsch, Vallader / Rumantsch Grischun keys) and the
  regional radio / podcast app (Tadlar); bap's Galaxy A54 in Chur runs the
  cantonal e-ID app (NFC passport read plus selfie liveness).
* Friesland (West Frisian): heit's Galaxy S23 in Snits runs the regional
  broadcaster's app (Sjoch Fryslân) and the farm's milking-robot app; mem's
  iPhone 14 runs the skating club's (Elfstedentocht) video app; the children
  share a Lenovo kids' tablet.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per
app; the iPhone's IDFV is listed as a device_id, the tablet's serial and Wi-Fi
MAC as serial and mac.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_mamma": "advertising_id",
    "gaid_bap": "advertising_id",
    "gaid_heit": "advertising_id",
    "aid_play": "android_id",
    "aid_tadlar": "android_id",
    "aid_eid": "android_id",
    "aid_sjoch": "android_id",
    "aid_molke": "android_id",
    "aid_bern": "android_id",
    "idfv_mem": "device_id",
    "tablet_serial": "serial",
    "tablet_mac": "mac",
}
NOT_DEVICE = frozenset(
    {
        "play_user",
        "tadlar_user",
        "eid_dossier",
        "sjoch_user",
        "reed_member",
        "molke_farm",
        "bern_profile",
    }
)


@dataclass(frozen=True, slots=True)
class Families285(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_mamma: str
    gaid_bap: str
    gaid_heit: str
    aid_play: str
    aid_tadlar: str
    aid_eid: str
    aid_sjoch: str
    aid_molke: str
    aid_bern: str
    idfv_mem: str
    tablet_serial: str
    tablet_mac: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    play_everid: str
    play_fid: str
    play_kantar_uid: str
    didomi_uid: str
    tadlar_idclient: str
    tadlar_adjust_uuid: str
    tadlar_adid: str
    sjoch_c12: str
    sjoch_fid: str
    reed_fid: str
    bern_install: str
    # account ids (not device identifiers; never labelled as such)
    play_user: str
    tadlar_user: str
    eid_dossier: str
    sjoch_user: str
    reed_member: str
    molke_farm: str
    bern_profile: str

    @classmethod
    def make(cls, rng: random.Random) -> Families285:
        return cls(
            gaid_mamma=new_uuid(rng),
            gaid_bap=new_uuid(rng),
            gaid_heit=new_uuid(rng),
            aid_play=new_hex(rng, 16),
            aid_tadlar=new_hex(rng, 16),
            aid_eid=new_hex(rng, 16),
            aid_sjoch=new_hex(rng, 16),
            aid_molke=new_hex(rng, 16),
            aid_bern=new_hex(rng, 16),
            idfv_mem=new_uuid(rng).upper(),
            tablet_serial="HA1" + new_hex(rng, 5).upper(),
            tablet_mac="E0:2E:0B:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            play_everid="2" + new_digits(rng, 18),
            play_fid="f" + new_hex(rng, 21),
            play_kantar_uid=new_hex(rng, 24),
            didomi_uid=new_uuid(rng),
            tadlar_idclient=new_uuid(rng),
            tadlar_adjust_uuid=new_uuid(rng),
            tadlar_adid=new_hex(rng, 32),
            sjoch_c12=new_hex(rng, 32),
            sjoch_fid="d" + new_hex(rng, 21),
            reed_fid="e" + new_hex(rng, 21),
            bern_install=new_uuid(rng),
            play_user="rtr-" + new_digits(rng, 8),
            tadlar_user=new_digits(rng, 7, "4"),
            eid_dossier="GR-" + new_digits(rng, 9),
            sjoch_user="sf" + new_digits(rng, 8),
            reed_member=new_digits(rng, 6, "1"),
            molke_farm=new_digits(rng, 7, "8"),
            bern_profile="bp" + new_hex(rng, 10),
        )


class B(LabelledBuilder):
    """Families285's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "mamma": ("14", "Pixel 8", "AP2A.240905.003"),
    "bap": ("14", "SM-A546B", "UP1A.231005.007"),
    "heit": ("14", "SM-S911B", "UP1A.231005.007"),
    "bern": ("12", "TB-X606F", "SP1A.210812.016"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik(who: str) -> str:
    osv, model, build = PHONES[who]
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


IOS_UA = "Reedriders/3.2.0 (iPhone15,2; iOS 17.5.1; nl_NL) CFNetwork/1496.0.7 Darwin/23.5.0"

rid = req_id

__all__ = [
    "IOS_UA",
    "KNOWN_ATTRS",
    "PHONES",
    "B",
    "Families285",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
