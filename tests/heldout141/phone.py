"""The set-141 household's devices and the flow builder that labels every id it inserts.

An Ohio household: an iPhone 15 (IDFA, one IDFV per vendor), a Galaxy S24 (GAID,
one ANDROID_ID per app), an iPad (its own IDFV for the streaming app), a Roku TV
(Roku advertising id RIDA, serial, Wi-Fi MAC), a Fire TV stick (Amazon advertising
id, serial), an Apple Watch (the fitness app's watchOS IDFV), a video doorbell
(serial, MAC), the family car (its telematics unit's IMEI) and a smart speaker
(serial, MAC). SDK-made install ids are device ids too, but no tester knows them in
advance, so they stay out of known.yaml. Account ids, profile ids and emails are
accounts, never device ids.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "idfa": "idfa",
    "idfv_stream": "idfv",
    "idfv_bank": "idfv",
    "idfv_social": "idfv",
    "idfv_retail": "idfv",
    "idfv_ipad": "idfv",
    "idfv_watch": "idfv",
    "gaid": "advertising_id",
    "aid_live": "android_id",
    "aid_sports": "android_id",
    "aid_podcast": "android_id",
    "aid_music": "android_id",
    "aid_books": "android_id",
    "aid_fitness": "android_id",
    "aid_news": "android_id",
    "aid_speaker": "android_id",
    "roku_rida": "advertising_id",
    "fire_afai": "advertising_id",
    "roku_serial": "serial",
    "fire_serial": "serial",
    "bell_serial": "serial",
    "speaker_serial": "serial",
    "roku_mac": "mac",
    "bell_mac": "mac",
    "speaker_mac": "mac",
    "car_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "stream_account",
        "stream_profile",
        "bank_customer",
        "music_user",
        "podcast_user",
        "fitness_member",
        "social_user",
        "retail_member",
        "speaker_account",
        "car_vin_owner",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Household(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_stream: str
    idfv_bank: str
    idfv_social: str
    idfv_retail: str
    idfv_ipad: str
    idfv_watch: str
    gaid: str
    aid_live: str
    aid_sports: str
    aid_podcast: str
    aid_music: str
    aid_books: str
    aid_fitness: str
    aid_news: str
    aid_speaker: str
    roku_rida: str
    fire_afai: str
    roku_serial: str
    fire_serial: str
    bell_serial: str
    speaker_serial: str
    roku_mac: str
    bell_mac: str
    speaker_mac: str
    car_imei: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    firebase_instance: str
    segment_anon: str
    amplitude_device: str
    mixpanel_device: str
    braze_device: str
    mparticle_das: str
    appsflyer_uid: str
    adjust_adid: str
    branch_browser_fp: str
    kochava_id: str
    singular_uuid: str
    conviva_clid: str
    onetrust_consent: str
    stream_device_key: str
    # account ids and tokens (not device identifiers; never labelled as such)
    stream_account: str
    stream_profile: str
    bank_customer: str
    music_user: str
    podcast_user: str
    fitness_member: str
    social_user: str
    retail_member: str
    speaker_account: str
    car_vin_owner: str
    model: str = "iPhone15,4"

    @classmethod
    def make(cls, rng: random.Random) -> Household:
        up = lambda: new_uuid(rng).upper()  # noqa: E731  # Apple ids print upper-case
        return cls(
            idfa=up(),
            idfv_stream=up(),
            idfv_bank=up(),
            idfv_social=up(),
            idfv_retail=up(),
            idfv_ipad=up(),
            idfv_watch=up(),
            gaid=new_uuid(rng),
            aid_live=new_hex(rng, 16),
            aid_sports=new_hex(rng, 16),
            aid_podcast=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_books=new_hex(rng, 16),
            aid_fitness=new_hex(rng, 16),
            aid_news=new_hex(rng, 16),
            aid_speaker=new_hex(rng, 16),
            roku_rida=new_uuid(rng),
            fire_afai=new_uuid(rng),
            roku_serial="X01" + new_hex(rng, 9).upper(),
            fire_serial="G070VM" + new_hex(rng, 10).upper(),
            bell_serial="BD" + new_digits(rng, 11, "2"),
            speaker_serial="SPK" + new_hex(rng, 12).upper(),
            roku_mac=_mac(rng, "B0:A7:37"),
            bell_mac=_mac(rng, "34:3E:A4").lower(),
            speaker_mac=_mac(rng, "F0:27:2D"),
            car_imei=luhn_complete(new_digits(rng, 14, "35")),
            email=f"jen.kowalski{rng.randint(10, 99)}@example-mail.com",
            firebase_instance=new_hex(rng, 32),
            segment_anon=new_uuid(rng),
            amplitude_device=new_uuid(rng).upper(),
            mixpanel_device=new_uuid(rng),
            braze_device=new_uuid(rng),
            mparticle_das=new_uuid(rng),
            appsflyer_uid=f"1732{new_digits(rng, 9)}-{new_digits(rng, 19)}",
            adjust_adid=new_hex(rng, 32),
            branch_browser_fp=new_digits(rng, 19, "1"),
            kochava_id="KA" + new_hex(rng, 32),
            singular_uuid=new_uuid(rng),
            conviva_clid=".".join(new_digits(rng, 10) for _ in range(4)),
            onetrust_consent=new_uuid(rng),
            stream_device_key="dk_" + new_hex(rng, 24),
            stream_account="acct-" + new_digits(rng, 10),
            stream_profile="prof_" + new_hex(rng, 12),
            bank_customer="C" + new_digits(rng, 9),
            music_user="usr" + new_digits(rng, 9),
            podcast_user=new_uuid(rng),
            fitness_member="m" + new_digits(rng, 8),
            social_user=new_digits(rng, 17, "1"),
            retail_member="RWD" + new_digits(rng, 10),
            speaker_account="amzn1.account." + new_hex(rng, 28).upper(),
            car_vin_owner="own-" + new_digits(rng, 8),
        )


class FB(LabelledBuilder):
    """Household's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ios_ua(app: str, ver: str, device: str = "iPhone15,4") -> str:
    bundle = f"com.example.{app.lower()}; build:{ver.replace('.', '')}; iOS 17.5.1"
    return f"{app}/{ver} ({bundle}) Alamofire/5.9.1 {device}"


def android_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-S921U Build/UP1A.231005.007)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Household",
    "android_ua",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "rf",
    "rid",
]
