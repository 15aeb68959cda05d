"""The set-73 devices and the flow builder that labels every identifier it inserts.

An OPPO Reno 11 (CPH2599, ColorOS 14 on Android 14) in Ho Chi Minh City, with a
Google advertising id and an OAID from HeyTap's OpenID service, runs a
Vietnamese and a Thai streaming app, a V.League / Thai League football app, a
karaoke app (paired with a Bluetooth karaoke microphone: its BLE MAC and
serial), an audiobook / podcast app, an e-wallet with face eKYC, a Thai
voice-banking app and a courier app. The family's Samsung Tizen TV (its TIFA,
DUID, Wi-Fi MAC and serial) talks to Samsung's ACR and ad services. Since
Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
The phone's IMEI reaches only ColorOS's own (privileged) system services.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "oaid": "advertising_id",
    "tifa": "advertising_id",
    "aid_phim": "android_id",
    "aid_lakorn": "android_id",
    "aid_bong": "android_id",
    "aid_sing": "android_id",
    "aid_sach": "android_id",
    "aid_vi": "android_id",
    "aid_voice": "android_id",
    "aid_ship": "android_id",
    "imei": "imei",
    "tv_mac": "mac",
    "mic_mac": "mac",
    "tv_serial": "serial",
    "mic_serial": "serial",
    "tv_duid": "device_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "phim_user",
        "lakorn_user",
        "bong_user",
        "sing_user",
        "sach_user",
        "vi_user",
        "vi_push",
        "voice_user",
        "ship_courier",
        "tv_sa_guid",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone73(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    oaid: str
    tifa: str
    aid_phim: str
    aid_lakorn: str
    aid_bong: str
    aid_sing: str
    aid_sach: str
    aid_vi: str
    aid_voice: str
    aid_ship: str
    imei: str
    tv_mac: str
    mic_mac: str
    tv_serial: str
    mic_serial: str
    tv_duid: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    af_uid: str
    adjust_uuid: str
    fb_instance: str
    fb_fid: str
    pangle_did: str
    zalo_zdid: str
    heytap_duid: str
    phim_install: str
    lakorn_device: str
    bong_did: str
    sing_install: str
    sach_install: str
    vi_fp: str
    voice_dev: str
    ship_did: str
    # account ids and tokens (not device identifiers; never labelled as such)
    phim_user: str
    lakorn_user: str
    bong_user: str
    sing_user: str
    sach_user: str
    vi_user: str
    vi_push: str
    voice_user: str
    ship_courier: str
    tv_sa_guid: str
    model: str = "CPH2599"

    @classmethod
    def make(cls, rng: random.Random) -> Phone73:
        return cls(
            gaid=new_uuid(rng),
            oaid=new_hex(rng, 64).upper(),
            tifa=new_uuid(rng),
            aid_phim=new_hex(rng, 16),
            aid_lakorn=new_hex(rng, 16),
            aid_bong=new_hex(rng, 16),
            aid_sing=new_hex(rng, 16),
            aid_sach=new_hex(rng, 16),
            aid_vi=new_hex(rng, 16),
            aid_voice=new_hex(rng, 16),
            aid_ship=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "86")),
            tv_mac=_mac(rng, "70:2A:D5"),
            mic_mac=_mac(rng, "5C:C3:36"),
            tv_serial="0C" + new_hex(rng, 5).upper() + "R" + new_digits(rng, 6),
            mic_serial="KM" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            tv_duid="C" + new_hex(rng, 11).upper() + "M",
            email=f"nguyen.thao{rng.randint(10, 99)}@hopthu-example.vn",
            af_uid=f"17418{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_uuid=new_uuid(rng),
            fb_instance=new_hex(rng, 32),
            fb_fid="c" + new_hex(rng, 21),
            pangle_did=new_digits(rng, 19, "7"),
            zalo_zdid=new_hex(rng, 40),
            heytap_duid=new_hex(rng, 64).upper(),
            phim_install=new_uuid(rng),
            lakorn_device=new_uuid(rng).upper(),
            bong_did="bd-" + new_hex(rng, 24),
            sing_install=new_uuid(rng),
            sach_install=new_hex(rng, 32),
            vi_fp=new_hex(rng, 64),
            voice_dev="VB" + new_hex(rng, 30).upper(),
            ship_did=new_uuid(rng),
            phim_user=new_digits(rng, 9, "5"),
            lakorn_user="u_" + new_hex(rng, 12),
            bong_user=new_digits(rng, 8, "3"),
            sing_user="hh" + new_digits(rng, 9),
            sach_user=new_digits(rng, 10, "2"),
            vi_user="0" + new_digits(rng, 9, "9"),
            vi_push="c" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
            voice_user="CIF" + new_digits(rng, 9),
            ship_courier="DRV" + new_digits(rng, 7),
            tv_sa_guid=new_hex(rng, 10),
        )


class FB(LabelledBuilder):
    """Phone73's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; vi-VN; CPH2599 Build/UKQ1.230924.001)"


def dalvik() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 14; CPH2599 Build/UKQ1.230924.001)"


def points(rng: random.Random, n: int, w: int = 720, h: int = 960) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone73",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
