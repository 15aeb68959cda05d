"""The set-212 devices and the flow builder that labels every identifier it inserts.

One Kenyan family, three phones and two home devices:

* baba (father, Nairobi): Samsung Galaxy A15 with the PesaPoa wallet (face
  login, Smile ID selfie KYC); the sitting room holds a Zuku-like TV box
  ("Kuona box", OUI 00:1A:2B) and a smart TV with automatic content recognition;
* mama (mother, Mombasa): Tecno Spark 20 with the gospel / bongo music and
  radio app and the boda-boda ride app;
* kijana (son, Kisumu): Infinix Hot 40 with the series streamer and the
  KPL / EPL football app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid_baba": "advertising_id",
    "gaid_mama": "advertising_id",
    "gaid_kijana": "advertising_id",
    "aid_pesa": "android_id",
    "aid_muziki": "android_id",
    "aid_boda": "android_id",
    "aid_tazama": "android_id",
    "aid_kandanda": "android_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "pesa_user",
        "pesa_msisdn",
        "tazama_user",
        "muziki_user",
        "kandanda_user",
        "boda_rider",
        "box_smartcard",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family212(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_baba: str
    gaid_mama: str
    gaid_kijana: str
    aid_pesa: str
    aid_muziki: str
    aid_boda: str
    aid_tazama: str
    aid_kandanda: str
    box_mac: str
    tv_mac: str
    box_serial: str
    tv_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    tazama_fid: str
    tazama_app_instance: str
    kandanda_af_uid: str
    kandanda_anon_id: str
    muziki_adid: str
    muziki_uuid: str
    pesa_device_token: str
    boda_install: str
    tv_psid: str
    # account ids and tokens (not device identifiers; never labelled as such)
    pesa_user: str
    pesa_msisdn: str
    tazama_user: str
    muziki_user: str
    kandanda_user: str
    boda_rider: str
    box_smartcard: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family212:
        return cls(
            gaid_baba=new_uuid(rng),
            gaid_mama=new_uuid(rng),
            gaid_kijana=new_uuid(rng),
            aid_pesa=new_hex(rng, 16),
            aid_muziki=new_hex(rng, 16),
            aid_boda=new_hex(rng, 16),
            aid_tazama=new_hex(rng, 16),
            aid_kandanda=new_hex(rng, 16),
            box_mac=_mac(rng, "00:1A:2B"),
            tv_mac=_mac(rng, "A8:23:FE"),
            box_serial="KB" + new_digits(rng, 10, "2"),
            tv_serial="3" + new_digits(rng, 2) + "KE" + new_hex(rng, 8).upper(),
            tazama_fid="f" + new_hex(rng, 21),
            tazama_app_instance=new_hex(rng, 32),
            kandanda_af_uid=f"17330{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            kandanda_anon_id="XZ" + new_uuid(rng),
            muziki_adid=new_hex(rng, 32),
            muziki_uuid=new_uuid(rng),
            pesa_device_token=new_uuid(rng).upper(),
            boda_install=new_uuid(rng),
            tv_psid=new_hex(rng, 32),
            pesa_user="PP" + new_digits(rng, 8),
            pesa_msisdn="2547" + new_digits(rng, 8),
            tazama_user="tz" + new_digits(rng, 7),
            muziki_user=new_digits(rng, 8, "5"),
            kandanda_user="kd_" + new_hex(rng, 10),
            boda_rider="R" + new_digits(rng, 7),
            box_smartcard=new_digits(rng, 11, "8"),
            tv_account="acc-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family212's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "baba": ("14", "SM-A155F", "UP1A.231005.007"),
    "mama": ("13", "TECNO KJ5", "TP1A.220624.014"),
    "kijana": ("13", "Infinix X6831", "TP1A.220624.014"),
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
    "Family212",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
