"""The set-250 devices and the flow builder that labels every identifier it inserts.

One Congolese family, four phones and two home devices:

* papa (Kinshasa, Gombe): Samsung Galaxy A34 with the bank app (Onfido selfie
  KYC, face login) and the companion app of the satellite pay-TV decoder; the
  living room holds the hybrid decoder itself (DVB-S2 plus Wi-Fi: its MAC,
  serial and conditional-access chip id are printed on its "Informations
  système" screen, so the tester knows them);
* maman (Lubumbashi): Tecno Camon 20 with the rumba / gospel music and radio
  app and the mobile-money wallet (Smile ID selfie KYC, face login); some of
  the Lubumbashi backends use Swahili keys;
* fils (Brussels, Matonge): Pixel 8 with the Congolese series / théâtre
  populaire streamer and a cheap smartwatch;
* tonton (Brazzaville): Infinix Hot 30 with the football app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_papa": "advertising_id",
    "gaid_maman": "advertising_id",
    "gaid_fils": "advertising_id",
    "gaid_tonton": "advertising_id",
    "aid_banque": "android_id",
    "aid_satmobile": "android_id",
    "aid_nzembo": "android_id",
    "aid_pesa": "android_id",
    "aid_lisano": "android_id",
    "aid_montre": "android_id",
    "aid_foot": "android_id",
    "decodeur_mac": "mac",
    "montre_mac": "mac",
    "decodeur_serial": "serial",
    "montre_serial": "serial",
    "decodeur_chip": "device_id",
}
NOT_DEVICE = frozenset(
    {
        "banque_client",
        "pesa_msisdn",
        "lisano_user",
        "nzembo_user",
        "foot_user",
        "montre_user",
        "carte_sat",
        "sat_token",
    }
)

_B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def _fid(rng: random.Random) -> str:
    """A Firebase installation id: 22 base64url characters, the first of c..f."""
    return rng.choice("cdef") + "".join(rng.choice(_B64URL) for _ in range(21))


@dataclass(frozen=True, slots=True)
class Family250(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_papa: str
    gaid_maman: str
    gaid_fils: str
    gaid_tonton: str
    aid_banque: str
    aid_satmobile: str
    aid_nzembo: str
    aid_pesa: str
    aid_lisano: str
    aid_montre: str
    aid_foot: str
    decodeur_mac: str
    montre_mac: str
    decodeur_serial: str
    montre_serial: str
    decodeur_chip: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    lisano_fid: str
    lisano_app_instance: str
    lisano_adjust_uuid: str
    lisano_adid: str
    nzembo_ct_guid: str
    foot_af_uid: str
    foot_fb_anon: str
    banque_device_key: str
    pesa_device_key: str
    montre_install: str
    # account ids, card numbers and tokens (not device identifiers; never labelled)
    banque_client: str
    pesa_msisdn: str
    lisano_user: str
    nzembo_user: str
    foot_user: str
    montre_user: str
    carte_sat: str
    sat_token: str

    @classmethod
    def make(cls, rng: random.Random) -> Family250:
        return cls(
            gaid_papa=new_uuid(rng),
            gaid_maman=new_uuid(rng),
            gaid_fils=new_uuid(rng),
            gaid_tonton=new_uuid(rng),
            aid_banque=new_hex(rng, 16),
            aid_satmobile=new_hex(rng, 16),
            aid_nzembo=new_hex(rng, 16),
            aid_pesa=new_hex(rng, 16),
            aid_lisano=new_hex(rng, 16),
            aid_montre=new_hex(rng, 16),
            aid_foot=new_hex(rng, 16),
            decodeur_mac=_mac(rng, "9C:B2:E8"),
            montre_mac=_mac(rng, "E8:7F:3A"),
            decodeur_serial="KSH4" + new_digits(rng, 4, "2") + new_hex(rng, 6).upper(),
            montre_serial="KW8P" + new_hex(rng, 10).upper(),
            decodeur_chip=new_digits(rng, 11, "41"),
            lisano_fid=_fid(rng),
            lisano_app_instance=new_hex(rng, 32),
            lisano_adjust_uuid=new_uuid(rng),
            lisano_adid=new_hex(rng, 32),
            nzembo_ct_guid="__" + new_hex(rng, 32),
            foot_af_uid=f"17318{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            foot_fb_anon="XZ" + new_uuid(rng),
            banque_device_key=new_hex(rng, 64).upper(),
            pesa_device_key=new_uuid(rng),
            montre_install=new_uuid(rng),
            banque_client="CL" + new_digits(rng, 8, "0"),
            pesa_msisdn="+24381" + new_digits(rng, 7),
            lisano_user="ls" + new_digits(rng, 9),
            nzembo_user=new_digits(rng, 8, "5"),
            foot_user="ld_" + new_hex(rng, 14),
            montre_user=new_digits(rng, 9, "8"),
            carte_sat=new_digits(rng, 14, "2"),
            sat_token=new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Family250's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "papa": ("14", "SM-A346E", "UP1A.231005.007"),
    "maman": ("13", "TECNO CK7n", "TP1A.220624.014"),
    "fils": ("14", "Pixel 8", "AP2A.240905.003"),
    "tonton": ("13", "Infinix X6831", "TP1A.220624.014"),
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
    "Family250",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
