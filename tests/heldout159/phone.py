"""The set-159 household: a teenager's iPhone 15, a parent's Pixel 8, a PS5, a Roku
Express in the basement and the teen's AirPods Pro.

iOS gives every app vendor its own IDFV (identifierForVendor) and one IDFA for the
phone when tracking is allowed; the Pixel gives each app its own ANDROID_ID. The
console, the Roku and the AirPods have serials and MACs a tester can read off their
settings screens, so they go to known.yaml; SDK-made install ids do not.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "idfa": "advertising_id",
    "gaid": "advertising_id",
    "rida": "advertising_id",
    "idfv_snipz": "device_id",
    "idfv_vibe": "device_id",
    "idfv_loonie": "device_id",
    "idfv_gym": "device_id",
    "aid_puck": "android_id",
    "aid_loonie": "android_id",
    "aid_otaku": "android_id",
    "ps5_serial": "serial",
    "ps5_mac": "mac",
    "roku_serial": "serial",
    "airpods_mac": "mac",
    "airpods_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "snipz_user",
        "vibe_user",
        "loonie_user",
        "puck_user",
        "otaku_user",
        "twitch_login",
        "gym_user",
        "parent_email",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Household(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    gaid: str
    rida: str
    idfv_snipz: str
    idfv_vibe: str
    idfv_loonie: str
    idfv_gym: str
    aid_puck: str
    aid_loonie: str
    aid_otaku: str
    ps5_serial: str
    ps5_mac: str
    roku_serial: str
    airpods_mac: str
    airpods_serial: str
    email: str
    parent_email: str
    # ids SDKs and apps make up per install (device ids, not in known.yaml)
    amplitude_did: str
    branch_hw: str
    tiktok_anon: str
    segment_anon: str
    braze_did: str
    firebase_iid: str
    af_uid: str
    mux_viewer: str
    bitmovin_user: str
    twitch_device: str
    roku_channel_client: str
    loonie_fp: str
    # accounts (never device ids)
    snipz_user: str
    vibe_user: str
    loonie_user: str
    puck_user: str
    otaku_user: str
    twitch_login: str
    gym_user: str
    model: str = "iPhone15,4"

    @classmethod
    def make(cls, rng: random.Random) -> Household:
        return cls(
            idfa=new_uuid(rng).upper(),
            gaid=new_uuid(rng),
            rida=new_uuid(rng),
            idfv_snipz=new_uuid(rng).upper(),
            idfv_vibe=new_uuid(rng).upper(),
            idfv_loonie=new_uuid(rng).upper(),
            idfv_gym=new_uuid(rng).upper(),
            aid_puck=new_hex(rng, 16),
            aid_loonie=new_hex(rng, 16),
            aid_otaku=new_hex(rng, 16),
            ps5_serial="F3" + new_digits(rng, 14),
            ps5_mac=_mac(rng, "BC:33:29").lower(),
            roku_serial="X0" + new_hex(rng, 10).upper(),
            airpods_mac=_mac(rng, "60:93:16"),
            airpods_serial="H" + new_hex(rng, 11).upper(),
            email=f"maya.chen{rng.randint(2007, 2009)}@example.ca",
            parent_email=f"d.chen{rng.randint(10, 99)}@example.ca",
            amplitude_did=new_uuid(rng).upper() + "R",
            branch_hw=new_digits(rng, 19, "1"),
            tiktok_anon=new_uuid(rng),
            segment_anon=new_uuid(rng),
            braze_did=new_uuid(rng),
            firebase_iid=new_hex(rng, 32),
            af_uid=f"17330{new_digits(rng, 8)}-{new_digits(rng, 7)}",
            mux_viewer="mux-" + new_hex(rng, 24),
            bitmovin_user=new_uuid(rng),
            twitch_device=new_hex(rng, 32),
            roku_channel_client=new_hex(rng, 40),
            loonie_fp=new_hex(rng, 64),
            snipz_user="u_" + new_digits(rng, 12),
            vibe_user=new_hex(rng, 22),
            loonie_user="LN-" + new_digits(rng, 9),
            puck_user=new_digits(rng, 10, "7"),
            otaku_user="otk" + new_digits(rng, 8),
            twitch_login="mayaplays" + str(rng.randint(10, 99)),
            gym_user=new_uuid(rng),
        )


class FB(LabelledBuilder):
    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS

    def bio_response(self, kind: str, where: str, detectable: bool = True) -> None:
        self.mark("biometric", kind, where, detectable, "response")


def ios_ua(app: str, ver: str, build: str = "1") -> str:
    return f"{app}/{ver} ({build}) iOS/17.5.1 (iPhone15,4; Scale/3.00)"


def android_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"


def mesh(rng: random.Random, n: int = 468) -> list[list[float]]:
    """A face mesh in normalised image space: n [x, y, z] vertices."""
    cx, cy = rng.uniform(0.4, 0.6), rng.uniform(0.4, 0.6)
    return [
        [
            round(cx + rng.gauss(0, 0.09), 4),
            round(cy + rng.gauss(0, 0.12), 4),
            round(rng.gauss(0, 0.03), 4),
        ]
        for _ in range(n)
    ]


def bearer(rng: random.Random) -> str:
    return "Bearer " + req_id(rng).replace("-", "") + new_hex(rng, 16)


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "Household",
    "android_ua",
    "bearer",
    "floats",
    "ios_ua",
    "iso",
    "mesh",
    "ms",
    "rf",
    "rid",
]
