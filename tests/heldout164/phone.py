"""The set-164 devices and the flow builder that labels every identifier it inserts.

A family in Shanghai and Chengdu. The tester's Xiaomi 14 (HyperOS, Android 14)
runs a long-video platform, a short-video app, a music app, an audiobook app, a
bank, the city's government-services app and a ride-hailing app; every app sees
its own ANDROID_ID, and the phone's OAID (MSA) is shared. Since Android 10 only a
system app may read the IMEI: the phone maker's own usage statistics do. The
household also has a Xiaomi TV box (Wi-Fi MAC, serial), a smart TV in Chengdu
whose ACR reports what is on screen (Wi-Fi MAC) and a Huawei watch (Bluetooth MAC,
serial) paired with the phone.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.flowmodel import Context
from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf
from tests.heldout.wire import b64

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "oaid": "advertising_id",
    "aid_video": "android_id",
    "aid_short": "android_id",
    "aid_music": "android_id",
    "aid_book": "android_id",
    "aid_bank": "android_id",
    "aid_gov": "android_id",
    "aid_ride": "android_id",
    "imei": "imei",
    "box_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "box_serial": "serial",
    "watch_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "mobile",
        "video_uid",
        "short_uid",
        "music_uid",
        "book_uid",
        "bank_cust",
        "gov_uid",
        "ride_uid",
        "push_token",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone164(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    oaid: str
    aid_video: str
    aid_short: str
    aid_music: str
    aid_book: str
    aid_bank: str
    aid_gov: str
    aid_ride: str
    imei: str
    box_mac: str
    tv_mac: str
    watch_mac: str
    box_serial: str
    watch_serial: str
    email: str
    # install-scoped ids apps and SDKs make up (device_id, not in known.yaml)
    video_guid: str
    short_did: str
    short_iid: str
    music_qimei: str
    book_udid: str
    bank_devfp: str
    ride_tdid: str
    umid: str
    getui_cid: str
    sa_anon: str
    tv_acr_did: str
    # accounts and tokens (never device identifiers)
    mobile: str
    video_uid: str
    short_uid: str
    music_uid: str
    book_uid: str
    bank_cust: str
    gov_uid: str
    ride_uid: str
    push_token: str
    model: str = "23127PN0CC"

    @classmethod
    def make(cls, rng: random.Random) -> Phone164:
        return cls(
            oaid=new_hex(rng, 16),
            aid_video=new_hex(rng, 16),
            aid_short=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_book=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_gov=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "86")),
            box_mac=_mac(rng, "64:09:80"),
            tv_mac=_mac(rng, "A8:1D:16").lower(),
            watch_mac=_mac(rng, "E4:A7:C5"),
            box_serial=new_digits(rng, 5, "3") + "/" + new_digits(rng, 8, "2"),
            watch_serial="2WS" + new_hex(rng, 13).upper(),
            email=f"wang.xiaoyu{rng.randint(10, 99)}@qq-example.com",
            video_guid=new_hex(rng, 32),
            short_did=new_digits(rng, 19, "3"),
            short_iid=new_digits(rng, 19, "4"),
            music_qimei=new_hex(rng, 36),
            book_udid=new_uuid(rng).replace("-", ""),
            bank_devfp="BK" + new_hex(rng, 40).upper(),
            ride_tdid="h" + new_hex(rng, 32),
            umid=new_hex(rng, 32),
            getui_cid=new_hex(rng, 32),
            sa_anon=new_uuid(rng),
            tv_acr_did="ACR" + new_digits(rng, 12),
            mobile="1" + rng.choice(["38", "39", "58", "86"]) + new_digits(rng, 8),
            video_uid=new_digits(rng, 10, "1"),
            short_uid=new_digits(rng, 11, "9"),
            music_uid=new_digits(rng, 9, "5"),
            book_uid="u" + new_digits(rng, 9),
            bank_cust="6222" + new_digits(rng, 8),
            gov_uid="SSB" + new_hex(rng, 16).upper(),
            ride_uid=new_digits(rng, 15, "2"),
            push_token="MI" + new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Phone164's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; 23127PN0CC Build/UKQ1.230804.001)"


def opaque_blob(c: Context, size: int) -> str:
    """Base64 of random bytes: what an app's AES-encrypted payload looks like on the wire."""
    return b64(bytes(c.rng.getrandbits(8) for _ in range(size)))


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone164",
    "floats",
    "iso",
    "ms",
    "opaque_blob",
    "rf",
    "rid",
    "ua",
]
