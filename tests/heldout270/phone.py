"""The set-270 devices and the flow builder that labels every identifier it inserts.

One Inuit family, three phones, an iPad and two home devices:

* aana (mother, Iqaluit): Samsung Galaxy A35 with the bank app (Sivumut Bank)
  and the territorial government-ID app (Nalunaiqsijjuti);
* ataata (father, Kuujjuaq, Nunavik): Pixel 7a with the northern radio app;
  his house has the community cable co-op's set-top box;
* panik (daughter, Iqaluit): moto g 5G with the broadcaster's streaming app
  (TakuTV); the Iqaluit living room has a smart TV with ACR;
* irniq (son, 8): an iPad with the syllabics learning video app; iOS gives
  apps an IDFV, listed in known.yaml as a device_id.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_aana": "advertising_id",
    "gaid_ataata": "advertising_id",
    "gaid_panik": "advertising_id",
    "aid_bank": "android_id",
    "aid_gov": "android_id",
    "aid_radio": "android_id",
    "aid_taku": "android_id",
    "idfv_kids": "device_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "taku_user",
        "radio_user",
        "bank_client",
        "gov_person",
        "onfido_applicant",
        "kids_family",
        "tv_account",
        "box_subscriber",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family270(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_aana: str
    gaid_ataata: str
    gaid_panik: str
    aid_bank: str
    aid_gov: str
    aid_radio: str
    aid_taku: str
    idfv_kids: str
    box_mac: str
    tv_mac: str
    box_serial: str
    tv_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    taku_fid: str
    taku_app_instance: str
    taku_conviva_clid: str
    radio_fid: str
    bank_adjust_uuid: str
    bank_adid: str
    bank_device_key: str
    gov_fid: str
    gov_device_uid: str
    tv_psid: str
    box_stb_id: str
    kids_mp_device: str
    # account ids and tokens (not device identifiers; never labelled as such)
    taku_user: str
    radio_user: str
    bank_client: str
    gov_person: str
    onfido_applicant: str
    kids_family: str
    tv_account: str
    box_subscriber: str

    @classmethod
    def make(cls, rng: random.Random) -> Family270:
        return cls(
            gaid_aana=new_uuid(rng),
            gaid_ataata=new_uuid(rng),
            gaid_panik=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_gov=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_taku=new_hex(rng, 16),
            idfv_kids=new_uuid(rng).upper(),
            box_mac=_mac(rng, "00:1C:A4"),
            tv_mac=_mac(rng, "7C:64:6C"),
            box_serial="KCC" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            tv_serial="AQ55" + new_digits(rng, 9),
            taku_fid="f" + new_hex(rng, 21),
            taku_app_instance=new_hex(rng, 32),
            taku_conviva_clid=".".join(new_digits(rng, 10, "1") for _ in range(4)),
            radio_fid="d" + new_hex(rng, 21),
            bank_adjust_uuid=new_uuid(rng),
            bank_adid=new_hex(rng, 32),
            bank_device_key=new_uuid(rng).upper(),
            gov_fid="e" + new_hex(rng, 21),
            gov_device_uid="qrs-" + new_hex(rng, 24),
            tv_psid=new_hex(rng, 32),
            box_stb_id=new_hex(rng, 40),
            kids_mp_device=new_uuid(rng).upper(),
            taku_user="tk" + new_digits(rng, 8),
            radio_user=new_digits(rng, 7, "5"),
            bank_client="SB" + new_digits(rng, 9),
            gov_person="NU" + new_digits(rng, 9),
            onfido_applicant=new_uuid(rng),
            kids_family="fam_" + new_hex(rng, 10),
            tv_account="aq-" + new_hex(rng, 14),
            box_subscriber="ABO-" + new_digits(rng, 6),
        )


class FB(LabelledBuilder):
    """Family270's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "aana": ("14", "SM-A356W", "UP1A.231005.007"),
    "ataata": ("14", "Pixel 7a", "AP2A.240905.003"),
    "panik": ("14", "moto g 5G - 2024", "U1UDS34.86-13"),
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
    "Family270",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
