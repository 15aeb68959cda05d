"""The set-247 devices and the flow builder that labels every identifier it inserts.

One Serbian family, four phones and three home devices:

* tata (father, Belgrade): Samsung Galaxy S23 with the bank app (selfie
  onboarding, face login); the living room holds the cable operator's Android
  TV set-top box (EON / MTS-style, its own middleware) and a smart TV with
  automatic content recognition (ACR);
* mama (mother, Novi Sad): Redmi Note 13 with the music / radio / podcast app;
* sin (son, studying in Vienna): Pixel 8 with the TV channels' series app and a
  smartwatch paired to it;
* ujak (uncle, Banja Luka): Galaxy A35 with the football / ABA-league live app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app
(the set-top box is an Android TV device and its operator app has one too).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_tata": "advertising_id",
    "gaid_mama": "advertising_id",
    "gaid_sin": "advertising_id",
    "gaid_ujak": "advertising_id",
    "aid_banka": "android_id",
    "aid_ekran": "android_id",
    "aid_gol": "android_id",
    "aid_melodija": "android_id",
    "aid_sat": "android_id",
    "aid_box": "android_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "sat_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
    "sat_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "banka_user",
        "ekran_user",
        "gol_user",
        "melodija_user",
        "box_subscriber",
        "box_token",
        "tv_account",
        "sat_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family247(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_tata: str
    gaid_mama: str
    gaid_sin: str
    gaid_ujak: str
    aid_banka: str
    aid_ekran: str
    aid_gol: str
    aid_melodija: str
    aid_sat: str
    aid_box: str
    box_mac: str
    tv_mac: str
    sat_mac: str
    box_serial: str
    tv_serial: str
    sat_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    ekran_fid: str
    ekran_app_instance: str
    ekran_adjust_uuid: str
    ekran_adid: str
    gol_af_uid: str
    melodija_fb_anon: str
    banka_device_key: str
    box_stb_id: str
    box_npaw_uuid: str
    tv_acr_id: str
    sat_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    banka_user: str
    ekran_user: str
    gol_user: str
    melodija_user: str
    box_subscriber: str
    box_token: str
    tv_account: str
    sat_user: str

    @classmethod
    def make(cls, rng: random.Random) -> Family247:
        return cls(
            gaid_tata=new_uuid(rng),
            gaid_mama=new_uuid(rng),
            gaid_sin=new_uuid(rng),
            gaid_ujak=new_uuid(rng),
            aid_banka=new_hex(rng, 16),
            aid_ekran=new_hex(rng, 16),
            aid_gol=new_hex(rng, 16),
            aid_melodija=new_hex(rng, 16),
            aid_sat=new_hex(rng, 16),
            aid_box=new_hex(rng, 16),
            box_mac=_mac(rng, "A8:4F:B1"),
            tv_mac=_mac(rng, "7C:64:6C"),
            sat_mac=_mac(rng, "D4:3B:04"),
            box_serial="KN4K" + new_digits(rng, 4, "23") + new_hex(rng, 6).upper(),
            tv_serial="VD" + new_digits(rng, 2, "4") + "X" + new_digits(rng, 9),
            sat_serial="OTK" + new_hex(rng, 10).upper(),
            ekran_fid="f" + new_hex(rng, 21),
            ekran_app_instance=new_hex(rng, 32),
            ekran_adjust_uuid=new_uuid(rng),
            ekran_adid=new_hex(rng, 32),
            gol_af_uid=f"17330{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            melodija_fb_anon="XZ" + new_uuid(rng),
            banka_device_key=new_hex(rng, 48).upper(),
            box_stb_id="stb-" + new_uuid(rng),
            box_npaw_uuid=new_uuid(rng).upper(),
            tv_acr_id="acr_" + new_hex(rng, 24),
            sat_install=new_uuid(rng),
            banka_user="SV" + new_digits(rng, 8),
            ekran_user="e" + new_digits(rng, 9),
            gol_user="gk-" + new_hex(rng, 10),
            melodija_user=new_digits(rng, 8, "5"),
            box_subscriber="KNP" + new_digits(rng, 9),
            box_token=new_hex(rng, 40),
            tv_account="vid-" + new_hex(rng, 14),
            sat_user=new_digits(rng, 10, "8"),
        )


class FB(LabelledBuilder):
    """Family247's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS

    def bio_response(self, kind: str, where: str, detectable: bool = True) -> None:
        """Face data the server sends back (a cropped face, a template)."""
        self.mark("biometric", kind, where, detectable, "response")


PHONES = {
    "tata": ("14", "SM-S911B", "UP1A.231005.007"),
    "mama": ("14", "23129RAA4G", "UKQ1.230917.001"),
    "sin": ("14", "Pixel 8", "AP2A.240905.003"),
    "ujak": ("14", "SM-A356B", "UP1A.231005.007"),
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
    "Family247",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
