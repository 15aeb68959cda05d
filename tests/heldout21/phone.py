"""The set-21 device and the flow builder that labels every identifier it inserts.

A Sony Xperia 1 V (XQ-DQ44, Android 14) in Tokyo runs eight apps: an anime /
drama VOD app, a LINE-like messenger with an avatar camera, a konbini payments
app with eKYC, a karaoke app, a gacha game with ad mediation, the Bravia TV
companion (the TV's Wi-Fi MAC and serial), a smart-ring sleep app (the ring's
BLE MAC and serial) and a radio app. Since Android 8 each app sees its own
ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_vod": "android_id",
    "aid_talk": "android_id",
    "aid_pay": "android_id",
    "aid_uta": "android_id",
    "aid_gacha": "android_id",
    "aid_tv": "android_id",
    "aid_ring": "android_id",
    "aid_radio": "android_id",
    "wifi_mac": "mac",
    "ring_mac": "mac",
    "tv_mac": "mac",
    "ring_serial": "serial",
    "tv_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
ACCOUNTS = ("vod_user", "talk_mid", "pay_member", "uta_user", "gacha_player", "tv_account")
NOT_DEVICE = frozenset({"email", "model", "ring_user", "radio_user", *ACCOUNTS})
MODEL = "XQ-DQ44"
BUILD = "68.1.A.2.170"


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Xperia(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_vod: str
    aid_talk: str
    aid_pay: str
    aid_uta: str
    aid_gacha: str
    aid_tv: str
    aid_ring: str
    aid_radio: str
    wifi_mac: str
    ring_mac: str
    tv_mac: str
    ring_serial: str
    tv_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    vod_terminal: str
    talk_device: str
    pay_fp: str
    uta_install: str
    applovin_uid: str
    unity_idfi: str
    pangle_did: str
    tv_duid: str
    ring_install: str
    radio_app_uid: str
    fb_anon: str
    # account ids and tokens (never labelled as device identifiers)
    vod_user: str
    talk_mid: str
    pay_member: str
    uta_user: str
    gacha_player: str
    tv_account: str
    ring_user: str
    radio_user: str
    model: str = MODEL

    @classmethod
    def make(cls, rng: random.Random) -> Xperia:
        return cls(
            gaid=new_uuid(rng),
            aid_vod=new_hex(rng, 16),
            aid_talk=new_hex(rng, 16),
            aid_pay=new_hex(rng, 16),
            aid_uta=new_hex(rng, 16),
            aid_gacha=new_hex(rng, 16),
            aid_tv=new_hex(rng, 16),
            aid_ring=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            wifi_mac=_mac(rng, "30:A8:DB").lower(),
            ring_mac=_mac(rng, "D4:9E:3B"),
            tv_mac=_mac(rng, "FC:F1:52"),
            ring_serial="RG4" + new_digits(rng, 2) + new_hex(rng, 8).upper(),
            tv_serial="K55XR" + new_digits(rng, 7),
            email=f"haruka.ishikawa{rng.randint(10, 99)}@example-mail.jp",
            vod_terminal="tnm-" + new_hex(rng, 28),
            talk_device=new_uuid(rng).upper(),
            pay_fp=new_hex(rng, 64),
            uta_install=new_uuid(rng),
            applovin_uid=new_hex(rng, 32),
            unity_idfi=new_uuid(rng),
            pangle_did=new_digits(rng, 19, "71"),
            tv_duid="0" + new_hex(rng, 12).upper(),
            ring_install=new_uuid(rng),
            radio_app_uid=new_hex(rng, 32),
            fb_anon="XZ" + new_uuid(rng),
            vod_user="U" + new_digits(rng, 10),
            talk_mid="u" + new_hex(rng, 32),
            pay_member=new_digits(rng, 16, "9"),
            uta_user="uta_" + new_digits(rng, 9),
            gacha_player=new_digits(rng, 12, "5"),
            tv_account=new_hex(rng, 24),
            ring_user="r" + new_digits(rng, 10),
            radio_user=new_hex(rng, 20),
        )


class FB(LabelledBuilder):
    """Xperia's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; ja-JP; {MODEL} Build/{BUILD})"


def webview_ua() -> str:
    return (
        f"Mozilla/5.0 (Linux; Android 14; {MODEL} Build/{BUILD}; wv) AppleWebKit/537.36 "
        "(KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.134 Mobile Safari/537.36"
    )


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "MODEL",
    "Xperia",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
    "webview_ua",
]
