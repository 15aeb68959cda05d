"""The set-221 devices and the flow builder that labels every identifier it inserts.

One Ukrainian family, three phones and three home devices:

* tato (father, Kyiv): Samsung Galaxy A55 with the state-services app (face
  check for signing, Diia.Pidpys-style) and the bank app with voice biometrics;
  the Kyiv flat holds a smart TV with automatic content recognition (ACR) and a
  Wi-Fi IP camera;
* mama (mother, Lviv): Pixel 8 with the Ukrainian audiobook / podcast app and a
  fitness tracker;
* syn (son, student in Kraków): Redmi Note 13 Pro with the Ukrainian series /
  film streamer (Firebase, GA4, Adjust) and the Ukrainian Premier League app
  (AppsFlyer, Branch).

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_tato": "advertising_id",
    "gaid_mama": "advertising_id",
    "gaid_syn": "advertising_id",
    "aid_bank": "android_id",
    "aid_posluhy": "android_id",
    "aid_audio": "android_id",
    "aid_kino": "android_id",
    "aid_futbol": "android_id",
    "aid_fit": "android_id",
    "tv_mac": "mac",
    "cam_mac": "mac",
    "fit_mac": "mac",
    "tv_serial": "serial",
    "cam_serial": "serial",
    "fit_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "bank_user",
        "posluhy_user",
        "audio_user",
        "kino_user",
        "futbol_user",
        "fit_user",
        "cam_account",
        "tv_account",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Family221(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_tato: str
    gaid_mama: str
    gaid_syn: str
    aid_bank: str
    aid_posluhy: str
    aid_audio: str
    aid_kino: str
    aid_futbol: str
    aid_fit: str
    tv_mac: str
    cam_mac: str
    fit_mac: str
    tv_serial: str
    cam_serial: str
    fit_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    kino_fid: str
    kino_app_instance: str
    kino_adjust_uuid: str
    futbol_af_uid: str
    futbol_branch_token: str
    posluhy_device_uuid: str
    bank_device_key: str
    tv_psid: str
    cam_uid: str
    fit_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    bank_user: str
    posluhy_user: str
    audio_user: str
    kino_user: str
    futbol_user: str
    fit_user: str
    cam_account: str
    tv_account: str

    @classmethod
    def make(cls, rng: random.Random) -> Family221:
        return cls(
            gaid_tato=new_uuid(rng),
            gaid_mama=new_uuid(rng),
            gaid_syn=new_uuid(rng),
            aid_bank=new_hex(rng, 16),
            aid_posluhy=new_hex(rng, 16),
            aid_audio=new_hex(rng, 16),
            aid_kino=new_hex(rng, 16),
            aid_futbol=new_hex(rng, 16),
            aid_fit=new_hex(rng, 16),
            tv_mac=_mac(rng, "A8:23:FE"),
            cam_mac=_mac(rng, "7C:A7:B0"),
            fit_mac=_mac(rng, "D4:1E:35"),
            tv_serial="0" + new_digits(rng, 2) + "RMBP" + new_digits(rng, 6) + "J",
            cam_serial="KV" + new_hex(rng, 10).upper(),
            fit_serial="BT8" + new_digits(rng, 9),
            kino_fid="e" + new_hex(rng, 21),
            kino_app_instance=new_hex(rng, 32),
            kino_adjust_uuid=new_uuid(rng),
            futbol_af_uid=f"17353{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            futbol_branch_token=new_digits(rng, 19, "1"),
            posluhy_device_uuid=new_uuid(rng).upper(),
            bank_device_key=new_hex(rng, 48),
            tv_psid=new_hex(rng, 32),
            cam_uid="UAKV-" + new_digits(rng, 6) + "-" + new_hex(rng, 5).upper(),
            fit_install=new_uuid(rng),
            bank_user="C" + new_digits(rng, 9),
            posluhy_user=new_uuid(rng),
            audio_user="sl_" + new_digits(rng, 8),
            kino_user="u" + new_digits(rng, 9),
            futbol_user="upl_" + new_hex(rng, 12),
            fit_user=new_digits(rng, 10, "4"),
            cam_account="acc" + new_digits(rng, 9),
            tv_account="kyiv-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Family221's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "tato": ("14", "SM-A556B", "UP1A.231005.007"),
    "mama": ("14", "Pixel 8", "AP2A.240905.003"),
    "syn": ("14", "23117RA68G", "UKQ1.231003.002"),
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
    "Family221",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
