"""The set-67 devices and the flow builder that labels every identifier it inserts.

A Google Pixel 8a (Android 14) in Israel and Cyprus / Greece runs Israeli and
Greek streaming apps, a kids' cartoon app, a sports app, a music / podcast app,
a news app, a bank and a digital-ID wallet with face liveness, a voice-note app
with speaker verification and a smart-doorbell app; the family's Chromecast with
Google TV shows up through the cast sessions and the Google Home app. Since
Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_masach": "android_id",
    "aid_theama": "android_id",
    "aid_kids": "android_id",
    "aid_sport": "android_id",
    "aid_music": "android_id",
    "aid_news": "android_id",
    "aid_bank": "android_id",
    "aid_digid": "android_id",
    "aid_voice": "android_id",
    "aid_bell": "android_id",
    "aid_cast_theama": "android_id",
    "cast_mac": "mac",
    "bell_mac": "mac",
    "cast_serial": "serial",
    "bell_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "masach_user",
        "theama_user",
        "kids_profile",
        "sport_user",
        "music_user",
        "bank_user",
        "digid_user",
        "voice_user",
        "bell_user",
        "fcm_token",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone67(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_masach: str
    aid_theama: str
    aid_kids: str
    aid_sport: str
    aid_music: str
    aid_news: str
    aid_bank: str
    aid_digid: str
    aid_voice: str
    aid_bell: str
    aid_cast_theama: str
    """The Theama TV app's ANDROID_ID on the Chromecast (read off it with adb)."""
    cast_mac: str
    bell_mac: str
    cast_serial: str
    bell_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    adjust_uuid: str
    fid_news: str
    app_instance: str
    npaw_uuid: str
    masach_install: str
    bell_install: str
    kids_device: str
    cast_device_id: str
    # account ids and tokens (not device identifiers; never labelled as such)
    masach_user: str
    theama_user: str
    kids_profile: str
    sport_user: str
    music_user: str
    bank_user: str
    digid_user: str
    voice_user: str
    bell_user: str
    fcm_token: str
    model: str = "Pixel 8a"

    @classmethod
    def make(cls, rng: random.Random) -> Phone67:
        return cls(
            gaid=new_uuid(rng),
            aid_masach=new_hex(rng, 16),
            aid_theama=new_hex(rng, 16),
            aid_kids=new_hex(rng, 16),
            aid_sport=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_news=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_digid=new_hex(rng, 16),
            aid_voice=new_hex(rng, 16),
            aid_bell=new_hex(rng, 16),
            aid_cast_theama=new_hex(rng, 16),
            cast_mac=_mac(rng, "D4:F5:47"),
            bell_mac=_mac(rng, "C0:E7:BF").lower(),
            cast_serial=new_digits(rng, 4, "3") + "2HFT" + new_hex(rng, 5).upper(),
            bell_serial="BD2" + new_hex(rng, 11).upper(),
            email=f"noa.papadaki{rng.randint(10, 99)}@inbox-example.net",
            af_uid=f"17{new_digits(rng, 11)}-{new_digits(rng, 19)}",
            adjust_uuid=new_uuid(rng),
            fid_news="c" + new_hex(rng, 21),
            app_instance=new_hex(rng, 32),
            npaw_uuid=new_uuid(rng).upper(),
            masach_install=new_uuid(rng),
            bell_install="inst-" + new_hex(rng, 20),
            kids_device=new_hex(rng, 24),
            cast_device_id=new_hex(rng, 32),
            masach_user="MS" + new_digits(rng, 9),
            theama_user="gr_" + new_hex(rng, 12),
            kids_profile="kp" + new_digits(rng, 6),
            sport_user=new_digits(rng, 10, "7"),
            music_user="u-" + new_hex(rng, 16),
            bank_user="C" + new_digits(rng, 8),
            digid_user="CY" + new_digits(rng, 10),
            voice_user="vn_" + new_hex(rng, 10),
            bell_user="acc_" + new_hex(rng, 14),
            fcm_token="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 44),
        )


class FB(LabelledBuilder):
    """Phone67's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; Pixel 8a Build/AP2A.240905.003)"


def dalvik() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8a Build/AP2A.240905.003)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone67",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
