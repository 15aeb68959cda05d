"""The set-259 devices and the flow builder that labels every identifier it inserts.

One Maltese family between Valletta, Sliema and Gozo, three phones and three
home devices:

* missier (father, Valletta): Samsung Galaxy S24 with the Bank tal-Port app
  (Onfido selfie-video KYC, face login) and the Gowl+ Premier League highlights
  app (CleverTap); the Valletta living room holds the telco's IPTV box (Fibra TV)
  and a smart TV with automatic content recognition (ACR);
* omm (mother, Victoria, Gozo): iPhone 13 with the Smigħ podcast app (Branch,
  Braze); iOS gives apps the IDFA (advertising id) and the IDFV (vendor id);
* iben (son, Sliema): Redmi Note 13 with the national broadcaster's catch-up
  app Xandir+ (Adobe Media Analytics, Firebase) and a smartwatch (Arloġġ Fit).

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_missier": "advertising_id",
    "gaid_iben": "advertising_id",
    "idfa_omm": "advertising_id",
    "idfv_omm": "device_id",
    "aid_bank": "android_id",
    "aid_gowl": "android_id",
    "aid_xandir": "android_id",
    "aid_arlogg": "android_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
    "watch_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "bank_user",
        "onfido_applicant",
        "gowl_user",
        "xandir_user",
        "smigh_user",
        "box_subscriber",
        "tv_account",
        "watch_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family259(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_missier: str
    gaid_iben: str
    idfa_omm: str
    idfv_omm: str
    aid_bank: str
    aid_gowl: str
    aid_xandir: str
    aid_arlogg: str
    box_mac: str
    tv_mac: str
    watch_mac: str
    box_serial: str
    tv_serial: str
    watch_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    bank_device_key: str
    gowl_ct_id: str
    xandir_fid: str
    xandir_ecid: str
    smigh_branch_token: str
    smigh_braze_id: str
    smigh_install: str
    box_stb_id: str
    tv_acr_id: str
    watch_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    bank_user: str
    onfido_applicant: str
    gowl_user: str
    xandir_user: str
    smigh_user: str
    box_subscriber: str
    tv_account: str
    watch_user: str

    @classmethod
    def make(cls, rng: random.Random) -> Family259:
        return cls(
            gaid_missier=new_uuid(rng),
            gaid_iben=new_uuid(rng),
            idfa_omm=new_uuid(rng).upper(),
            idfv_omm=new_uuid(rng).upper(),
            aid_bank=new_hex(rng, 16),
            aid_gowl=new_hex(rng, 16),
            aid_xandir=new_hex(rng, 16),
            aid_arlogg=new_hex(rng, 16),
            box_mac=_mac(rng, "D4:6A:A8"),
            tv_mac=_mac(rng, "A8:23:FE"),
            watch_mac=_mac(rng, "E7:1C:42"),
            box_serial="FTV" + new_digits(rng, 4, "2") + new_hex(rng, 6).upper(),
            tv_serial="LM" + new_digits(rng, 2) + "K" + new_digits(rng, 8),
            watch_serial="AF2" + new_hex(rng, 10).upper(),
            bank_device_key=new_hex(rng, 48),
            gowl_ct_id="__" + new_hex(rng, 32),
            xandir_fid="d" + new_hex(rng, 21),
            xandir_ecid=new_digits(rng, 38, "6"),
            smigh_branch_token=new_digits(rng, 19, "1"),
            smigh_braze_id=new_uuid(rng).upper(),
            smigh_install=new_uuid(rng).upper(),
            box_stb_id="stb-" + new_hex(rng, 24),
            tv_acr_id=new_hex(rng, 40),
            watch_install=new_uuid(rng),
            bank_user="BTP" + new_digits(rng, 8),
            onfido_applicant=new_uuid(rng),
            gowl_user="g" + new_digits(rng, 9),
            xandir_user="xu_" + new_hex(rng, 14),
            smigh_user=new_digits(rng, 8, "4"),
            box_subscriber="MT" + new_digits(rng, 10),
            tv_account="lum-" + new_hex(rng, 18),
            watch_user=new_digits(rng, 11, "7"),
        )


class FB(LabelledBuilder):
    """Family259's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "missier": ("14", "SM-S921B", "UP1A.231005.007"),
    "iben": ("14", "23129RAA4G", "UKQ1.231003.002"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik(who: str) -> str:
    osv, model, build = PHONES[who]
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


def ios_ua(app: str, ver: str, build: str) -> str:
    return (
        f"{app}/{ver} (iPhone14,5; iOS 17.5.1; Scale/3.00) CFNetwork/1496.0.7 "
        f"Darwin/23.5.0 b{build}"
    )


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "PHONES",
    "Family259",
    "dalvik",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
