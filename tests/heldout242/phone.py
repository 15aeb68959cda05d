"""The set-242 devices and the flow builder that labels every identifier it inserts.

One person, two devices of her own:

* Ate Joy's phone: a company-owned Samsung Galaxy A35 (SM-A356E) issued to
  team leads at a Manila (Ortigas) BPO contact centre, in COPE mode: the work
  profile holds the centre's MDM agent, the supervisor app, the escalation
  softphone and the site-access app; the personal profile holds a streaming
  app, a music app, an e-wallet and her smartwatch's companion app. As device
  owner, the MDM agent can read the IMEI, serial and Wi-Fi MAC.
* Her smartwatch (a fictional "Relo" brand), paired over BLE.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per
app. The agents' headsets, the workstations, the floor handhelds and the
turnstiles belong to the centre: their serials and MACs are none of hers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_panood": "android_id",
    "aid_himig": "android_id",
    "aid_pitaka": "android_id",
    "aid_relo": "android_id",
    "aid_tawag": "android_id",
    "aid_mdm": "android_id",
    "imei": "imei",
    "serial": "serial",
    "wifi_mac": "mac",
    "watch_mac": "mac",
    "watch_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "employee_id",
        "sip_ext",
        "panood_user",
        "himig_user",
        "pitaka_mobile",
        "relo_user",
        "gate_person",
        "onfido_applicant",
    }
)


def mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def imei(rng: random.Random, tac: str) -> str:
    return luhn_complete(tac + new_digits(rng, 6))


@dataclass(frozen=True, slots=True)
class Phone242(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_panood: str
    aid_himig: str
    aid_pitaka: str
    aid_relo: str
    aid_tawag: str
    aid_mdm: str
    imei: str
    serial: str
    wifi_mac: str
    watch_mac: str
    watch_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    panood_fid: str
    panood_app_instance: str
    panood_af_uid: str
    himig_install: str
    pitaka_device_key: str
    tawag_instance: str
    mdm_enrollment: str
    relo_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    employee_id: str
    sip_ext: str
    panood_user: str
    himig_user: str
    pitaka_mobile: str
    relo_user: str
    gate_person: str
    onfido_applicant: str

    @classmethod
    def make(cls, rng: random.Random) -> Phone242:
        return cls(
            gaid=new_uuid(rng),
            aid_panood=new_hex(rng, 16),
            aid_himig=new_hex(rng, 16),
            aid_pitaka=new_hex(rng, 16),
            aid_relo=new_hex(rng, 16),
            aid_tawag=new_hex(rng, 16),
            aid_mdm=new_hex(rng, 16),
            imei=imei(rng, "35" + new_digits(rng, 6)),
            serial="R5CX" + new_digits(rng, 2) + new_hex(rng, 5).upper(),
            wifi_mac=mac(rng, "AC:80:0A"),
            watch_mac=mac(rng, "D4:3B:04"),
            watch_serial="RL7" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            panood_fid="d" + new_hex(rng, 21),
            panood_app_instance=new_hex(rng, 32),
            panood_af_uid=f"17352{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            himig_install=new_uuid(rng),
            pitaka_device_key=new_uuid(rng).upper(),
            tawag_instance=new_uuid(rng),
            mdm_enrollment=new_hex(rng, 64).upper(),
            relo_install=new_uuid(rng),
            employee_id="KCX-" + new_digits(rng, 5, "0"),
            sip_ext=new_digits(rng, 4, "4"),
            panood_user="pn" + new_digits(rng, 9),
            himig_user=new_digits(rng, 8, "5"),
            pitaka_mobile="+63917" + new_digits(rng, 7),
            relo_user="u_" + new_hex(rng, 12),
            gate_person=new_digits(rng, 6, "2"),
            onfido_applicant=new_uuid(rng),
        )


class PB(LabelledBuilder):
    """Phone242's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


OSV, MODEL, BUILD = "14", "SM-A356E", "UP1A.231005.007"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android {OSV}; {MODEL} Build/{BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android {OSV}; {MODEL} Build/{BUILD})"


rid = req_id

__all__ = [
    "KNOWN_ATTRS",
    "MODEL",
    "PB",
    "Phone242",
    "dalvik",
    "floats",
    "imei",
    "iso",
    "mac",
    "ms",
    "rf",
    "rid",
    "ua",
]
