"""The set-225 devices and the flow builder that labels every identifier it inserts.

One Peruvian family, four phones and four other devices:

* papá (Lima): Samsung Galaxy A34 with the bank e-wallet; the Lima living room
  holds the cable operator's set-top box and a smart TV with automatic content
  recognition (ACR);
* mamá (Arequipa): moto g84 with the music / radio app and its Quechua podcast;
* hija (Madrid): Redmi Note 13 with the Peruvian TV channel's streaming app;
* hijo (Cusco): Galaxy A15 with the Liga 1 football app, a cheap fitness band
  and the companion app of a 4G dashcam in his car.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_papa": "advertising_id",
    "gaid_mama": "advertising_id",
    "gaid_hija": "advertising_id",
    "gaid_hijo": "advertising_id",
    "aid_banco": "android_id",
    "aid_canal": "android_id",
    "aid_radio": "android_id",
    "aid_liga": "android_id",
    "aid_banda": "android_id",
    "aid_cam": "android_id",
    "deco_mac": "mac",
    "tv_mac": "mac",
    "banda_mac": "mac",
    "cam_mac": "mac",
    "deco_serial": "serial",
    "tv_serial": "serial",
    "banda_serial": "serial",
    "cam_serial": "serial",
    "cam_imei": "imei",
}
NOT_DEVICE = frozenset(
    {
        "banco_user",
        "canal_user",
        "radio_user",
        "liga_user",
        "banda_user",
        "cam_user",
        "deco_account",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family225(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_papa: str
    gaid_mama: str
    gaid_hija: str
    gaid_hijo: str
    aid_banco: str
    aid_canal: str
    aid_radio: str
    aid_liga: str
    aid_banda: str
    aid_cam: str
    deco_mac: str
    tv_mac: str
    banda_mac: str
    cam_mac: str
    deco_serial: str
    tv_serial: str
    banda_serial: str
    cam_serial: str
    cam_imei: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    canal_fid: str
    canal_app_instance: str
    canal_cs_c12: str
    liga_af_uid: str
    liga_adj_uuid: str
    radio_install: str
    banco_device_key: str
    tv_psid: str
    deco_device_id: str
    banda_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    banco_user: str
    canal_user: str
    radio_user: str
    liga_user: str
    banda_user: str
    cam_user: str
    deco_account: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family225:
        return cls(
            gaid_papa=new_uuid(rng),
            gaid_mama=new_uuid(rng),
            gaid_hija=new_uuid(rng),
            gaid_hijo=new_uuid(rng),
            aid_banco=new_hex(rng, 16),
            aid_canal=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_liga=new_hex(rng, 16),
            aid_banda=new_hex(rng, 16),
            aid_cam=new_hex(rng, 16),
            deco_mac=_mac(rng, "00:1E:46"),
            tv_mac=_mac(rng, "A8:23:FE"),
            banda_mac=_mac(rng, "E2:1B:7C"),
            cam_mac=_mac(rng, "B8:2D:28"),
            deco_serial="M1" + new_digits(rng, 2) + new_hex(rng, 8).upper(),
            tv_serial="IN" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            banda_serial="B7P" + new_hex(rng, 9).upper(),
            cam_serial="VC4G" + new_digits(rng, 10),
            cam_imei=luhn_complete("86" + new_digits(rng, 12)),
            canal_fid="d" + new_hex(rng, 21),
            canal_app_instance=new_hex(rng, 32),
            canal_cs_c12=new_hex(rng, 32),
            liga_af_uid=f"17335{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            liga_adj_uuid=new_uuid(rng),
            radio_install=new_uuid(rng),
            banco_device_key=new_uuid(rng).upper(),
            tv_psid=new_hex(rng, 32),
            deco_device_id=new_hex(rng, 40).upper(),
            banda_install=new_uuid(rng),
            banco_user="W" + new_digits(rng, 9),
            canal_user="ca" + new_digits(rng, 8),
            radio_user=new_digits(rng, 7, "5"),
            liga_user="l1_" + new_hex(rng, 12),
            banda_user=new_digits(rng, 10, "3"),
            cam_user="vc" + new_digits(rng, 7),
            deco_account="CL" + new_digits(rng, 8),
            tv_account="acc-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family225's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "papa": ("14", "SM-A346M", "UP1A.231005.007"),
    "mama": ("14", "moto g84 5G", "U1TC34M.22-64-19"),
    "hija": ("14", "23124RA7EO", "UP1A.231005.007"),
    "hijo": ("14", "SM-A155M", "UP1A.231005.007"),
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
    "Family225",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
