"""The set-95 devices and the flow builder that labels every identifier it inserts.

A Redmi Note 13 Pro (HyperOS, Android 14) used by a family in India (Punjab,
Gujarat, Karnataka, Kerala) and by relatives in Canada, with the family's
Xiaomi TV box (Android TV). Eight apps: an Indian OTT with regional catalogues,
a cricket app, a music app, a kirtan / devotional radio, a UPI wallet with a
bank's face liveness KYC, a telco app with voice biometrics, a matrimonial app
with selfie verification and the TV box's own launcher with content
recognition. Since Android 8 every app sees its own ANDROID_ID, so known.yaml
lists one per app; the TV box has its own ANDROID_ID, Wi-Fi MAC and serial.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_ott": "android_id",
    "aid_cric": "android_id",
    "aid_music": "android_id",
    "aid_kirtan": "android_id",
    "aid_upi": "android_id",
    "aid_telco": "android_id",
    "aid_rishta": "android_id",
    "aid_box": "android_id",
    "box_mac": "mac",
    "box_serial": "serial",
    "imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "ott_user", "cric_user", "music_user", "upi_vpa", "telco_msisdn",
     "rishta_user", "box_user", "fcm_token"}
)  # fmt: skip


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone95(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_ott: str
    aid_cric: str
    aid_music: str
    aid_kirtan: str
    aid_upi: str
    aid_telco: str
    aid_rishta: str
    aid_box: str
    box_mac: str
    box_serial: str
    imei: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    ct_guid: str
    moe_unique: str
    af_uid: str
    fb_instance: str
    adjust_uuid: str
    we_luid: str
    box_duid: str
    upi_devfp: str
    # account ids and tokens (not device identifiers; never labelled as such)
    ott_user: str
    cric_user: str
    music_user: str
    upi_vpa: str
    telco_msisdn: str
    rishta_user: str
    box_user: str
    fcm_token: str
    model: str = "23117RA68G"

    @classmethod
    def make(cls, rng: random.Random) -> Phone95:
        return cls(
            gaid=new_uuid(rng),
            aid_ott=new_hex(rng, 16),
            aid_cric=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_kirtan=new_hex(rng, 16),
            aid_upi=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_rishta=new_hex(rng, 16),
            aid_box=new_hex(rng, 16),
            box_mac=_mac(rng, "64:09:80"),
            box_serial=new_digits(rng, 5, "2") + "/" + new_hex(rng, 8).upper(),
            imei=luhn_complete(new_digits(rng, 14, "86")),
            email=f"harpreet.patel{rng.randint(10, 99)}@example.in",
            ct_guid="__" + new_hex(rng, 32),
            moe_unique=new_uuid(rng),
            af_uid=f"17328{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            fb_instance=new_hex(rng, 32),
            adjust_uuid=new_uuid(rng),
            we_luid="~" + new_hex(rng, 8) + "-" + new_hex(rng, 4),
            box_duid="XMTV" + new_hex(rng, 28).upper(),
            upi_devfp=new_hex(rng, 40),
            ott_user="JC" + new_digits(rng, 10),
            cric_user=new_digits(rng, 9, "7"),
            music_user="u_" + new_hex(rng, 12),
            upi_vpa=f"harpreet{rng.randint(100, 999)}@okaxis",
            telco_msisdn="91" + new_digits(rng, 10, "9"),
            rishta_user="SH" + new_digits(rng, 8),
            box_user=new_hex(rng, 24),
            fcm_token="c" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Phone95's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; 23117RA68G Build/UKQ1.231003.002)"


def dalvik() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 14; 23117RA68G Build/UKQ1.231003.002)"


def points(rng: random.Random, n: int, w: int = 720, h: int = 960) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 75), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "CONTACT_KINDS", "FB", "KNOWN_ATTRS", "Phone95", "dalvik", "floats", "iso", "ms",
    "points", "rf", "rid", "ua",
]  # fmt: skip
