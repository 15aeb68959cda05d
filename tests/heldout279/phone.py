"""The set-279 devices and the flow builder that labels every identifier it inserts.

One Hmong family in the Twin Cities and an aunt in Laos:

* niam (mother, St. Paul): iPhone 13 with the Hmong video / kwv txhiaj song
  app (IDFA with tracking allowed, IDFV);
* txiv (father, Maplewood): Galaxy S23 with the clan-community app and the
  clinic's tele-visit app;
* tub (son, St. Paul): Pixel 8 with the Hmong church's livestream app;
* the living room holds a smart TV with automatic content recognition (ACR);
* phauj (father's sister, Luang Prabang): Oppo A57 with a Lao-script video and
  mobile-money app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "idfa_niam": "advertising_id",
    "gaid_txiv": "advertising_id",
    "gaid_tub": "advertising_id",
    "gaid_phauj": "advertising_id",
    "idfv_niam": "device_id",
    "aid_xeem": "android_id",
    "aid_mob": "android_id",
    "aid_ntseeg": "android_id",
    "aid_lao": "android_id",
    "tv_mac": "mac",
    "tv_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "suab_user",
        "xeem_user",
        "ntseeg_user",
        "mob_patient",
        "lao_user",
        "lao_phone",
        "tv_account",
    }
)


@dataclass(frozen=True, slots=True)
class Family279(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa_niam: str
    gaid_txiv: str
    gaid_tub: str
    gaid_phauj: str
    idfv_niam: str
    aid_xeem: str
    aid_mob: str
    aid_ntseeg: str
    aid_lao: str
    tv_mac: str
    tv_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    seg_anon: str
    mp_niam: str
    kochava_niam: str
    xeem_fid: str
    braze_did: str
    mp_ntseeg: str
    ntseeg_fid: str
    mob_device_key: str
    lao_fid: str
    kochava_lao: str
    tv_psid: str
    # account ids and tokens (not device identifiers; never labelled as such)
    suab_user: str
    xeem_user: str
    ntseeg_user: str
    mob_patient: str
    lao_user: str
    lao_phone: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family279:
        return cls(
            idfa_niam=new_uuid(rng).upper(),
            gaid_txiv=new_uuid(rng),
            gaid_tub=new_uuid(rng),
            gaid_phauj=new_uuid(rng),
            idfv_niam=new_uuid(rng).upper(),
            aid_xeem=new_hex(rng, 16),
            aid_mob=new_hex(rng, 16),
            aid_ntseeg=new_hex(rng, 16),
            aid_lao=new_hex(rng, 16),
            tv_mac="A4:8D:3B:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            tv_serial="LTVN" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            seg_anon=new_uuid(rng),
            mp_niam=new_uuid(rng).upper(),
            kochava_niam="KO" + new_hex(rng, 32),
            xeem_fid="e" + new_hex(rng, 21),
            braze_did=new_uuid(rng),
            mp_ntseeg=new_uuid(rng),
            ntseeg_fid="f" + new_hex(rng, 21),
            mob_device_key=new_hex(rng, 40),
            lao_fid="d" + new_hex(rng, 21),
            kochava_lao="KA" + new_hex(rng, 32),
            tv_psid=new_hex(rng, 32),
            suab_user="sn_" + new_digits(rng, 9),
            xeem_user="X" + new_digits(rng, 8),
            ntseeg_user=new_digits(rng, 7, "4"),
            mob_patient="MRN" + new_digits(rng, 8),
            lao_user="LA" + new_digits(rng, 8),
            lao_phone="+85620" + new_digits(rng, 8),
            tv_account="hh-" + new_hex(rng, 14),
        )


class FB(LabelledBuilder):
    """Family279's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "txiv": ("14", "SM-S911U", "UP1A.231005.007"),
    "tub": ("14", "Pixel 8", "AP2A.240905.003"),
    "phauj": ("13", "CPH2387", "TP1A.220905.001"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def ios_ua(app: str, ver: str, build: str) -> str:
    return f"{app}/{ver} ({build}; iPhone14,5; iOS 17.5.1) Alamofire/5.9.1"


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "PHONES",
    "Family279",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
