"""The set-4 devices and the flow builder that labels every identifier it inserts.

The capture holds a Google Pixel 8 (Android 14) running nine apps, plus a Roku
TV on the same proxy whose content-recognition (ACR) traffic is captured too.
Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per
app; the Pixel's advertising id and the Roku's RIDA are both `advertising_id`;
the doorbell's and the smart speaker's Wi-Fi MACs and serials reach the phone
during setup, so a tester can read them off the boxes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.flowmodel import Context
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, iso, ms, okhttp, order_no, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "rida": "advertising_id",
    "aid_tunely": "android_id",
    "aid_arena": "android_id",
    "aid_kwik": "android_id",
    "aid_porch": "android_id",
    "aid_learn": "android_id",
    "aid_glow": "android_id",
    "aid_hearth": "android_id",
    "aid_sky": "android_id",
    "aid_remote": "android_id",
    "doorbell_mac": "mac",
    "speaker_mac": "mac",
    "tv_mac": "mac",
    "doorbell_serial": "serial",
    "speaker_serial": "serial",
    "tv_serial": "serial",
    "kwik_did": "device_id",
    "roku_device_id": "device_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
# Attributes that are not device identifiers (never labelled as such).
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "tunely_user",
        "arena_user",
        "kwik_user",
        "porch_account",
        "learner_id",
        "glow_user",
        "hearth_home",
        "sky_user",
        "remote_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2) for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone4(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    rida: str
    aid_tunely: str
    aid_arena: str
    aid_kwik: str
    aid_porch: str
    aid_learn: str
    aid_glow: str
    aid_hearth: str
    aid_sky: str
    aid_remote: str
    doorbell_mac: str
    speaker_mac: str
    tv_mac: str
    doorbell_serial: str
    speaker_serial: str
    tv_serial: str
    kwik_did: str
    roku_device_id: str
    email: str
    # install-scoped ids SDKs and apps make up (device_id category, not in known.yaml)
    tunely_install: str
    amplitude_device_id: str
    onesignal_player: str
    arena_install: str
    adjust_uuid: str
    conviva_clid: str
    nielsen_nuid: str
    comscore_c12: str
    npaw_device_uuid: str
    akamai_viewer: str
    kwik_egid: str
    appsflyer_uid: str
    porch_install: str
    firebase_fid: str
    ga_app_instance: str
    learn_install: str
    branch_token: str
    glow_install: str
    fb_anon_id: str
    hearth_install: str
    segment_anon: str
    sky_install: str
    chartboost_uuid: str
    samba_psid: str
    remote_install: str
    # account ids (not device identifiers; never labelled as such)
    tunely_user: str
    arena_user: str
    kwik_user: str
    porch_account: str
    learner_id: str
    glow_user: str
    hearth_home: str
    sky_user: str
    remote_user: str
    model: str = "Pixel 8"

    @classmethod
    def make(cls, rng: random.Random) -> Phone4:
        return cls(
            gaid=new_uuid(rng),
            rida=new_uuid(rng),
            aid_tunely=new_hex(rng, 16),
            aid_arena=new_hex(rng, 16),
            aid_kwik=new_hex(rng, 16),
            aid_porch=new_hex(rng, 16),
            aid_learn=new_hex(rng, 16),
            aid_glow=new_hex(rng, 16),
            aid_hearth=new_hex(rng, 16),
            aid_sky=new_hex(rng, 16),
            aid_remote=new_hex(rng, 16),
            doorbell_mac=_mac(rng, "9c:76:13"),
            speaker_mac=_mac(rng, "f0:f5:bd"),
            tv_mac=_mac(rng, "d8:31:34"),
            doorbell_serial="PC2" + new_hex(rng, 9).upper(),
            speaker_serial="HS" + new_digits(rng, 4) + "-" + new_hex(rng, 6).upper(),
            tv_serial="X0" + new_hex(rng, 10).upper(),
            kwik_did="ANDROID_" + new_hex(rng, 16),
            roku_device_id=new_uuid(rng),
            email=f"ines.marchetti{rng.randint(10, 99)}@post-example.net",
            tunely_install=new_uuid(rng),
            amplitude_device_id=new_uuid(rng) + "R",
            onesignal_player=new_uuid(rng),
            arena_install=new_hex(rng, 32),
            adjust_uuid=new_uuid(rng),
            conviva_clid=".".join(new_digits(rng, 10, "1") for _ in range(4)),
            nielsen_nuid=new_hex(rng, 32),
            comscore_c12=new_hex(rng, 32),
            npaw_device_uuid=new_uuid(rng),
            akamai_viewer=new_hex(rng, 24),
            kwik_egid="DFP" + new_hex(rng, 61).upper(),
            appsflyer_uid=f"1719{new_digits(rng, 9)}-{new_digits(rng, 19)}",
            porch_install=new_uuid(rng),
            firebase_fid="c" + new_hex(rng, 21),
            ga_app_instance=new_hex(rng, 32),
            learn_install=new_uuid(rng),
            branch_token=new_digits(rng, 19, "1"),
            glow_install=new_uuid(rng).upper(),
            fb_anon_id="XZ" + new_uuid(rng),
            hearth_install=new_uuid(rng),
            segment_anon=new_uuid(rng),
            sky_install=new_hex(rng, 40),
            chartboost_uuid=new_hex(rng, 32),
            samba_psid=new_hex(rng, 40),
            remote_install=new_uuid(rng),
            tunely_user="tu_" + new_digits(rng, 9),
            arena_user="AL" + new_digits(rng, 8),
            kwik_user=new_digits(rng, 10, "2"),
            porch_account="acct-" + new_hex(rng, 10),
            learner_id="L" + new_digits(rng, 7),
            glow_user="g" + new_hex(rng, 12),
            hearth_home="home_" + new_hex(rng, 8),
            sky_user="sk" + new_digits(rng, 8),
            remote_user="r" + new_digits(rng, 9),
        )


class FB(LabelledBuilder):
    """Phone4's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS
    protobuf_is_known = False


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; Pixel 8 Build/AP2A.240805.005)"


def chrome_ua() -> str:
    return (
        "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240805.005; wv) AppleWebKit/537.36 "
        "(KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.122 Mobile Safari/537.36"
    )


def roku_ua() -> str:
    return "Roku/DVP-12.5 (12.5.0.4178-46)"


__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "Context",
    "Phone4",
    "chrome_ua",
    "iso",
    "ms",
    "okhttp",
    "order_no",
    "req_id",
    "rf",
    "roku_ua",
    "ua",
]
