"""The set-9 devices and the flow builder that labels every identifier it inserts.

A Samsung Galaxy S24 (SM-S921B, Android 14) runs eight apps: an airline with
biometric boarding, a government eID wallet with iProov liveness, a dating app
with photo verification, a Chinese-style super-app (reads the MSA OAID that
Samsung phones expose), a podcast app, a home-security camera app (the camera's
serial and Wi-Fi MAC) and a smart-speaker companion (the speaker's serial and
BLE MAC). It also controls a Fire TV Stick, whose own streaming app traffic is
in the capture (the stick's Fire advertising id, ANDROID_ID, DSN and MAC).
Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per
app; Android 14 gives apps no IMEI, so none is sent.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "oaid": "advertising_id",
    "fire_adid": "advertising_id",
    "aid_air": "android_id",
    "aid_eid": "android_id",
    "aid_date": "android_id",
    "aid_super": "android_id",
    "aid_pod": "android_id",
    "aid_cam": "android_id",
    "aid_voice": "android_id",
    "fire_aid": "android_id",
    "cam_mac": "mac",
    "fire_mac": "mac",
    "spk_mac": "mac",
    "cam_serial": "serial",
    "fire_dsn": "serial",
    "spk_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "air_user",
        "eid_user",
        "date_user",
        "super_openid",
        "pod_user",
        "cam_user",
        "voice_user",
        "fire_profile",
        "fcm_token",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone9(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    oaid: str
    fire_adid: str
    aid_air: str
    aid_eid: str
    aid_date: str
    aid_super: str
    aid_pod: str
    aid_cam: str
    aid_voice: str
    fire_aid: str
    cam_mac: str
    fire_mac: str
    spk_mac: str
    cam_serial: str
    fire_dsn: str
    spk_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    air_fid: str
    eid_binding: str
    date_singular: str
    umeng_umid: str
    qimei36: str
    super_fp: str
    sa_did: str
    pod_install: str
    aps_adid: str
    mux_viewer: str
    cam_install: str
    voice_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    air_user: str
    eid_user: str
    date_user: str
    super_openid: str
    pod_user: str
    cam_user: str
    voice_user: str
    fire_profile: str
    fcm_token: str
    model: str = "SM-S921B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone9:
        return cls(
            gaid=new_uuid(rng),
            oaid=new_uuid(rng),
            fire_adid=new_uuid(rng),
            aid_air=new_hex(rng, 16),
            aid_eid=new_hex(rng, 16),
            aid_date=new_hex(rng, 16),
            aid_super=new_hex(rng, 16),
            aid_pod=new_hex(rng, 16),
            aid_cam=new_hex(rng, 16),
            aid_voice=new_hex(rng, 16),
            fire_aid=new_hex(rng, 16),
            cam_mac=_mac(rng, "9C:8E:CD"),
            fire_mac=_mac(rng, "0C:47:C9").lower(),
            spk_mac=_mac(rng, "5C:41:5A"),
            cam_serial="HSC" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            fire_dsn="G4N1" + new_hex(rng, 12).upper(),
            spk_serial="SPK" + new_hex(rng, 11).upper(),
            email=f"ines.varga{rng.randint(10, 99)}@postbox-example.net",
            air_fid="c" + new_hex(rng, 21),
            eid_binding=new_uuid(rng),
            date_singular=new_uuid(rng),
            umeng_umid=new_hex(rng, 32),
            qimei36=new_hex(rng, 36),
            super_fp=new_hex(rng, 64),
            sa_did=new_hex(rng, 32),
            pod_install=new_uuid(rng).upper(),
            aps_adid="amzn1.aps.did." + new_hex(rng, 24),
            mux_viewer=new_uuid(rng),
            cam_install=new_uuid(rng),
            voice_install=new_hex(rng, 24),
            air_user="FF" + new_digits(rng, 9),
            eid_user="eid-" + new_digits(rng, 11),
            date_user="k_" + new_hex(rng, 20),
            super_openid="o" + new_hex(rng, 27),
            pod_user=new_digits(rng, 9, "3"),
            cam_user="acct-" + new_hex(rng, 12),
            voice_user="vx" + new_digits(rng, 10),
            fire_profile="amzn1.account." + new_hex(rng, 28).upper(),
            fcm_token="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 60),
        )


class FB(LabelledBuilder):
    """Phone9's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)"


FIRE_UA = "Dalvik/2.1.0 (Linux; U; Android 9; AFTKA Build/PS7646.4281N)"

rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "FIRE_UA",
    "KNOWN_ATTRS",
    "Phone9",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
