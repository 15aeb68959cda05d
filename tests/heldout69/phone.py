"""The set-69 devices and the flow builder that labels every identifier it inserts.

A Xiaomi 14 (model 23127PN0CC, HyperOS 1.0, Android 14) bought in mainland
China: no Google services, so apps and SDKs read the OAID from the Mobile
Security Alliance (MSA) SDK instead of a GAID. Pre-installed system apps (the
voice assistant, the home-camera app) hold READ_PRIVILEGED_PHONE_STATE and read
both IMEIs (dual SIM), the serial and the Wi-Fi MAC; third-party apps see only
their own ANDROID_ID (one per signing key since Android 8) and the OAID. The
family also owns a Xiaomi TV (PatchWall) and a home camera with face
recognition; their MACs, serials and the camera's cloud device id are on the
device-info pages, so known.yaml lists them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, order_no, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "oaid": "advertising_id",
    "aid_video": "android_id",
    "aid_short": "android_id",
    "aid_music": "android_id",
    "aid_live": "android_id",
    "aid_bank": "android_id",
    "aid_sys": "android_id",
    "imei1": "imei",
    "imei2": "imei",
    "wifi_mac": "mac",
    "serial": "serial",
    "tv_mac": "mac",
    "tv_serial": "serial",
    "cam_mac": "mac",
    "cam_did": "device_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "video_uid",
        "short_uid",
        "music_uid",
        "live_uid",
        "bank_uid",
        "mi_uid",
        "jpush_rid",
        "getui_cid",
        "push_regid",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2) for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone69(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    oaid: str
    aid_video: str
    aid_short: str
    aid_music: str
    aid_live: str
    aid_bank: str
    aid_sys: str
    imei1: str
    imei2: str
    wifi_mac: str
    serial: str
    tv_mac: str
    tv_serial: str
    cam_mac: str
    cam_did: str
    email: str
    # ids that SDKs and apps make up (device_id, not in known.yaml)
    vaid: str
    qyid: str
    sa_anon: str
    bd_did: str
    bd_iid: str
    umid: str
    gio_device: str
    ks_did: str
    nc_device: str
    xm_device: str
    qimei: str
    tv_instance: str
    mta_mid: str
    # account ids and push tokens (not device identifiers; never labelled as such)
    video_uid: str
    short_uid: str
    music_uid: str
    live_uid: str
    bank_uid: str
    mi_uid: str
    jpush_rid: str
    getui_cid: str
    push_regid: str
    model: str = "23127PN0CC"

    @classmethod
    def make(cls, rng: random.Random) -> Phone69:
        return cls(
            oaid=new_hex(rng, 16),  # Xiaomi's MSA provider hands out a 16-hex OAID
            aid_video=new_hex(rng, 16),
            aid_short=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_live=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_sys=new_hex(rng, 16),
            imei1=luhn_complete(new_digits(rng, 14, "86")),
            imei2=luhn_complete(new_digits(rng, 14, "86")),
            wifi_mac=_mac(rng, "64:a2:00"),
            serial=new_hex(rng, 8),
            tv_mac=_mac(rng, "d4:35:38").upper(),
            tv_serial=f"{new_digits(rng, 5, '3')}/{new_digits(rng, 8, '1')}",
            cam_mac=_mac(rng, "b8:88:80"),
            cam_did=new_digits(rng, 10, "10"),
            email=f"chen.yutong{rng.randint(10, 99)}@example-mail.cn",
            vaid=new_hex(rng, 16),
            qyid=new_hex(rng, 32) + "1101",
            sa_anon=new_uuid(rng),
            bd_did=new_digits(rng, 19, "30"),
            bd_iid=new_digits(rng, 19, "40"),
            umid=new_hex(rng, 32),
            gio_device=new_uuid(rng),
            ks_did="ANDROID_" + new_hex(rng, 16),
            nc_device=new_hex(rng, 32).upper(),
            xm_device=new_uuid(rng),
            qimei=new_hex(rng, 36),
            tv_instance=new_hex(rng, 32),
            mta_mid=new_hex(rng, 40),
            video_uid=new_digits(rng, 10, "2"),
            short_uid=new_digits(rng, 11, "9"),
            music_uid=new_digits(rng, 9, "3"),
            live_uid=new_digits(rng, 10, "1"),
            bank_uid="U" + new_digits(rng, 12),
            mi_uid=new_digits(rng, 10, "2"),
            jpush_rid="1" + new_hex(rng, 3) + "0" + new_digits(rng, 13),
            getui_cid=new_hex(rng, 32),
            push_regid=new_hex(rng, 8) + "/" + new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Phone69's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


BUILD = "UKQ1.230804.001"
ROM = "OS1.0.36.0.UNCCNXM"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; zh_CN; {Phone69.model}; Build/{BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android 14; {Phone69.model} Build/{BUILD})"


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone69", "dalvik", "floats", "iso", "ms", "points", "rf", "rid"]
__all__ += ["ROM", "order_no", "ua"]
