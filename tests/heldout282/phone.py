"""The set-282 devices and the flow builder that labels every identifier it inserts.

Two ʻohana (families) of Hawaiian-immersion (kula kaiapuni) pupils:

* makuahine (mother, Hilo): iPhone 14 with the credit union's selfie login and
  the hospital's tele-visit app; iOS gives each vendor its own IDFV
  (identifierForVendor, a platform device id: known.yaml kind `device_id`) and
  the phone one IDFA;
* makuakāne (father, Honolulu): Pixel 8 with the surf-forecast app (beach
  webcams), the hula and mele music app and the Hawaiian-language streaming
  app;
* the Hilo living room: a Google TV streaming stick running the same streaming
  app (its Wi-Fi MAC, serial, its own advertising id);
* the keiki (children's) learning tablet at home in Hilo, the family's own
  (not the school's): Wi-Fi MAC, serial, ANDROID_ID.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "idfa_mama": "advertising_id",
    "gaid_papa": "advertising_id",
    "gaid_tv": "advertising_id",
    "idfv_kala": "device_id",
    "idfv_kauka": "device_id",
    "aid_nana": "android_id",
    "aid_mele": "android_id",
    "aid_nalu": "android_id",
    "aid_tv": "android_id",
    "aid_keiki": "android_id",
    "tv_mac": "mac",
    "tab_mac": "mac",
    "tv_serial": "serial",
    "tab_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "nana_user",
        "mele_user",
        "nalu_user",
        "kala_member",
        "kauka_mrn",
        "keiki_haumana",
        "push_token",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Ohana282(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa_mama: str
    gaid_papa: str
    gaid_tv: str
    idfv_kala: str
    idfv_kauka: str
    aid_nana: str
    aid_mele: str
    aid_nalu: str
    aid_tv: str
    aid_keiki: str
    tv_mac: str
    tab_mac: str
    tv_serial: str
    tab_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    nana_braze_id: str
    tv_braze_id: str
    nana_fid: str
    nana_app_instance: str
    mele_anon_id: str
    mele_af_uid: str
    nalu_amp_id: str
    nalu_af_uid: str
    keiki_amp_id: str
    keiki_fid: str
    kala_device_key: str
    kauka_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    nana_user: str
    mele_user: str
    nalu_user: str
    kala_member: str
    kauka_mrn: str
    keiki_haumana: str
    push_token: str

    @classmethod
    def make(cls, rng: random.Random) -> Ohana282:
        return cls(
            idfa_mama=new_uuid(rng).upper(),
            gaid_papa=new_uuid(rng),
            gaid_tv=new_uuid(rng),
            idfv_kala=new_uuid(rng).upper(),
            idfv_kauka=new_uuid(rng).upper(),
            aid_nana=new_hex(rng, 16),
            aid_mele=new_hex(rng, 16),
            aid_nalu=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            aid_keiki=new_hex(rng, 16),
            tv_mac=_mac(rng, "F8:0F:F9"),
            tab_mac=_mac(rng, "98:B6:E9"),
            tv_serial=new_digits(rng, 2, "4") + new_hex(rng, 10).upper(),
            tab_serial="HA1" + new_hex(rng, 5).upper(),
            nana_braze_id=new_uuid(rng),
            tv_braze_id=new_uuid(rng),
            nana_fid="e" + new_hex(rng, 21),
            nana_app_instance=new_hex(rng, 32),
            mele_anon_id=new_uuid(rng),
            mele_af_uid=f"17350{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            nalu_amp_id=new_uuid(rng) + "R",
            nalu_af_uid=f"17348{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            keiki_amp_id=new_uuid(rng),
            keiki_fid="d" + new_hex(rng, 21),
            kala_device_key=new_hex(rng, 40),
            kauka_install=new_uuid(rng).upper(),
            nana_user="nu_" + new_digits(rng, 9),
            mele_user="m" + new_digits(rng, 8),
            nalu_user=new_hex(rng, 24),
            kala_member=new_digits(rng, 8, "7"),
            kauka_mrn="MRN" + new_digits(rng, 8),
            keiki_haumana="H" + new_digits(rng, 6),
            push_token=new_hex(rng, 64),
        )


class FB(LabelledBuilder):
    """Ohana282's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PIXEL = ("14", "Pixel 8", "AP2A.240905.003")


def ua(app: str, ver: str) -> str:
    osv, model, build = PIXEL
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def ios_ua(app: str, ver: str, build: str) -> str:
    return f"{app}/{build} CFNetwork/1494.0.7 Darwin/23.4.0 ({ver}; iPhone15,2; iOS 17.4.1)"


TV_UA = "NanaOiwiTV/3.4.0 (Linux; Android 12; Chromecast Build/STTE.230319.008)"
TAB_UA = "Dalvik/2.1.0 (Linux; U; Android 13; TB328FU Build/TP1A.220624.014)"

rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "TAB_UA",
    "TV_UA",
    "Ohana282",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
