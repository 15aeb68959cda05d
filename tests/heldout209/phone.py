"""The set-209 devices and the flow builder that labels every identifier it inserts.

One Polish family, three phones and two home devices:

* tata (father, Warsaw): Samsung Galaxy S23 with the bank app (BLIK-style,
  face login) and the Ekstraklasa football app; the living room holds a
  satellite / IPTV box (a Polsat Box-like decoder, MAC and serial on the
  sticker) and a smart TV with automatic content recognition (ACR);
* mama (mother, Kraków): Huawei P40 lite without Google services, so its
  advertising id is Huawei's OAID; she uses a radio / podcast app and the
  mObywatel-like e-ID app (selfie check);
* syn (son, Dublin): Pixel 8 with the Polish series / film streaming app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_tata": "advertising_id",
    "gaid_syn": "advertising_id",
    "oaid_mama": "advertising_id",
    "aid_bank": "android_id",
    "aid_pilka": "android_id",
    "aid_vod": "android_id",
    "aid_radio": "android_id",
    "aid_eid": "android_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "bank_user",
        "vod_user",
        "pilka_user",
        "radio_user",
        "eid_pesel",
        "box_token",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family209(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_tata: str
    gaid_syn: str
    oaid_mama: str
    aid_bank: str
    aid_pilka: str
    aid_vod: str
    aid_radio: str
    aid_eid: str
    box_mac: str
    tv_mac: str
    box_serial: str
    tv_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    vod_fid: str
    vod_app_instance: str
    vod_adjust_uuid: str
    vod_adid: str
    pilka_af_uid: str
    pilka_fb_anon: str
    radio_af_uid: str
    bank_device_key: str
    eid_instance: str
    tv_psid: str
    box_stb_id: str
    # account ids and tokens (not device identifiers; never labelled as such)
    bank_user: str
    vod_user: str
    pilka_user: str
    radio_user: str
    eid_pesel: str
    box_token: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family209:
        return cls(
            gaid_tata=new_uuid(rng),
            gaid_syn=new_uuid(rng),
            oaid_mama=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_pilka=new_hex(rng, 16),
            aid_vod=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_eid=new_hex(rng, 16),
            box_mac=_mac(rng, "00:1E:B8"),
            tv_mac=_mac(rng, "A8:23:FE"),
            box_serial="PBX" + new_digits(rng, 10, "2"),
            tv_serial=new_digits(rng, 3, "4") + "KR" + new_hex(rng, 7).upper(),
            vod_fid="f" + new_hex(rng, 21),
            vod_app_instance=new_hex(rng, 32),
            vod_adjust_uuid=new_uuid(rng),
            vod_adid=new_hex(rng, 32),
            pilka_af_uid=f"17312{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            pilka_fb_anon="XZ" + new_uuid(rng),
            radio_af_uid=f"17308{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            bank_device_key=new_uuid(rng).upper(),
            eid_instance=new_hex(rng, 48),
            tv_psid=new_hex(rng, 32),
            box_stb_id=new_hex(rng, 40).upper(),
            bank_user=new_digits(rng, 8, "5"),
            vod_user="uzytkownik_" + new_digits(rng, 7),
            pilka_user="k" + new_hex(rng, 12),
            radio_user=new_digits(rng, 9, "8"),
            eid_pesel=new_digits(rng, 11, "6"),
            box_token=new_hex(rng, 32).upper(),
            tv_account="konto-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family209's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "tata": ("14", "SM-S911B", "UP1A.231005.007"),
    "mama": ("10", "JNY-LX1", "HUAWEIJNY-L21"),
    "syn": ("14", "Pixel 8", "AP2A.240905.003"),
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
    "Family209",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
