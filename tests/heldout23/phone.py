"""The set-23 devices and the flow builder that labels every identifier it inserts.

No phone this time: a Fire TV Stick 4K Max (model AFTKRT, Fire OS 8, Android 11
underneath) and a Meta Quest 3 (Horizon OS, Android 12 underneath) in a US
living room. The Fire TV has the Amazon Advertising ID (Fire OS
`Settings.Secure "advertising_id"`, see developer.amazon.com/docs/fire-tv/
advertising-id.html), a Wi-Fi MAC and a DSN (device serial number); the Quest a
Wi-Fi MAC and a headset serial. Both are Android underneath, where every app
signing key sees its own ANDROID_ID since Android 8, so known.yaml lists one
per app that sends it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "fire_adid": "advertising_id",
    "aid_fast": "android_id",
    "aid_svod": "android_id",
    "aid_sports": "android_id",
    "aid_voice": "android_id",
    "aid_social": "android_id",
    "aid_fit": "android_id",
    "aid_dome": "android_id",
    "aid_game": "android_id",
    "fire_mac": "mac",
    "quest_mac": "mac",
    "fire_dsn": "serial",
    "quest_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "fast_user",
        "svod_profile",
        "sports_user",
        "amzn_customer",
        "social_user",
        "fit_user",
        "dome_user",
        "game_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Devices23(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    fire_adid: str
    aid_fast: str
    aid_svod: str
    aid_sports: str
    aid_voice: str
    aid_social: str
    aid_fit: str
    aid_dome: str
    aid_game: str
    fire_mac: str
    quest_mac: str
    fire_dsn: str
    quest_serial: str
    email: str
    # install- and platform-scoped ids apps and SDKs make up (device_id, not in known.yaml)
    fast_client: str
    svod_esn: str
    conviva_clid: str
    mux_viewer: str
    samba_psid: str
    oculus_device: str
    social_install: str
    fit_amp_device: str
    dome_install: str
    unity_install: str
    ad_ssp_uid: str
    # account ids (not device identifiers; never labelled as such)
    fast_user: str
    svod_profile: str
    sports_user: str
    amzn_customer: str
    social_user: str
    fit_user: str
    dome_user: str
    game_user: str
    model: str = "AFTKRT"

    @classmethod
    def make(cls, rng: random.Random) -> Devices23:
        return cls(
            fire_adid=new_uuid(rng),
            aid_fast=new_hex(rng, 16),
            aid_svod=new_hex(rng, 16),
            aid_sports=new_hex(rng, 16),
            aid_voice=new_hex(rng, 16),
            aid_social=new_hex(rng, 16),
            aid_fit=new_hex(rng, 16),
            aid_dome=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            fire_mac=_mac(rng, "74:C2:46"),
            quest_mac=_mac(rng, "2C:26:17").lower(),
            fire_dsn="G4N1" + new_hex(rng, 12).upper(),
            quest_serial="2G0YC" + new_hex(rng, 9).upper(),
            email=f"dana.whitcombe{rng.randint(10, 99)}@homemail-example.net",
            fast_client=new_uuid(rng),
            svod_esn="MRQAFTKRT-" + new_hex(rng, 30).upper(),
            conviva_clid=".".join(new_digits(rng, 10) for _ in range(4)),
            mux_viewer=new_uuid(rng),
            samba_psid=new_hex(rng, 40),
            oculus_device=new_digits(rng, 16, "7"),
            social_install=new_uuid(rng).upper(),
            fit_amp_device=new_uuid(rng) + "R",
            dome_install="dm_" + new_hex(rng, 24),
            unity_install=new_hex(rng, 32),
            ad_ssp_uid="u-" + new_hex(rng, 20),
            fast_user=new_hex(rng, 24),
            svod_profile="P" + new_digits(rng, 11),
            sports_user="ap" + new_digits(rng, 9),
            amzn_customer="amzn1.account." + new_hex(rng, 28).upper(),
            social_user=new_digits(rng, 17, "3"),
            fit_user="fit_" + new_hex(rng, 12),
            dome_user=new_digits(rng, 9, "5"),
            game_user="bf" + new_digits(rng, 10),
        )


class FB(LabelledBuilder):
    """Devices23's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def fire_ua(app: str = "") -> str:
    base = "Dalvik/2.1.0 (Linux; U; Android 11; AFTKRT Build/RS8130.2904N)"
    return f"{app} {base}" if app else base


def quest_ua(app: str = "") -> str:
    base = "Dalvik/2.1.0 (Linux; U; Android 12; Quest 3 Build/SQ3A.220605.009.A1)"
    return f"{app} {base}" if app else base


def unity_ua() -> str:
    return "UnityPlayer/2022.3.21f1 (UnityWebRequest/1.0, libcurl/8.5.0-DEV)"


def quat(rng: random.Random) -> list[float]:
    """A unit-ish quaternion (x, y, z, w) as OpenXR poses carry them."""
    q = [rng.gauss(0, 0.2) for _ in range(3)] + [rng.uniform(0.85, 1.0)]
    n = sum(v * v for v in q) ** 0.5
    return [round(v / n, 5) for v in q]


def vec3(rng: random.Random, spread: float = 1.0, y: float = 0.0) -> list[float]:
    return [
        rf(rng, -spread, spread),
        round(y + rng.uniform(-0.2, 0.2), 4),
        rf(rng, -spread, spread),
    ]


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "Devices23",
    "fire_ua",
    "floats",
    "iso",
    "ms",
    "quat",
    "quest_ua",
    "rf",
    "rid",
    "unity_ua",
    "vec3",
]
