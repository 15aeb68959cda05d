"""The set-12 devices and the flow builder that labels every identifier it inserts.

A family iPad (iPad 10th generation, iPadOS 17.5) runs eight apps: a children's
reading app with speaker models, an AR-avatar video-calling app, a family
streaming app, an ad-funded puzzle game, a photo-book app that groups faces, a
meditation app with voice-emotion analysis, a remote app for an LG webOS TV and
a library e-book / audiobook app. On iPadOS each vendor sees its own IDFV, so
known.yaml lists one per app; only the puzzle game asked for tracking and was
allowed, so only it sends the IDFA (the others send the all-zero IDFA, which
identifies nothing). The LG TV contributes its Wi-Fi and Ethernet MACs, its
serial number and LG's device id.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.flowmodel import Context
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "idfa": "idfa",
    "idfv_read": "idfv",
    "idfv_call": "idfv",
    "idfv_stream": "idfv",
    "idfv_game": "idfv",
    "idfv_photo": "idfv",
    "idfv_calm": "idfv",
    "idfv_remote": "idfv",
    "idfv_lib": "idfv",
    "tv_wifi_mac": "mac",
    "tv_eth_mac": "mac",
    "tv_serial": "serial",
    "tv_device_id": "device_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "read_user",
        "call_user",
        "stream_user",
        "photo_user",
        "calm_user",
        "lib_card",
        "voip_token",
    }
)

ZERO_IDFA = "00000000-0000-0000-0000-000000000000"
MODEL = "iPad13,18"
OS = "17.5.1"


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def _up(rng: random.Random) -> str:
    return new_uuid(rng).upper()


@dataclass(frozen=True, slots=True)
class Pad12(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_read: str
    idfv_call: str
    idfv_stream: str
    idfv_game: str
    idfv_photo: str
    idfv_calm: str
    idfv_remote: str
    idfv_lib: str
    tv_wifi_mac: str
    tv_eth_mac: str
    tv_serial: str
    tv_device_id: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    read_install: str
    call_device: str
    stream_device: str
    adobe_ecid: str
    comscore_c12: str
    unity_idfi: str
    applovin_sdk_uid: str
    photo_install: str
    remote_install: str
    acr_device: str
    lib_client: str
    # account ids and tokens (not device identifiers; never labelled as such)
    read_user: str
    call_user: str
    stream_user: str
    photo_user: str
    calm_user: str
    lib_card: str
    voip_token: str
    model: str = MODEL

    @classmethod
    def make(cls, rng: random.Random) -> Pad12:
        return cls(
            idfa=_up(rng),
            idfv_read=_up(rng),
            idfv_call=_up(rng),
            idfv_stream=_up(rng),
            idfv_game=_up(rng),
            idfv_photo=_up(rng),
            idfv_calm=_up(rng),
            idfv_remote=_up(rng),
            idfv_lib=_up(rng),
            tv_wifi_mac=_mac(rng, "64:95:6C"),
            tv_eth_mac=_mac(rng, "AC:5A:F0"),
            tv_serial="30" + new_digits(rng, 1) + "RM" + new_digits(rng, 5) + "X",
            tv_device_id=new_hex(rng, 12).upper() + new_digits(rng, 8),
            email=f"ines.halvorsen{rng.randint(10, 99)}@postbox-example.net",
            read_install=new_uuid(rng),
            call_device="cd_" + new_hex(rng, 24),
            stream_device=new_uuid(rng),
            adobe_ecid=new_digits(rng, 38, "1"),
            comscore_c12=new_hex(rng, 32),
            unity_idfi=_up(rng),
            applovin_sdk_uid=new_hex(rng, 40),
            photo_install=new_uuid(rng),
            remote_install=_up(rng),
            acr_device=new_hex(rng, 40),
            lib_client=new_hex(rng, 16),
            read_user="kid-" + new_digits(rng, 7),
            call_user="u_" + new_hex(rng, 12),
            stream_user=new_uuid(rng),
            photo_user="acc" + new_digits(rng, 9),
            calm_user=new_digits(rng, 10, "5"),
            lib_card=new_digits(rng, 8),
            voip_token=new_hex(rng, 64),
        )


class FB(LabelledBuilder):
    """Pad12's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def fb(c: Context, sdk: str, method: str, url: str, http: str = "HTTP/2.0") -> FB:
    return FB(c, sdk, method, url, http_version=http)


def ua(app: str, ver: str, build: str = "1") -> str:
    """The CFNetwork user agent a native iPadOS app sends."""
    return f"{app}/{build} CFNetwork/1496.0.7 Darwin/23.5.0 ({ver})"


def web_ua() -> str:
    return (
        "Mozilla/5.0 (iPad; CPU OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Mobile/15E148"
    )


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "MODEL",
    "OS",
    "ZERO_IDFA",
    "Pad12",
    "fb",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
    "web_ua",
]
