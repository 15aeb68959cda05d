"""The set-153 devices and the flow builder that labels every identifier it inserts.

A family in Tehran and Isfahan: a Samsung Galaxy A54 (Android 13) runs a video
sharing / live-TV app, a Persian streaming service, a music app, a podcast and
audiobook app, a bank and a payment app (both with face authentication), a ride
app and a messenger. The streaming service also runs on the household's Android
TV box and on a smart TV; a smartwatch pairs with the phone. Since Android 8 each
app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_vid": "android_id",
    "aid_film": "android_id",
    "aid_music": "android_id",
    "aid_pod": "android_id",
    "aid_bank": "android_id",
    "aid_pay": "android_id",
    "aid_ride": "android_id",
    "aid_msg": "android_id",
    "imei": "imei",
    "box_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
    "watch_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "msisdn",
        "vid_user",
        "film_user",
        "music_user",
        "pod_user",
        "bank_customer",
        "pay_user",
        "ride_user",
        "msg_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone153(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_vid: str
    aid_film: str
    aid_music: str
    aid_pod: str
    aid_bank: str
    aid_pay: str
    aid_ride: str
    aid_msg: str
    imei: str
    box_mac: str
    tv_mac: str
    watch_mac: str
    box_serial: str
    tv_serial: str
    watch_serial: str
    email: str
    # install-scoped ids that apps and SDKs make up (device_id, not in known.yaml)
    metrix_uid: str
    tapsell_uid: str
    pushe_id: str
    vid_guest: str
    film_device: str
    music_install: str
    bank_device_fp: str
    pay_install: str
    ride_device: str
    fid: str
    # accounts, phone numbers and tokens (never device identifiers)
    msisdn: str
    vid_user: str
    film_user: str
    music_user: str
    pod_user: str
    bank_customer: str
    pay_user: str
    ride_user: str
    msg_user: str
    model: str = "SM-A546E"

    @classmethod
    def make(cls, rng: random.Random) -> Phone153:
        return cls(
            gaid=new_uuid(rng),
            aid_vid=new_hex(rng, 16),
            aid_film=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_pod=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_pay=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_msg=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            box_mac=_mac(rng, "A8:B5:7C"),
            tv_mac=_mac(rng, "64:1C:AE").lower(),
            watch_mac=_mac(rng, "D4:9C:DD"),
            box_serial="X96" + new_hex(rng, 11).upper(),
            tv_serial="0B5" + new_digits(rng, 11) + "W",
            watch_serial="R9W" + new_hex(rng, 9).upper(),
            email=f"sara.ahmadi{rng.randint(60, 99)}@chmail-example.ir",
            metrix_uid=new_uuid(rng),
            tapsell_uid=new_hex(rng, 32),
            pushe_id="pid_" + new_hex(rng, 4) + "-" + new_hex(rng, 8),
            vid_guest=new_uuid(rng),
            film_device="FLM-" + new_hex(rng, 20).upper(),
            music_install=new_uuid(rng),
            bank_device_fp=new_hex(rng, 40),
            pay_install=new_uuid(rng).upper(),
            ride_device=new_hex(rng, 24),
            fid="c" + new_hex(rng, 21),
            msisdn="0912" + new_digits(rng, 7),
            vid_user=new_digits(rng, 8, "7"),
            film_user="u" + new_digits(rng, 9),
            music_user=new_hex(rng, 24),
            pod_user=new_digits(rng, 7, "3"),
            bank_customer=new_digits(rng, 10, "1"),
            pay_user="AP" + new_digits(rng, 9),
            ride_user="pas_" + new_hex(rng, 12),
            msg_user=new_digits(rng, 10, "5"),
        )


class FB(LabelledBuilder):
    """Phone153's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 13; SM-A546E Build/TP1A.220624.014)"


TV_UA = "ExoPlayerLib/2.18.7 (Linux; Android 9; X96Max Build/PPR1.180610.011)"
rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "TV_UA", "Phone153", "floats", "iso", "ms", "rf", "rid", "ua"]
