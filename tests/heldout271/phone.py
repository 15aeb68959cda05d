"""The set-271 devices and the flow builder that labels every identifier it inserts.

One family between Sicily and Sardinia, four phones and two home devices:

* patri (father, Palermo): Samsung Galaxy S24 with the Bancu Trinacria app;
* matri (mother, Catania): Pixel 8 with the Isula TV regional channel app;
* nanna (grandmother, Cagliari): Galaxy A54 with the ItaliaPlay national
  catch-up app and the Tenores folk music app;
* figghiu (son, Cagliari): Xiaomi 14 with the Gol Isulanu football highlights
  app (Palermo and Cagliari); his flat holds the operator's IPTV box (MAC,
  serial and STB id from Impostazioni > Info) and a smart TV with ACR, whose
  own Android TV advertising id the tester reads in its settings.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_patri": "advertising_id",
    "gaid_matri": "advertising_id",
    "gaid_nanna": "advertising_id",
    "gaid_figghiu": "advertising_id",
    "gaid_tv": "advertising_id",
    "aid_bancu": "android_id",
    "aid_isula": "android_id",
    "aid_italiaplay": "android_id",
    "aid_tenores": "android_id",
    "aid_gol": "android_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
    "box_stb": "device_id",
}
NOT_DEVICE = frozenset(
    {
        "bancu_user",
        "isula_user",
        "italiaplay_user",
        "tenores_user",
        "gol_user",
        "box_abbonato",
        "box_token",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family271(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_patri: str
    gaid_matri: str
    gaid_nanna: str
    gaid_figghiu: str
    gaid_tv: str
    aid_bancu: str
    aid_isula: str
    aid_italiaplay: str
    aid_tenores: str
    aid_gol: str
    box_mac: str
    tv_mac: str
    box_serial: str
    tv_serial: str
    box_stb: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    isula_install: str
    italiaplay_fid: str
    italiaplay_app_instance: str
    italiaplay_cs_c12: str
    italiaplay_nielsen: str
    tenores_branch_identity: str
    tenores_branch_token: str
    gol_ct_guid: str
    bancu_device_key: str
    tv_af_uid: str
    tv_fb_anon: str
    tv_psid: str
    # account ids and tokens (not device identifiers; never labelled as such)
    bancu_user: str
    isula_user: str
    italiaplay_user: str
    tenores_user: str
    gol_user: str
    box_abbonato: str
    box_token: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family271:
        return cls(
            gaid_patri=new_uuid(rng),
            gaid_matri=new_uuid(rng),
            gaid_nanna=new_uuid(rng),
            gaid_figghiu=new_uuid(rng),
            gaid_tv=new_uuid(rng),
            aid_bancu=new_hex(rng, 16),
            aid_isula=new_hex(rng, 16),
            aid_italiaplay=new_hex(rng, 16),
            aid_tenores=new_hex(rng, 16),
            aid_gol=new_hex(rng, 16),
            box_mac=_mac(rng, "C8:3A:6B"),
            tv_mac=_mac(rng, "5C:F7:C3"),
            box_serial="TSB" + new_digits(rng, 5) + new_hex(rng, 5).upper(),
            tv_serial="ST" + new_digits(rng, 3) + "X" + new_digits(rng, 6),
            box_stb="STB-" + new_hex(rng, 12).upper(),
            isula_install=new_uuid(rng),
            italiaplay_fid="c" + new_hex(rng, 21),
            italiaplay_app_instance=new_hex(rng, 32),
            italiaplay_cs_c12=new_hex(rng, 32),
            italiaplay_nielsen=new_hex(rng, 40),
            tenores_branch_identity=new_digits(rng, 19, "13"),
            tenores_branch_token=new_digits(rng, 19, "12"),
            gol_ct_guid="__" + new_hex(rng, 32),
            bancu_device_key=new_hex(rng, 48),
            tv_af_uid=f"17456{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            tv_fb_anon="XZ" + new_uuid(rng),
            tv_psid=new_uuid(rng).replace("-", ""),
            bancu_user="BT" + new_digits(rng, 9),
            isula_user="iu" + new_digits(rng, 8),
            italiaplay_user=new_uuid(rng),
            tenores_user="ten_" + new_hex(rng, 10),
            gol_user=new_digits(rng, 8, "3"),
            box_abbonato=new_digits(rng, 10, "9"),
            box_token="eyJ" + new_hex(rng, 56),
            tv_account="st-" + new_hex(rng, 14),
        )


class FB(LabelledBuilder):
    """Family271's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "patri": ("14", "SM-S921B", "UP1A.231005.007"),
    "matri": ("14", "Pixel 8", "AP2A.240905.003"),
    "nanna": ("14", "SM-A546B", "UP1A.231005.007"),
    "figghiu": ("14", "23127PN0CG", "UKQ1.230804.001"),
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
    "Family271",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
