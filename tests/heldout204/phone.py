"""The set-204 devices and the flow builder that labels every identifier it inserts.

One Vietnamese family, three phones and two home devices:

* bố (father, Hà Nội): Samsung Galaxy A55 with the e-wallet (eKYC and face
  login); the living room holds an FPT-Play-like TV box (MAC, serial) and a
  smart TV with automatic content recognition (ACR);
* mẹ (mother, Đà Nẵng): OPPO Reno10 with the Zing-MP3-like music app;
* con trai (son, Thành phố Hồ Chí Minh): Redmi Note 13 with the drama / anime
  streamer and the V.League football app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_bo": "advertising_id",
    "gaid_me": "advertising_id",
    "gaid_con": "advertising_id",
    "aid_vi": "android_id",
    "aid_nhac": "android_id",
    "aid_phim": "android_id",
    "aid_bongda": "android_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "vi_user",
        "phim_user",
        "nhac_user",
        "bongda_user",
        "box_contract",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family204(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_bo: str
    gaid_me: str
    gaid_con: str
    aid_vi: str
    aid_nhac: str
    aid_phim: str
    aid_bongda: str
    box_mac: str
    tv_mac: str
    box_serial: str
    tv_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    phim_fid: str
    phim_app_instance: str
    bongda_af_uid: str
    nhac_adjust_uuid: str
    nhac_adid: str
    nhac_fb_anon: str
    vi_device_key: str
    tv_psid: str
    box_uuid: str
    # account ids and tokens (not device identifiers; never labelled as such)
    vi_user: str
    phim_user: str
    nhac_user: str
    bongda_user: str
    box_contract: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family204:
        return cls(
            gaid_bo=new_uuid(rng),
            gaid_me=new_uuid(rng),
            gaid_con=new_uuid(rng),
            aid_vi=new_hex(rng, 16),
            aid_nhac=new_hex(rng, 16),
            aid_phim=new_hex(rng, 16),
            aid_bongda=new_hex(rng, 16),
            box_mac=_mac(rng, "A4:4C:62"),
            tv_mac=_mac(rng, "28:AF:42"),
            box_serial="HT" + new_digits(rng, 2, "2") + new_hex(rng, 10).upper(),
            tv_serial="LT55" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            phim_fid="d" + new_hex(rng, 21),
            phim_app_instance=new_hex(rng, 32),
            bongda_af_uid=f"17331{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            nhac_adjust_uuid=new_uuid(rng),
            nhac_adid=new_hex(rng, 32),
            nhac_fb_anon="XZ" + new_uuid(rng),
            vi_device_key=new_uuid(rng).upper(),
            tv_psid=new_hex(rng, 32),
            box_uuid=new_hex(rng, 40),
            vi_user="+8490" + new_digits(rng, 7),
            phim_user="u" + new_digits(rng, 9, "7"),
            nhac_user=new_digits(rng, 10, "1"),
            bongda_user="bd_" + new_hex(rng, 12),
            box_contract="HNI" + new_digits(rng, 7),
            tv_account="acc-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family204's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "bo": ("14", "SM-A556E", "UP1A.231005.007"),
    "me": ("14", "CPH2531", "UKQ1.230924.001"),
    "con": ("14", "23129RAA4G", "UKQ1.231003.002"),
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
    "Family204",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
