"""The set-58 devices and the flow builder that labels every identifier it inserts.

A Samsung Galaxy S24 (SM-S921N, Android 14, Korean model) with a Samsung Tizen
TV in the living room and the apartment's face-recognition front door (the
family's own door panel, bought with the flat). Since Android 8 every app sees
its own ANDROID_ID, so known.yaml lists one per app that sends it. The TV's
Wi-Fi MAC, serial number, DUID and TIFA (Tizen Identifier For Advertising, shown
under Settings > Terms & Privacy) and the door panel's MAC and serial are printed
on the devices or their settings pages, so the tester knows them too.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import encode, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "tv_tifa": "advertising_id",
    "aid_wavve": "android_id",
    "aid_tving": "android_id",
    "aid_cplay": "android_id",
    "aid_fan": "android_id",
    "aid_melon": "android_id",
    "aid_pod": "android_id",
    "aid_bank": "android_id",
    "aid_stock": "android_id",
    "aid_home": "android_id",
    "tv_mac": "mac",
    "door_mac": "mac",
    "tv_serial": "serial",
    "door_serial": "serial",
    "tv_duid": "device_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "wavve_user",
        "tving_user",
        "fan_user",
        "melon_user",
        "bank_user",
        "stock_user",
        "voice_user",
        "home_user",
        "push_token",
        "kakao_user",
    }
)

MODEL = "SM-S921N"
BUILD = "UP1A.231005.007"


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone58(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    tv_tifa: str
    aid_wavve: str
    aid_tving: str
    aid_cplay: str
    aid_fan: str
    aid_melon: str
    aid_pod: str
    aid_bank: str
    aid_stock: str
    aid_home: str
    tv_mac: str
    door_mac: str
    tv_serial: str
    door_serial: str
    tv_duid: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    adjust_uuid: str
    airbridge_uuid: str
    fid: str
    ga_instance: str
    wavve_uuid: str
    tving_pcid: str
    cplay_did: str
    melon_mkey: str
    pod_install: str
    stock_fds: str
    stick_mac: str
    st_device: str
    """SmartThings' cloud id of the TV (an id of a thing the tester owns)."""
    """The fan's official lightstick (owned, paired over BLE): the app reads its MAC."""
    # account ids and tokens (not device identifiers; never labelled as such)
    wavve_user: str
    tving_user: str
    fan_user: str
    melon_user: str
    bank_user: str
    stock_user: str
    voice_user: str
    home_user: str
    push_token: str
    kakao_user: str
    model: str = MODEL

    @classmethod
    def make(cls, rng: random.Random) -> Phone58:
        return cls(
            gaid=new_uuid(rng),
            tv_tifa=new_uuid(rng),
            aid_wavve=new_hex(rng, 16),
            aid_tving=new_hex(rng, 16),
            aid_cplay=new_hex(rng, 16),
            aid_fan=new_hex(rng, 16),
            aid_melon=new_hex(rng, 16),
            aid_pod=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_stock=new_hex(rng, 16),
            aid_home=new_hex(rng, 16),
            tv_mac=_mac(rng, "70:2A:D5"),
            door_mac=_mac(rng, "00:1C:E4").lower(),
            tv_serial="0" + new_hex(rng, 4).upper() + "3HR" + new_digits(rng, 6) + "W",
            door_serial="CDV" + new_digits(rng, 4) + "-" + new_hex(rng, 8).upper(),
            tv_duid="T-" + new_hex(rng, 4).upper() + "-" + new_hex(rng, 10).upper(),
            email=f"jiwoo.han{rng.randint(10, 99)}@hanmail-example.net",
            af_uid=f"17118{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_uuid=new_uuid(rng),
            airbridge_uuid=new_uuid(rng),
            fid="c" + new_hex(rng, 21),
            ga_instance=new_hex(rng, 32),
            wavve_uuid=new_uuid(rng).upper(),
            tving_pcid="PCID" + new_digits(rng, 17),
            cplay_did=new_hex(rng, 40),
            melon_mkey=new_hex(rng, 24).upper(),
            pod_install=new_uuid(rng),
            stock_fds=new_hex(rng, 64),
            stick_mac=_mac(rng, "E4:5F:01"),
            st_device=new_uuid(rng),
            wavve_user="wv" + new_digits(rng, 9),
            tving_user="tv" + new_hex(rng, 12),
            fan_user=new_digits(rng, 10, "9"),
            melon_user=new_digits(rng, 9, "5"),
            bank_user="C" + new_digits(rng, 11),
            stock_user=new_digits(rng, 8, "7") + "-01",
            voice_user="VA" + new_digits(rng, 10),
            home_user="dong103-ho" + new_digits(rng, 4),
            push_token="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 44),
            kakao_user=new_digits(rng, 10, "3"),
        )


class FB(LabelledBuilder):
    """Phone58's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS

    def sid(
        self,
        attr: str,
        where: str,
        detectable: bool = True,
        how: str = "plain",
        direction: str = "request",
    ) -> str:
        """An id an SDK or app made itself (not in known.yaml): labelled, returned encoded."""
        self.other_id(attr, where, detectable, direction)
        return encode(str(getattr(self.ctx.phone, attr)), how)


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; {MODEL} Build/{BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android 14; {MODEL} Build/{BUILD})"


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.5)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "MODEL",
    "Phone58",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
