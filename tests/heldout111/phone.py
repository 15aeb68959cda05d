"""The set-111 household's devices and the flow builder that labels every identifier.

A family split between Columbus, Ohio and San Antonio, Texas: an iPhone 15 on
iOS 18 (one IDFA; one IDFV per vendor, so the streaming, podcast, bank and
dating apps each see their own), a Pixel 8 on Android 15 (one ANDROID_ID per
app), a Roku-OS smart TV in the living room (serial, Wi-Fi MAC, Roku's
advertising id RIDA), an Echo-like smart speaker with voice profiles (serial,
Wi-Fi MAC) and a watch paired to the iPhone (serial, Bluetooth MAC). IDFVs are
filed under the known.yaml kind `device_id`; the SDKs' own install ids are
device identifiers that a tester cannot know in advance.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "idfa": "advertising_id",
    "idfv_stream": "device_id",
    "idfv_pod": "device_id",
    "idfv_bank": "device_id",
    "idfv_date": "device_id",
    "gaid": "advertising_id",
    "aid_live": "android_id",
    "aid_short": "android_id",
    "aid_book": "android_id",
    "aid_music": "android_id",
    "aid_ride": "android_id",
    "aid_tv": "android_id",
    "tv_rida": "advertising_id",
    "tv_serial": "serial",
    "tv_mac": "mac",
    "echo_serial": "serial",
    "echo_mac": "mac",
    "watch_serial": "serial",
    "watch_bt_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "stream_profile",
        "live_user",
        "short_user",
        "pod_user",
        "book_user",
        "music_user",
        "bank_customer",
        "driver_id",
        "date_user",
        "tv_account",
        "phone_number",
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
    idfv_pod: str
    idfv_bank: str
    idfv_date: str
    gaid: str
    aid_live: str
    aid_short: str
    aid_book: str
    aid_music: str
    aid_ride: str
    aid_tv: str
    tv_rida: str
    tv_serial: str
    tv_mac: str
    echo_serial: str
    echo_mac: str
    watch_serial: str
    watch_bt_mac: str
    email: str
    # ids that SDKs and apps make up (device_id, not in known.yaml)
    conviva_clid: str
    nielsen_nuid: str
    short_did: str
    af_uid: str
    branch_id: str
    adjust_adid: str
    adjust_uuid: str
    fb_app_instance: str
    braze_device: str
    amp_device: str
    socure_device: str
    ride_install: str
    mp_device: str
    kochava_kdid: str
    segment_anon: str
    # accounts and numbers (not device identifiers; never labelled as such)
    stream_profile: str
    live_user: str
    short_user: str
    pod_user: str
    book_user: str
    music_user: str
    bank_customer: str
    driver_id: str
    date_user: str
    tv_account: str
    phone_number: str
    model: str = "iPhone15,4"

    @classmethod
    def make(cls, rng: random.Random) -> Household:
        return cls(
            idfa=new_uuid(rng).upper(),
            idfv_stream=new_uuid(rng).upper(),
            idfv_pod=new_uuid(rng).upper(),
            idfv_bank=new_uuid(rng).upper(),
            idfv_date=new_uuid(rng).upper(),
            gaid=new_uuid(rng),
            aid_live=new_hex(rng, 16),
            aid_short=new_hex(rng, 16),
            aid_book=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            tv_rida=new_uuid(rng),
            tv_serial="X0" + new_digits(rng, 2) + "0" + new_hex(rng, 7).upper(),
            tv_mac=_mac(rng, "D8:31:34"),
            echo_serial="G0" + new_hex(rng, 14).upper(),
            echo_mac=_mac(rng, "44:00:49").lower(),
            watch_serial="H" + new_hex(rng, 10).upper(),
            watch_bt_mac=_mac(rng, "F0:B3:EC"),
            email=f"dana.whitfield{rng.randint(10, 99)}@mailbox-example.com",
            conviva_clid=".".join(new_digits(rng, 10, "1") for _ in range(4)),
            nielsen_nuid=new_hex(rng, 40),
            short_did=new_digits(rng, 19, "7"),
            af_uid=f"17324{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            branch_id=new_digits(rng, 18, "1"),
            adjust_adid=new_hex(rng, 32),
            adjust_uuid=new_uuid(rng),
            fb_app_instance=new_hex(rng, 32),
            braze_device=new_uuid(rng),
            amp_device=new_uuid(rng).upper(),
            socure_device=new_uuid(rng),
            ride_install=new_uuid(rng),
            mp_device="$device:" + new_uuid(rng).upper(),
            kochava_kdid="KA" + new_hex(rng, 32),
            segment_anon=new_uuid(rng),
            stream_profile="prf_" + new_hex(rng, 12),
            live_user=new_digits(rng, 9, "5"),
            short_user=new_digits(rng, 17, "6"),
            pod_user="u" + new_digits(rng, 8),
            book_user="A" + new_hex(rng, 13).upper(),
            music_user=new_hex(rng, 22),
            bank_customer="C" + new_digits(rng, 10),
            driver_id=new_uuid(rng),
            date_user=new_hex(rng, 24),
            tv_account=new_hex(rng, 32),
            phone_number="+1614555" + new_digits(rng, 4),
        )


class FB(LabelledBuilder):
    """Household's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ios_ua(app: str, ver: str, build: str = "1") -> str:
    """What a URLSession app sends: bundle name, build, CFNetwork and Darwin."""
    return f"{app}/{build} CFNetwork/1568.100.1 Darwin/24.0.0 ({ver})"


def android_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 15; Pixel 8 Build/AP4A.250105.002)"


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
